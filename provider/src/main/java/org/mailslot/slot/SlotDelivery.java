package org.mailslot.slot;

/**
 * Puts a message that came "from the network" (a datagram, or a write through our own computer or domain name)
 * into a slot, with the receiver's rules: no answer to the writer, every refusal counted with its reason.
 */
final class SlotDelivery {

    private final CounterSet counters;

    SlotDelivery(CounterSet counters) {
        this.counters = counters;
    }

    /**
     * @return true when queued
     */
    boolean deliver(Mailslot slot, ReceivedMessage message) {
        if (slot == null) {
            counters.drop(DropReason.UNKNOWN_SLOT);
            return false;
        }
        if (slot.tooLarge(message.data().length)) {
            counters.drop(DropReason.OVERSIZE);
            return false;
        }
        DropReason refused = slot.offer(message);
        if (refused != null) {
            counters.drop(refused);
            return false;
        }
        if (message.isRemote()) {
            counters.remoteDelivered.increment();
        } else {
            counters.localWrites.increment();
        }
        return true;
    }
}
