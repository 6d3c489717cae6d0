package org.mailslot.slot;

import java.io.IOException;

/** The base of the checked failures of mailslot operations; each subclass names one Windows failure. */
public class MailslotException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong and what to do about it
     */
    public MailslotException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and what to do about it
     * @param cause   the underlying failure
     */
    public MailslotException(String message, Throwable cause) {
        super(message, cause);
    }
}
