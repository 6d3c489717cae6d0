package org.mailslot.jms.exceptions;

/**
 * A failure raised inside the provider that knows its {@link ErrorKind}, so {@link JmsExceptions#toJms} can turn it
 * into the JMS subclass of that kind without the layer that raised it making JMS exceptions itself.
 */
public interface TypedFailure {

    /** What went wrong, in the provider's terms. */
    ErrorKind errorKind();
}
