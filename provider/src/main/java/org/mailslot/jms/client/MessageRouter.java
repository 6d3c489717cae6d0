package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.engine.MessageOrigin;
import org.mailslot.jms.engine.MessageQueue;
import org.mailslot.jms.engine.QueuedMessage;
import org.mailslot.jms.engine.TopicRouter;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.mailslot.jms.message.MailslotMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a sent message goes: into a queue of this host, to every subscription of a topic, or onto the wire through
 * the {@link NetworkLink} (none for a local-only host). Thread-safe.
 */
final class MessageRouter {

    private static final Logger LOG = LoggerFactory.getLogger(MessageRouter.class);

    private final ProviderSettings settings;
    private final DestinationRegistry destinations;
    private final NetworkLink network;

    MessageRouter(ProviderSettings settings, DestinationRegistry destinations, NetworkLink network) {
        this.settings = settings;
        this.destinations = destinations;
        this.network = network;
    }

    /** Whether the destination names a slot of this host (local form or our own computer name). */
    boolean isHere(MailslotDestination destination) {
        String server = destination.serverName();
        return ".".equals(server) || server.equalsIgnoreCase(settings.computerName());
    }

    /**
     * Routes a sent message; see {@link ProviderRuntime#route}.
     *
     * @param privateCopy true when nobody changes {@code message} afterwards; otherwise it is copied before it is
     *                    kept in memory (a message that only goes onto the wire is encoded at once, uncopied)
     */
    void route(MailslotDestination destination, MailslotMessage message, MessageOrigin origin, boolean privateCopy)
            throws JMSException {
        if (destination.isTopic() && !(destination.isTemporary() && !isHere(destination))) {
            String key = ProviderRuntime.key(destination);
            if (destination.isTemporary() && !destinations.isTemporaryTopic(key)) {
                throw JmsExceptions.create(ErrorKind.INVALID_DESTINATION, "Temporary topic " + destination
                        + " was deleted or never existed here; create a new one with Session.createTemporaryTopic()");
            }
            // The wire first: a message too large for it fails before any local subscriber sees it.
            if (network != null && !destination.isTemporary()) {
                network.send(destination, network.encode(destination, message), message.getJMSPriority());
            }
            TopicRouter topics = destinations.topics();
            if (topics.hasSubscriptions(key)) {
                topics.publish(key, queued(privateCopy ? message : message.copy(), origin));
            }
            deliverToOwner(destination, message, origin);
            return;
        }
        if (!isHere(destination)) {
            if (network == null) {
                throw JmsExceptions.create(ErrorKind.INVALID_DESTINATION, "Queue " + destination + " is on computer "
                        + destination.serverName() + ", and this factory is local-only; configure it with a network"
                        + " URI (mailslot://ADDRESS:PORT?computerName=...) to send to other computers");
            }
            network.send(destination, network.encode(destination, message), message.getJMSPriority());
            return;
        }
        MessageQueue target = destinations.queue(destination);
        if (!target.offer(queued(privateCopy ? message : message.copy(), origin))) {
            throw JmsExceptions.create(ErrorKind.RESOURCE_ALLOCATION, "Queue " + destination + " holds "
                    + target.bytes() + " bytes, its quota is " + settings.queueQuotaBytes() + " bytes: the message"
                    + " was not sent. Consume from the queue, or raise jms.queueQuotaBytes");
        }
    }

    // A group write of ours reaches our own slot's owner as on Windows: \\*\ and our domain are this host's groups.
    private void deliverToOwner(MailslotDestination topic, MailslotMessage message, MessageOrigin origin)
            throws JMSException {
        String server = topic.serverName();
        if (topic.isTemporary() || !("*".equals(server) || (network != null && network.isOwnDomain(server)))) {
            return;
        }
        MessageQueue owner = destinations.existingQueue(topic.mailslotName());
        if (owner != null && !owner.offer(queued(message.copy(), origin))) {
            LOG.debug("Queue {} is at its quota; a group write to it reached only the topic's subscribers",
                    topic.mailslotName());
        }
    }

    /** A message as a queue holds it; {@code origin} is null for one that came from the network. */
    static QueuedMessage queued(MailslotMessage message, MessageOrigin origin) {
        return new QueuedMessage(message, message.getJMSPriority(), message.getJMSDeliveryTime(),
                message.getJMSExpiration(), origin, MessageSizes.estimate(message));
    }
}
