package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.MailslotDestinations;
import org.mailslot.jms.MailslotQueue;
import org.mailslot.jms.MailslotTopic;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MailslotObjectMessage;
import org.mailslot.jms.message.ObjectBodyPolicy;
import org.mailslot.jms.payload.EnvelopeCodec;
import org.mailslot.jms.payload.EnvelopeFormatException;
import org.mailslot.jms.payload.PayloadDecoder;
import org.mailslot.jms.payload.PayloadFormat;
import org.mailslot.jms.payload.RawOrigin;
import org.mailslot.jms.payload.RawPayload;
import org.mailslot.slot.DropReason;
import org.mailslot.slot.Mailslot;
import org.mailslot.slot.MailslotException;
import org.mailslot.slot.MailslotHost;
import org.mailslot.slot.MailslotName;
import org.mailslot.slot.ReceivedMessage;
import org.mailslot.slot.WriteTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins the JMS layer to a networked mailslot host. Outbound, a message for another computer or for a domain is
 * encoded (jms envelope or raw body) and written as a datagram. Inbound, every queue and topic of this host has a
 * slot of the same path; a unique datagram there feeds the queue, a group datagram the topic's subscriptions.
 * Local writes through the host are this provider's own echoes (it routes local traffic itself) and are skipped.
 */
final class NetworkLink implements AutoCloseable {

    /** String property of received messages: the NetBIOS name type the datagram was addressed to, e.g. {@code 1D}. */
    public static final String DESTINATION_NAME_TYPE = "MailslotDestinationNameType";


    private static final Logger LOG = LoggerFactory.getLogger(NetworkLink.class);

    private final MailslotHost host;
    private final InboundRoutes routes;
    private final ObjectBodyPolicy objectBodyPolicy;
    private final PayloadFormat format;
    private final RawPayload raw;
    private final PayloadDecoder decoder;
    private final Map<String, OpenSlot> slots = new ConcurrentHashMap<>();
    // Slot paths a consumer of x?payload=raw asked to read as raw; looked up on the reader thread per arrival.
    private final Set<String> rawSlots = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean badEnvelopeReported = new AtomicBoolean();

    NetworkLink(MailslotHost host, InboundRoutes routes, ObjectBodyPolicy objectBodyPolicy, PayloadFormat format,
            RawPayload raw) {
        this.host = host;
        this.routes = routes;
        this.objectBodyPolicy = objectBodyPolicy;
        this.format = format;
        this.raw = raw;
        this.decoder = new PayloadDecoder(raw);
    }

    MailslotHost host() {
        return host;
    }

    /** The bytes a message travels as (its size is checked once, by the host, when it is sent). */
    byte[] encode(MailslotDestination destination, MailslotMessage message) throws JMSException {
        PayloadFormat chosen = destination.payloadFormat() != null ? destination.payloadFormat() : format;
        return chosen == PayloadFormat.RAW ? raw.toBytes(message) : EnvelopeCodec.encode(message);
    }

    /**
     * Writes an encoded message as a datagram to another computer or to a domain. A socket failure (not a refusal
     * of this one write) also goes to every connection's ExceptionListener.
     */
    void send(MailslotDestination destination, byte[] payload, int priority) throws JMSException {
        try {
            host.send(targetOf(destination), payload, priority);
        } catch (Exception e) {
            JMSException failure = JmsExceptions.toJms("Could not send to " + destination, e);
            if (e instanceof IOException && !(e instanceof MailslotException)) {
                routes.transportFailed(failure);
            }
            throw failure;
        }
    }

    /**
     * Where a destination's datagrams go, as the host decides it: a topic is a group write to the domain (even when
     * its server part names no domain we know), except a temporary topic, which lives on its owner's computer only.
     */
    private WriteTarget targetOf(MailslotDestination destination) {
        WriteTarget target = host.target(destination.mailslotName(), destination.nameType());
        if (destination.isTopic() && !destination.isTemporary() && !target.group()) {
            return host.target(destination.mailslotName().toPrimaryDomain(), destination.nameType());
        }
        return target;
    }

