package org.mailslot.slot;

/**
 * Told that a slot has a new message, so that a consumer can read without a thread blocked in
 * {@link Mailslot#read()}. Called on the thread that delivered the message (a writer or the reader thread of the
 * host's endpoint) after the message is queued: it must return quickly and must not block; typically it hands a
 * "drain the slot" task to an executor, which then reads with {@link Mailslot#poll()}. Another reader may have taken
 * the message by then.
 */
@FunctionalInterface
public interface ArrivalListener {

    /**
     * @param slot the slot that received a message
     */
    void messageArrived(Mailslot slot);
}
