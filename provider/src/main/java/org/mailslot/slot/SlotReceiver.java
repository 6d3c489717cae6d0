package org.mailslot.slot;

/**
 * Takes the messages of a slot as they arrive, instead of the slot queueing them for reads: the receiver is the
 * slot's one queue and applies its own quota (see {@link MailslotHost#createMailslot(MailslotName, int,
 * SlotReceiver)}). Called on the thread that delivers (the host's reader thread, or a local writer): it must return
 * quickly and must not block.
 */
@FunctionalInterface
public interface SlotReceiver {

    /**
     * @param message the message, delivered to the slot
     * @return null when the message was taken, else why it was dropped (counted in the host's counters under that
     *         reason, e.g. {@link DropReason#QUEUE_FULL} or {@link DropReason#UNREADABLE})
     */
    DropReason receive(ReceivedMessage message);
}
