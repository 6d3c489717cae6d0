package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import java.util.function.BooleanSupplier;
import org.mailslot.jms.engine.MessageQueue;
import org.mailslot.jms.engine.QueuedMessage;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.slot.MailslotName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link InboundRoutes} of one factory host: a message from the network goes to the queue or the topic of its
 * slot, and a failed socket is reported to every connection. Knows nothing of the link that calls it, so the
 * runtime's pieces form no cycle. Once the runtime is closed, arrivals are dropped.
 */
final class InboundDelivery implements InboundRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(InboundDelivery.class);

    private final DestinationRegistry destinations;
    private final ConnectionRegistry connections;
    private final BooleanSupplier closed;

    InboundDelivery(DestinationRegistry destinations, ConnectionRegistry connections, BooleanSupplier closed) {
        this.destinations = destinations;
        this.connections = connections;
        this.closed = closed;
    }

    /** For a queue, or for a temporary topic of ours (its remote publishers write to this computer only). */
    @Override
    public boolean deliverToQueue(MailslotName slot, MailslotMessage message) {
        if (closed.getAsBoolean()) {
            return false;
        }
        if (destinations.isTemporaryTopic(slot.pathKey())) {
            deliverToTopic(slot, message);
            return true;
        }
        MessageQueue queue;
        try {
            queue = destinations.queueOf(slot);
        } catch (JMSException e) {
            return false;
        }
        return queue.offer(MessageRouter.queued(message, null));
    }

    @Override
    public void deliverToTopic(MailslotName slot, MailslotMessage message) {
        if (closed.getAsBoolean()) {
            return;
        }
        QueuedMessage queued = MessageRouter.queued(message, null);
        destinations.topics().publish(slot.pathKey(), queued);
        // The slot's owner reads group writes too, as on Windows: a queue of this path, if there is one, gets a copy.
        MessageQueue owner = destinations.existingQueue(slot);
        if (owner != null && !owner.offer(queued.copy())) {
            LOG.debug("Queue {} is at its quota; a group write to it reached only the topic's subscribers", slot);
        }
    }

    @Override
    public void transportFailed(JMSException failure) {
        connections.transportFailed(failure);
    }
}
