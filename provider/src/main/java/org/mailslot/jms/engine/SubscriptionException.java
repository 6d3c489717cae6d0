package org.mailslot.jms.engine;

import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.TypedFailure;

/**
 * A subscription request the JMS rules forbid; {@link org.mailslot.jms.exceptions.JmsExceptions#toJms} turns its
 * {@link #errorKind()} into the exception the spec names.
 */
public final class SubscriptionException extends Exception implements TypedFailure {

    /** What went wrong. */
    public enum Kind {
        /** The subscription has an active consumer and may not be changed, shared or removed now. */
        IN_USE,
        /** No subscription of that name exists. */
        NOT_FOUND,
        /** A subscription of that name exists with a different kind (shared vs unshared, durable vs not). */
        CONFLICT
    }

    private final Kind kind;

    private static final long serialVersionUID = 1L;

    public SubscriptionException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** In use: §6.11 calls it an IllegalStateException; not found: an InvalidDestinationException. */
    @Override
    public ErrorKind errorKind() {
        return switch (kind) {
            case IN_USE -> ErrorKind.ILLEGAL_STATE;
            case NOT_FOUND -> ErrorKind.INVALID_DESTINATION;
            case CONFLICT -> ErrorKind.GENERAL;
        };
    }
}
