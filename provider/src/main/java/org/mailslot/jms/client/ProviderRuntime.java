package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import java.io.IOException;
import java.time.InstantSource;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.MailslotOptions;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.mailslot.jms.engine.DeliveryScheduler;
import org.mailslot.jms.engine.MessageOrigin;
import org.mailslot.jms.engine.MessageQueue;
import org.mailslot.jms.engine.QueuedMessage;
import org.mailslot.jms.engine.TopicRouter;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MessageIdGenerator;
import org.mailslot.jms.message.RandomSeeds;
import org.mailslot.jms.payload.PayloadFormat;
import org.mailslot.jms.payload.RawPayload;
import org.mailslot.slot.MailslotHost;
import org.mailslot.slot.MailslotName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JMS side of one factory host: its queues and topic subscriptions, the client IDs in use, message IDs, and
 * the routing of a sent message to where it goes. Lives from the factory's first connection until the factory is
 * closed, so queues and durable subscriptions outlive connections (DESIGN §3).
 */
public final class ProviderRuntime implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderRuntime.class);

    private final ProviderSettings settings;
    private final InstantSource clock;
    private final ScheduledExecutorService timer;
    private final Map<String, MessageQueue> queues = new ConcurrentHashMap<>();
    private final Set<String> temporaryQueues = ConcurrentHashMap.newKeySet();
    private final Set<String> temporaryTopics = ConcurrentHashMap.newKeySet();
    private final Set<String> clientIds = ConcurrentHashMap.newKeySet();
    private final TopicRouter topics;
    private final MessageIdGenerator messageIds = new MessageIdGenerator();
    private final AtomicLong connectionCounter = new AtomicLong();
    private final String instance = Long.toString((int) RandomSeeds.nextLongs(1)[0] & 0x7fffffffL, 36) + "x";
    private final PersistentDeliveryPolicy persistence;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Set<MailslotConnection> connections = ConcurrentHashMap.newKeySet();
    private final NetworkLink network;
    private final DeadLetterQueue deadLetters;

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
        for (MailslotConnection connection : connections) {
            connection.onHostStopped(failure);
        }
    }

    private ProviderRuntime(ProviderSettings settings, InstantSource clock, MailslotHost host, PayloadFormat format,
            RawPayload raw) {
        this.settings = settings;
        this.clock = clock;
        this.timer = Executors.newSingleThreadScheduledExecutor(new ClientThreads("mailslot-jms-timer"));
        this.deadLetters = new DeadLetterQueue(settings.redelivery(), this::queueOf);
        this.persistence = new PersistentDeliveryPolicy(settings.persistentDelivery());
        this.topics = new TopicRouter(this::newQueue);
        this.network = host == null ? null
                : new NetworkLink(host, new Inbound(), settings.objectBodyPolicy(), format, raw);
    }

    /** The mailslot host of a networked runtime, for counters and diagnostics; empty when local-only. */
    public Optional<MailslotHost> host() {
        return network == null ? Optional.empty() : Optional.of(network.host());
    }

    void register(MailslotConnection connection) {
        connections.add(connection);
    }

    void unregister(MailslotConnection connection) {
        connections.remove(connection);
    }

    /** Tells every connection's ExceptionListener that the transport failed. */
    void transportFailed(JMSException failure) {
        for (MailslotConnection connection : connections) {
            connection.onTransportFailure(failure);
        }
    }

    public ProviderSettings settings() {
        return settings;
    }

    /** Now, in epoch milliseconds, from the runtime's clock. */
    long now() {
        return clock.millis();
    }

    TopicRouter topics() {
        return topics;
    }

    /** A short id, unique across hosts with high probability, used in temporary destination names. */
    String nextConnectionId() {
        return instance + Long.toString(connectionCounter.incrementAndGet(), 36);
    }

    String nextMessageId() {
        return messageIds.next();
    }

    void assignMessageId(MailslotMessage message) {
        messageIds.assignNext(message);
    }

    /** Reserves a client ID for one connection; false when another connection of this host has it. */
    boolean reserveClientId(String clientId) {
        return clientIds.add(clientId);
    }

    void releaseClientId(String clientId) {
        clientIds.remove(clientId);
    }

    /** The queue behind a destination of this host, created on first use. */
    MessageQueue queue(MailslotDestination queue) throws JMSException {
        checkOpen();
        String key = key(queue);
        if (queue.isTemporary() && !temporaryQueues.contains(key)) {
            throw JmsExceptions.create(ErrorKind.INVALID_DESTINATION, "Temporary queue " + queue
                    + " was deleted or never existed here; create a new one with Session.createTemporaryQueue()");
        }
        MessageQueue known = queues.get(key);
        return known != null ? known : queueOf(queue.mailslotName());
    }

    private MessageQueue queueOf(MailslotName slot) throws JMSException {
        MessageQueue known = queues.get(slot.pathKey());
        if (known != null) {
            return known;
        }
        if (network != null) {
            network.openSlot(slot);
        }
        return queues.computeIfAbsent(slot.pathKey(), k -> newQueue(slot.toLocal().toString()));
    }

    /** Makes sure group datagrams for this topic reach its subscriptions. */
    void openTopic(MailslotDestination topic) throws JMSException {
        if (network != null) {
            network.openSlot(topic.mailslotName());
        }
    }

    /**
     * A message that arrived as a unique datagram: for a queue, or for a temporary topic of ours (its remote
     * publishers write to this computer only). False when the queue's quota refused it.
     */
    boolean deliverToQueue(MailslotName slot, MailslotMessage message) {
        if (closed.get()) {
            return false;
        }
        if (temporaryTopics.contains(slot.pathKey())) {
            deliverToTopic(slot, message);
            return true;
        }
        MessageQueue queue;
        try {
            queue = queueOf(slot);
        } catch (JMSException e) {
            return false;
        }
        return queue.offer(new QueuedMessage(message, message.getJMSPriority(),
                message.getJMSDeliveryTime(), message.getJMSExpiration(), null, MessageSizes.estimate(message)));
    }

    /** A message that arrived as a group datagram: every subscription of the topic gets it. */
    void deliverToTopic(MailslotName slot, MailslotMessage message) {
        if (closed.get()) {
            return;
        }
        topics.publish(slot.pathKey(), new QueuedMessage(message, message.getJMSPriority(),
                message.getJMSDeliveryTime(), message.getJMSExpiration(), null, MessageSizes.estimate(message)));
    }

    /** Whether the destination names a slot of this host (local form or our own computer name). */
    boolean isHere(MailslotDestination destination) {
        String server = destination.serverName();
        return ".".equals(server) || server.equalsIgnoreCase(settings.computerName());
    }

    /**
     * Routes a sent message: into a queue of this host, to every subscription of a topic, or onto the wire.
     *
     * @param privateCopy true when nobody changes {@code message} afterwards; otherwise it is copied before it is
     *                    kept in memory (a message that only goes onto the wire is encoded at once, uncopied)
     */
    void route(MailslotDestination destination, MailslotMessage message, MessageOrigin origin, boolean privateCopy)
            throws JMSException {
        checkOpen();
        if (destination.isTopic() && !(destination.isTemporary() && !isHere(destination))) {
            if (destination.isTemporary() && !temporaryTopics.contains(key(destination))) {
                throw JmsExceptions.create(ErrorKind.INVALID_DESTINATION, "Temporary topic " + destination
                        + " was deleted or never existed here; create a new one with Session.createTemporaryTopic()");
            }
            // The wire first: a message too large for it fails before any local subscriber sees it.
            if (network != null && !destination.isTemporary()) {
                network.send(destination, network.encode(destination, message), message.getJMSPriority());
            }
            if (topics.hasSubscriptions(key(destination))) {
                topics.publish(key(destination), queued(privateCopy ? message : message.copy(), origin));
            }
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
        MessageQueue target = queue(destination);
        if (!target.offer(queued(privateCopy ? message : message.copy(), origin))) {
            throw JmsExceptions.create(ErrorKind.RESOURCE_ALLOCATION, "Queue " + destination + " holds "
                    + target.bytes() + " bytes, its quota is " + settings.queueQuotaBytes() + " bytes: the message"
                    + " was not sent. Consume from the queue, or raise jms.queueQuotaBytes");
        }
    }

    private static QueuedMessage queued(MailslotMessage message, MessageOrigin origin) {
        return new QueuedMessage(message, message.getJMSPriority(), message.getJMSDeliveryTime(),
                message.getJMSExpiration(), origin, MessageSizes.estimate(message));
    }

    /** Applies the persistent-delivery policy of DESIGN §4 to one send. */
    void checkDeliveryMode(int deliveryMode) throws JMSException {
        persistence.check(deliveryMode);
    }

    void registerTemporaryQueue(MailslotDestination queue) throws JMSException {
        temporaryQueues.add(key(queue));
        // Open its slot now: a reply from another computer may come before any consumer exists.
        queueOf(queue.mailslotName());
    }

    void deleteTemporaryQueue(MailslotDestination queue) {
        String key = key(queue);
        temporaryQueues.remove(key);
        MessageQueue removed = queues.remove(key);
        if (removed != null) {
            removed.close();
        }
        if (network != null) {
            network.closeSlot(queue.mailslotName());
        }
    }

    void registerTemporaryTopic(MailslotDestination topic) throws JMSException {
        temporaryTopics.add(key(topic));
        openTopic(topic);
    }

    void deleteTemporaryTopic(MailslotDestination topic) {
        temporaryTopics.remove(key(topic));
        if (network != null) {
            network.closeSlot(topic.mailslotName());
        }
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
        queues.values().forEach(MessageQueue::close);
        queues.clear();
        topics.close();
        timer.shutdownNow();
        if (network != null) {
            network.close();
        }
    }

    private MessageQueue newQueue(String name) {
        DeliveryScheduler wake = (delay, task) -> {
            try {
                // Never cancelled one by one: close shuts the timer down with every pending wake-up.
                ScheduledFuture<?> unused = timer.schedule(task, delay, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // The host is closing; nobody is left to wake.
            }
        };
        // The dead-letter queue itself keeps redelivering: there is nowhere further to send its messages.
        return new MessageQueue(name, clock::millis, wake, settings.queueQuotaBytes(), settings.redelivery(),
                deadLetters.is(name) ? null : deadLetters);
    }

    private void checkOpen() throws JMSException {
        if (closed.get()) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "The connection factory's host is closed; create a"
                    + " new MailslotConnectionFactory");
        }
    }

    /** The narrow view of this runtime its network link gets: where arrivals go, whom a socket failure concerns. */
    private final class Inbound implements InboundRoutes {

        @Override
        public boolean deliverToQueue(MailslotName slot, MailslotMessage message) {
            return ProviderRuntime.this.deliverToQueue(slot, message);
        }

        @Override
        public void deliverToTopic(MailslotName slot, MailslotMessage message) {
            ProviderRuntime.this.deliverToTopic(slot, message);
        }

        @Override
        public void transportFailed(JMSException failure) {
            ProviderRuntime.this.transportFailed(failure);
        }
    }
}
