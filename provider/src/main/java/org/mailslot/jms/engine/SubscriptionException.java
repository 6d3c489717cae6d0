package org.mailslot.jms.engine;

/** A subscription request the JMS rules forbid; the JMS layer turns the kind into the exception the spec names. */
public final class SubscriptionException extends Exception {

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

    public SubscriptionException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