    /**
     * Makes sure the host has a slot for this path, so datagrams to it reach the JMS layer.
     *
     * @throws JMSException when the host refuses the slot (e.g. another owner created it first)
     */
    synchronized void openSlot(MailslotName name) throws JMSException {
        if (slots.containsKey(name.pathKey())) {
            return;
        }
        MailslotName local = name.toLocal();
        MailslotQueue queue = MailslotDestinations.queue(local);
        MailslotTopic topic = MailslotDestinations.topic(local.toPrimaryDomain());
        try {
            Mailslot slot = host.createMailslot(local, 0, received -> receive(queue, topic, received));
            slots.put(name.pathKey(), new OpenSlot(slot));
        } catch (MailslotException e) {
            throw JmsExceptions.toJms(e);
        }
    }

    /**
     * From now on every datagram to this slot is read as raw, a body that starts with the envelope magic included:
     * a consumer of {@code x?payload=raw} knows its writers send raw payloads. Lasts as long as the slot.
     */
    void readRaw(MailslotName name) {
        rawSlots.add(name.pathKey());
    }

    /** Whether {@code server} is this host's domain or workgroup (ignoring case). */
    boolean isOwnDomain(String server) {
        return host.domain().equalsIgnoreCase(server);
    }

    /** Deletes the slot of a path (a deleted temporary destination). */
    void closeSlot(MailslotName name) {
        rawSlots.remove(name.pathKey());
        OpenSlot open = slots.remove(name.pathKey());
        if (open != null) {
            open.slot().close();
        }
    }

    /** A slot this link owns. */
    private record OpenSlot(Mailslot slot) {
    }

    /**
     * Runs on the host's reader thread (the slot hands over each arrival, nothing is queued in between): decodes
     * and routes without blocking. A refusal goes back to the host, which counts it under its reason.
     *
     * @param queue the destination unique arrivals name (the local queue of the slot)
     * @param topic the destination group arrivals name (the domain topic of the slot)
     * @return null when routed, else why the message was dropped
     */
    private DropReason receive(MailslotQueue queue, MailslotTopic topic, ReceivedMessage received) {
        if (received.delivery() == ReceivedMessage.Delivery.LOCAL) {
            // This provider routes its own local traffic itself; a write through the host is its own echo.
            return null;
        }
        MailslotName slot = received.slot();
        MailslotMessage message;
        try {
            message = decoder.decode(received.data(), 0, received.data().length,
                    new RawOrigin(received.sourceComputer(), received.sourceAddress(), received.wireName()),
                    rawSlots.contains(slot.pathKey()) ? PayloadFormat.RAW : null);
        } catch (EnvelopeFormatException e) {
            if (badEnvelopeReported.compareAndSet(false, true)) {
                LOG.warn("A datagram for {} from {} starts like a JMS envelope (E5 4D) but is none ({}); it is"
                        + " dropped and counted as BAD_ENVELOPE. If this slot receives raw payloads from Windows"
                        + " programs, consume it as {}?payload=raw. (Said once; later ones are only counted.)",
                        slot, received.sourceAddress(), e.getMessage(), slot.path());
            } else {
                LOG.debug("Dropped a datagram for {} from {}: {}", slot, received.sourceAddress(), e.getMessage());
            }
            return DropReason.BAD_ENVELOPE;
        } catch (JMSException e) {
            LOG.debug("Dropped a datagram for {} from {}: {}", slot, received.sourceAddress(), e.getMessage());
            return DropReason.UNREADABLE;
        }
        if (message instanceof MailslotObjectMessage object) {
            object.setPolicy(objectBodyPolicy);
        }
        boolean group = received.delivery() == ReceivedMessage.Delivery.GROUP;
        try {
            message.setStringProperty(DESTINATION_NAME_TYPE, String.format("%02X", received.destinationType()));
        } catch (JMSException e) {
            LOG.debug("Dropped a datagram for {} from {}: {}", slot, received.sourceAddress(), e.getMessage());
            return DropReason.UNREADABLE;
        }
        if (message.getJMSDestination() == null) {
            message.setJMSDestination(group ? topic : queue);
        }
        if (group) {
            routes.deliverToTopic(slot, message);
            return null;
        }
        return routes.deliverToQueue(slot, message) ? null : DropReason.QUEUE_FULL;
    }

    @Override
    public void close() {
        slots.values().forEach(open -> open.slot().close());
        slots.clear();
        host.close();
    }
}
