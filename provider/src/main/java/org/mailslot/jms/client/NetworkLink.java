package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.MailslotDestinations;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MailslotObjectMessage;
import org.mailslot.jms.payload.EnvelopeCodec;
import org.mailslot.jms.payload.EnvelopeFormatException;
import org.mailslot.jms.payload.PayloadDecoder;
import org.mailslot.jms.payload.PayloadFormat;
import org.mailslot.jms.payload.RawOrigin;
import org.mailslot.jms.payload.RawPayload;
import org.mailslot.slot.BadNetPathException;
import org.mailslot.slot.Mailslot;
import org.mailslot.slot.MailslotException;
import org.mailslot.slot.MailslotHost;
import org.mailslot.slot.MailslotName;
import org.mailslot.slot.ReceivedMessage;
import org.mailslot.wire.MessageTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joins the JMS layer to a networked mailslot host. Outbound, a message for another computer or for a domain is
 * encoded (jms envelope or raw body) and written as a datagram. Inbound, every queue and topic of this host has a
 * slot of the same path; a unique datagram there feeds the queue, a group datagram the topic's subscriptions.
 * Local writes through the host are this provider's own echoes (it routes local traffic itself) and are skipped.
 */
final class NetworkLink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkLink.class);

    private final MailslotHost host;
    private final ProviderRuntime runtime;
    private final PayloadFormat format;
    private final RawPayload raw;
    private final PayloadDecoder decoder;
    private final Map<String, Mailslot> slots = new ConcurrentHashMap<>();
    // Parsing names per message showed in profiles; destinations repeat, so their parsed forms are kept.
    private final Map<String, MailslotName> targets = new ConcurrentHashMap<>();
    private final Map<String, MailslotDestination> arrivals = new ConcurrentHashMap<>();
    private final AtomicLong malformedPayloads = new AtomicLong();
    private final AtomicLong refusedByQueue = new AtomicLong();

    NetworkLink(MailslotHost host, ProviderRuntime runtime, PayloadFormat format, RawPayload raw) {
        this.host = host;
        this.runtime = runtime;
        this.format = format;
        this.raw = raw;
        this.decoder = new PayloadDecoder(raw);
    }

    MailslotHost host() {
        return host;
    }

    /** Datagrams whose payload was neither raw nor a valid envelope; counted, then dropped. */
    long malformedPayloads() {
        return malformedPayloads.get();
    }

    /** Received messages a full queue refused; counted, then dropped. */
    long refusedByQueue() {
        return refusedByQueue.get();
    }

    /** The bytes a message travels as; checked against the wire limit of its target before anything is sent. */
    byte[] encode(MailslotDestination destination, MailslotMessage message) throws JMSException {
        PayloadFormat chosen = destination.payloadFormat() != null ? destination.payloadFormat() : format;
        byte[] payload = chosen == PayloadFormat.RAW ? raw.toBytes(message) : EnvelopeCodec.encode(message);
        MailslotName target = targetOf(destination);
        boolean group = isGroup(target);
        int limit = host.settings().wireLimits().maxPayload(group, target.wireName());
        if (payload.length > limit) {
            throw JmsExceptions.create(ErrorKind.MESSAGE_FORMAT, "The message is " + payload.length + " bytes on"
                    + " the wire, above the limit of " + limit + " bytes for " + (group ? "a domain broadcast to "
                    : "a write to ") + destination + " (Windows mailslot rules). Send a smaller body or fewer"
                    + " properties, or raise wire.maxDatagram on every host for Java-only networks");
        }
        return payload;
    }

    /** Writes an encoded message as a datagram to another computer or to a domain. */
    void send(MailslotDestination destination, byte[] payload, int priority) throws JMSException {
        MailslotName target = targetOf(destination);
        try {
            host.send(target, destination.nameType(), payload, priority);
        } catch (BadNetPathException e) {
            throw JmsExceptions.create(ErrorKind.INVALID_DESTINATION, e.getMessage(), e);
        } catch (MessageTooLargeException e) {
            throw JmsExceptions.create(ErrorKind.MESSAGE_FORMAT, e.getMessage(), e);
        } catch (MailslotException e) {
            throw JmsExceptions.create(ErrorKind.GENERAL, e.getMessage(), e);
        } catch (IOException e) {
            JMSException failure = JmsExceptions.create(ErrorKind.GENERAL, "The mailslot host could not send to "
                    + destination + ": " + e.getMessage(), e);
            runtime.transportFailed(failure);
            throw failure;
        }
    }

    /**
     * Where a destination's datagrams go: a topic is a group write to the domain (even when its server part names
     * no domain we know), except a temporary topic, which lives on its owner's computer only.
     */
    private MailslotName targetOf(MailslotDestination destination) {
        String key = (destination.isTopic() ? "T" : "Q") + (destination.isTemporary() ? "t" : "p")
                + destination.uncName();
        MailslotName known = targets.get(key);
        if (known == null) {
            known = resolveTarget(destination);
            if (targets.size() < 10_000) {
                targets.put(key, known);
            }
        }
        return known;
    }

    private MailslotName resolveTarget(MailslotDestination destination) {
        MailslotName target = MailslotName.parse(destination.uncName());
        if (destination.isTopic() && !destination.isTemporary() && !isGroup(target)) {
            return MailslotName.parse("\\\\*\\mailslot\\" + target.path());
        }
        return target;
    }

    private boolean isGroup(MailslotName target) {
        return target.isPrimaryDomain() || host.isDomainName(target.server());
    }

    /** Makes sure the host has a slot for this path, so datagrams to it reach the JMS layer. */
    void openSlot(String path) {
        slots.computeIfAbsent(path.toLowerCase(Locale.ROOT), key -> {
            try {
                Mailslot slot = host.createMailslot(MailslotName.local(path), 0, Mailslot.WAIT_FOREVER);
                slot.setArrivalListener(this::drain);
                return slot;
            } catch (MailslotException e) {
                throw new IllegalStateException("Cannot create the mailslot " + path + " on " + host + ": "
                        + e.getMessage(), e);
            }
        });
    }

    /** Deletes the slot of a path (a deleted temporary destination). */
    void closeSlot(String path) {
        Mailslot slot = slots.remove(path.toLowerCase(Locale.ROOT));
        if (slot != null) {
            slot.close();
        }
    }

    /** Runs on the host's reader thread: decodes and routes what the slot holds, without blocking. */
    private void drain(Mailslot slot) {
        ReceivedMessage received;
        try {
            while ((received = slot.poll()) != null) {
                if (received.delivery() != ReceivedMessage.Delivery.LOCAL) {
                    route(received);
                }
            }
        } catch (MailslotException e) {
            // The slot was closed (its destination deleted) while draining; nothing is left to route.
        }
    }

    /** String property of received messages: the NetBIOS name type the datagram was addressed to, e.g. {@code 1D}. */
    public static final String DESTINATION_NAME_TYPE = "MailslotDestinationNameType";

    private void route(ReceivedMessage received) {
        String path = received.slot().path();
        MailslotMessage message;
        try {
            message = decoder.decode(received.data(), 0, received.data().length,
                    new RawOrigin(received.sourceComputer(), received.sourceAddress(), received.slot().toString()));
        } catch (EnvelopeFormatException | JMSException e) {
            malformedPayloads.incrementAndGet();
            LOG.debug("Dropped a datagram for {} from {}: {}", path, received.sourceAddress(), e.getMessage());
            return;
        }
        if (message instanceof MailslotObjectMessage object) {
            object.setPolicy(runtime.settings().objectBodyPolicy());
        }
        boolean group = received.delivery() == ReceivedMessage.Delivery.GROUP;
        try {
            message.setStringProperty(DESTINATION_NAME_TYPE, String.format("%02X", received.destinationType()));
            if (message.getJMSDestination() == null) {
                message.setJMSDestination(arrivalDestination(path, group));
            }
            if (group) {
                runtime.deliverToTopic(path, message);
            } else if (!runtime.deliverToQueue(path, message)) {
                refusedByQueue.incrementAndGet();
            }
        } catch (JMSException e) {
            malformedPayloads.incrementAndGet();
            LOG.debug("Dropped a datagram for {} from {}: {}", path, received.sourceAddress(), e.getMessage());
        }
    }

    /** The destination a received message names: the local queue, or the domain topic, of its slot. */
    private MailslotDestination arrivalDestination(String path, boolean group) throws JMSException {
        String key = (group ? "T" : "Q") + path;
        MailslotDestination known = arrivals.get(key);
        if (known == null) {
            known = group ? MailslotDestinations.parseTopic("\\\\*\\mailslot\\" + path)
                    : MailslotDestinations.parseQueue("\\\\.\\mailslot\\" + path);
            if (arrivals.size() < 10_000) {
                arrivals.put(key, known);
            }
        }
        return known;
    }

    @Override
    public void close() {
        slots.values().forEach(Mailslot::close);
        slots.clear();
        host.close();
    }
}
