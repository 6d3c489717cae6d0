package org.mailslot.slot;

/**
 * A local write to a slot whose byte quota is used up by unread messages. Nothing is queued; the write may be
 * retried once the owner has read. (Remote writes to a full slot are dropped and counted as
 * {@link DropReason#QUEUE_FULL} instead, since datagrams carry no answer.)
 */
public final class MailslotFullException extends MailslotException {

    private static final long serialVersionUID = 1L;

    /**
     * @param name        the slot
     * @param quotaBytes  its quota
     */
    public MailslotFullException(MailslotName name, long quotaBytes) {
        super("mailslot " + name + " holds " + quotaBytes + " bytes of unread messages, its quota; read from it or"
                + " raise the 'slotQuotaBytes' setting");
    }
}
