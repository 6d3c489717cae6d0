package org.mailslot.names;

import java.net.BindException;

/**
 * The name-service port cannot be bound; the message says what to change. A separate type, so that callers can
 * tell the operator which setting is at fault (the datagram port's bind failures are plain {@link BindException}s).
 */
public final class NameServiceBindException extends BindException {

    private static final long serialVersionUID = 1L;

    NameServiceBindException(BindException cause) {
        super("name service: " + cause.getMessage() + "; or turn the name service off");
        initCause(cause);
    }
}
