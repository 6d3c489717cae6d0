package org.mailslot.slot;

/** An operation on a mailslot, writer or host that has been closed; readers blocked in a read get it too. */
public final class MailslotClosedException extends MailslotException {

    private static final long serialVersionUID = 1L;

    /**
     * @param what what was closed, e.g. "mailslot \\.\mailslot\x"
     */
    public MailslotClosedException(String what) {
        super(what + " is closed");
    }
}
