package org.mailslot.bridge.artemis;

/** The embedded broker could not start; the message says what it was bound to and why it failed. */
public final class BrokerStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BrokerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
