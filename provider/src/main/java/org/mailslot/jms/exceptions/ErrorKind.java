package org.mailslot.jms.exceptions;

/**
 * What went wrong inside the provider, independent of how the JMS API reports it. Each kind maps to exactly one
 * {@code JMSException} subclass in {@link JmsExceptions}.
 */
public enum ErrorKind {
    /** Anything the specification names no subclass for (transport failure, internal error). */
    GENERAL,
    /** A method called at a time or in a state where the specification forbids it. */
    ILLEGAL_STATE,
    /** A client ID that is malformed or already in use. */
    INVALID_CLIENT_ID,
    /** A destination name that breaks a naming rule, or a destination that is not ours or deleted. */
    INVALID_DESTINATION,
    /** A message selector with bad syntax. */
    INVALID_SELECTOR,
    /** Wrong user name or password. */
    SECURITY,
    /** A stream or bytes message read past its end. */
    MESSAGE_EOF,
    /** A value of a type the body or property cannot hold or convert to. */
    MESSAGE_FORMAT,
    /** A body read while the message is write-only. */
    MESSAGE_NOT_READABLE,
    /** A body or property written while the message is read-only. */
    MESSAGE_NOT_WRITEABLE,
    /** No resources (threads, memory, quota) left to do what was asked. */
    RESOURCE_ALLOCATION,
    /** An operation not allowed while a transaction is open. */
    TRANSACTION_IN_PROGRESS,
    /** A commit that could not complete, so the transaction was rolled back. */
    TRANSACTION_ROLLED_BACK,
    /** An optional part of the specification this provider does not implement (XA, ConnectionConsumer). */
    UNSUPPORTED
}
