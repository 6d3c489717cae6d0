package org.mailslot.slot;

/**
 * A write to a local mailslot that does not exist (or no longer exists): the Windows ERROR_FILE_NOT_FOUND case.
 * Remote writes never report this; the receiving host drops and counts instead.
 */
public final class MailslotNotFoundException extends MailslotException {

    private static final long serialVersionUID = 1L;

    /**
     * @param name the slot that was not found
     */
    public MailslotNotFoundException(MailslotName name) {
        super("no mailslot " + name + " on this host (ERROR_FILE_NOT_FOUND): create it with createMailslot before"
                + " opening a writer, or write to \\\\<computer>\\mailslot\\... to reach another host");
    }
}
