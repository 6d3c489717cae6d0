package org.mailslot.slot;

/** {@code createMailslot} with a name that already has a slot on this host (Windows ERROR_ALREADY_EXISTS). */
public final class MailslotExistsException extends MailslotException {

    private static final long serialVersionUID = 1L;

    /**
     * @param name the name that is taken
     */
    public MailslotExistsException(MailslotName name) {
        super("mailslot " + name + " already exists on this host; a name has one owner at a time: close the existing"
                + " slot first or choose another name");
    }
}
