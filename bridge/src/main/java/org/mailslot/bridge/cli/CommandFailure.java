package org.mailslot.bridge.cli;

/** A command could not do its job for a reason outside it (no broker, say); one line says what to check. */
final class CommandFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
