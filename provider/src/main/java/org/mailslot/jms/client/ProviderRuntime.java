package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import java.io.IOException;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mailslot.concurrent.WorkerPool;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.MailslotOptions;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.mailslot.jms.engine.MessageOrigin;
import org.mailslot.jms.engine.MessageQueue;
import org.mailslot.jms.engine.TopicRouter;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MessageIdGenerator;
import org.mailslot.jms.payload.PayloadFormat;
import org.mailslot.jms.payload.RawPayload;
import org.mailslot.slot.MailslotHost;
import org.mailslot.slot.MailslotName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JMS side of one factory host, put together from pieces with one job each: the {@link DestinationRegistry}
 * (queues, topic subscriptions, temporary destinations), the {@link MessageRouter} (where a sent message goes), the
 * {@link ConnectionRegistry} (connections and their client IDs) and, for a networked host, the {@link NetworkLink},
 * which reaches back only through the {@link InboundDelivery} it is given. Lives from the factory's first
 * connection until the factory is closed, so queues and durable subscriptions outlive connections (DESIGN §3).
 */
public final class ProviderRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderRuntime.class);

    private final ProviderSettings settings;
    private final InstantSource clock;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final MessageIdGenerator messageIds = new MessageIdGenerator();
    private final ConnectionRegistry connections = new ConnectionRegistry();
    private final DestinationRegistry destinations;
    private final NetworkLink network;
    private final MessageRouter router;
    private final WorkerPool deliveryPool;

    /**
     * A local-only runtime: in-JVM queues and topics, no sockets.
     *
     * @param clock the time of timestamps, delivery delays and expiry
     */
    public ProviderRuntime(ProviderSettings settings, InstantSource clock) {
        this(settings, clock, null, null, null);
    }

    /**
     * A runtime for the options: local-only for {@code mailslot://local}, else with a mailslot host bound to the
     * configured address.
     *
     * @param clock the time of timestamps, delivery delays, expiry and the host's duplicate window
     * @throws JMSException when the host cannot start (its message says how to fix a refused port)
     */
    public static ProviderRuntime start(MailslotOptions options, InstantSource clock) throws JMSException {
        ProviderSettings settings = options.toProviderSettings();
        if (!options.isNetworked()) {
            return LocalNetworks.acquire(LocalNetworks.keyOf(options, clock),
                    () -> new ProviderRuntime(settings, clock));
        }
        MailslotHost host;
        try {
            host = MailslotHost.start(options.toHostSettings(clock));
        } catch (IOException | RuntimeException e) {
            throw JmsExceptions.toJms("The mailslot host for " + options.uri() + " could not start", e);
        }
        ProviderRuntime runtime = new ProviderRuntime(settings, clock, host, options.payloadFormat(),
                new RawPayload(options.rawCharset(), options.rawAsText()));
        host.addCloseListener(runtime::hostClosed);
        return runtime;
    }

    /**
     * The host closed under us (not through {@link #close()}): its sockets are gone, so this runtime is over.
     * Closing it first lets the factory start a fresh host for the reconnect an ExceptionListener will attempt.
     */
    private void hostClosed() {
        if (closed.get()) {
            return;
        }
        Throwable cause = network.host().failure().orElse(null);
        String reason = cause == null ? "its sockets are closed" : "receiving failed (" + cause + ")";
        JMSException failure = JmsExceptions.create(ErrorKind.GENERAL, "The mailslot host " + network.host()
                + " stopped: " + reason + ", and nothing more is sent or received. Close this connection"
                + " and create a new one; the factory starts a new host", cause);
        close();
        LOG.warn("{}; telling {} connection(s)", failure.getMessage(), connections.size());
        connections.hostStopped(failure);
    }

    private ProviderRuntime(ProviderSettings settings, InstantSource clock, MailslotHost host, PayloadFormat format,
            RawPayload raw) {
        this.settings = settings;
        this.clock = clock;
        this.destinations = new DestinationRegistry(settings, clock, closed::get, new Slots());
        this.network = host == null ? null : new NetworkLink(host,
                new InboundDelivery(destinations, connections, closed::get), settings.objectBodyPolicy(), format, raw);
        this.router = new MessageRouter(settings, destinations, network);
        this.deliveryPool = new WorkerPool("mailslot-delivery", settings.deliveryThreads());
    }

    /** The threads that run this factory's listeners and completion callbacks, shared by all its sessions. */
    WorkerPool deliveryPool() {
        return deliveryPool;
    }

    /** The mailslot host of a networked runtime, for counters and diagnostics; empty when local-only. */
    public Optional<MailslotHost> host() {
        return network == null ? Optional.empty() : Optional.of(network.host());
    }

    void register(MailslotConnection connection) {
        connections.register(connection);
    }

    void unregister(MailslotConnection connection) {
        connections.unregister(connection);
    }

    /** Tells every connection's ExceptionListener that the transport failed. */
    void transportFailed(JMSException failure) {
        connections.transportFailed(failure);
    }

    public ProviderSettings settings() {
        return settings;
    }

    /** Now, in epoch milliseconds, from the runtime's clock. */
    long now() {
        return clock.millis();
    }

    TopicRouter topics() {
        return destinations.topics();
    }

    /** A short id, unique across hosts with high probability, used in temporary destination names. */
    String nextConnectionId() {
        return connections.nextConnectionId();
    }

    String nextMessageId() {
        return messageIds.next();
    }

    void assignMessageId(MailslotMessage message) {
        messageIds.assignNext(message);
    }

    /** Reserves a client ID for one connection; false when another connection of this host has it. */
    boolean reserveClientId(String clientId) {
        return connections.reserveClientId(clientId);
    }

    void releaseClientId(String clientId) {
        connections.releaseClientId(clientId);
    }

    /** The queue behind a destination of this host, created on first use. */
    MessageQueue queue(MailslotDestination queue) throws JMSException {
        return destinations.queue(queue);
    }

    /** Makes sure group datagrams for this topic reach its subscriptions. */
    void openTopic(MailslotDestination topic) throws JMSException {
        destinations.openTopic(topic);
    }

    /**
     * A consumer of a {@code ?payload=raw} destination: its slot's datagrams are read as raw from now on, so a raw
     * body that begins with the envelope magic is delivered, not dropped as a bad envelope.
     */
    void receiveRaw(MailslotDestination destination) {
        if (network != null && destination.payloadFormat() == PayloadFormat.RAW) {
            network.readRaw(destination.mailslotName());
        }
    }

    /** Whether the destination names a slot of this host (local form or our own computer name). */
    boolean isHere(MailslotDestination destination) {
        return router.isHere(destination);
    }

    /**
     * Routes a sent message: into a queue of this host, to every subscription of a topic, or onto the wire.
     *
     * @param privateCopy true when nobody changes {@code message} afterwards; otherwise it is copied before it is
     *                    kept in memory (a message that only goes onto the wire is encoded at once, uncopied)
     */
    void route(MailslotDestination destination, MailslotMessage message, MessageOrigin origin, boolean privateCopy)
            throws JMSException {
        destinations.checkOpen();
        router.route(destination, message, origin, privateCopy);
    }

    void registerTemporaryQueue(MailslotDestination queue) throws JMSException {
        destinations.registerTemporaryQueue(queue);
    }

    void deleteTemporaryQueue(MailslotDestination queue) {
        destinations.deleteTemporaryQueue(queue);
    }

    void registerTemporaryTopic(MailslotDestination topic) throws JMSException {
        destinations.registerTemporaryTopic(topic);
    }

    void deleteTemporaryTopic(MailslotDestination topic) {
        destinations.deleteTemporaryTopic(topic);
    }

    /** Routing key of a destination: its slot path, compared without case as Windows compares slot names. */
    static String key(MailslotDestination destination) {
        return destination.slotKey();
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** What a factory's close does: a shared in-JVM network closes with the last factory using it. */
    public void release() {
        if (LocalNetworks.release(this)) {
            close();
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        destinations.close();
        if (network != null) {
            network.close();
        }
        deliveryPool.close();
    }

    /** The destinations' slots live on the network link; a local-only runtime has none to open. */
    private final class Slots implements DestinationRegistry.SlotBinding {

        @Override
        public void openSlot(MailslotName slot) throws JMSException {
            if (network != null) {
                network.openSlot(slot);
            }
        }

        @Override
        public void closeSlot(MailslotName slot) {
            if (network != null) {
                network.closeSlot(slot);
            }
        }
    }
}
