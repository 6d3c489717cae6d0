package org.mailslot.slot;

/**
 * A remote write that cannot be sent: the computer name does not resolve, the host has no network endpoint, or a
 * group write is larger than a group datagram may carry (the Windows ERROR_BAD_NETPATH cases).
 */
public final class BadNetPathException extends MailslotException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what could not be reached and what to do about it
     */
    public BadNetPathException(String message) {
        super(message);
    }

    /**
     * @param message what could not be sent and what to do about it
     * @param cause   the underlying reason, e.g. the {@link org.mailslot.wire.MessageTooLargeException} of a group
     *                write above the group limit
     */
    public BadNetPathException(String message, Throwable cause) {
        super(message, cause);
    }
}
