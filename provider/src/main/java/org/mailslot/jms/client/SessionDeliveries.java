package org.mailslot.jms.client;

import java.util.ArrayList;
import java.util.List;
import org.mailslot.jms.engine.MessageQueue;
import org.mailslot.jms.engine.QueuedMessage;

/**
 * The messages a session delivered and has not yet acknowledged or committed, with the queue each came from, so
 * that recover, rollback and close can give them back for redelivery (§6.2.10, §6.2.7). Thread-safe: a
 * listener thread delivers while the application acknowledges.
 */
final class SessionDeliveries {

    private record Delivery(QueuedMessage message, MessageQueue source) {
    }

    private final List<Delivery> pending = new ArrayList<>();

    synchronized void add(QueuedMessage message, MessageQueue source) {
        pending.add(new Delivery(message, source));
    }

    /** Forgets every delivery: they are acknowledged. */
    synchronized void acknowledgeAll() {
        pending.clear();
    }

    /**
     * Gives every delivery back to its queue, newest first, so they come again in their original order.
     *
     * @param reason why they come back (kept on a message that goes to the dead-letter queue)
     */
    synchronized int returnAll(String reason) {
        int count = pending.size();
        for (int i = pending.size() - 1; i >= 0; i--) {
            Delivery delivery = pending.get(i);
            delivery.source().requeue(delivery.message(), reason);
        }
        pending.clear();
        return count;
    }

    synchronized boolean isEmpty() {
        return pending.isEmpty();
    }
}
