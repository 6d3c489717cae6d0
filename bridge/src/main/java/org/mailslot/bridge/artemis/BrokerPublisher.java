package org.mailslot.bridge.artemis;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.mailslot.bridge.ingress.IngressSink;
import org.mailslot.bridge.mapping.IngressMessage;
import org.mailslot.bridge.metrics.BridgeCounters;
import org.mailslot.bridge.metrics.BrokerLinks;
import org.mailslot.bridge.metrics.ConnectionState;
import org.mailslot.bridge.metrics.DropReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries ingress messages to the broker on its own thread. {@link #offer} only appends to a bounded buffer, so
 * the UDP reader never waits for the broker. While the broker is away the buffer holds up to {@code capacity}
 * messages (plus the batch of at most 256 the thread had taken when the connection failed); beyond that offers
 * fail and the caller counts the drop. The publisher connects in the background through one long-lived
 * {@link BrokerConnector} (which follows the cluster topology), reconnects with {@link Backoff}, and logs each
 * change of connection state with the node it reached. To a remote broker, sends are asynchronous and confirmed
 * through Artemis's confirmation window: a message counts as forwarded when the broker confirms it, and whatever
 * a lost connection never confirmed is sent again on the next one, to the same node or to the one that took
 * over (duplicate detection drops a second copy on the node that has the first). Closing counts every message
 * not forwarded or not confirmed as dropped (shutdown), so nothing is lost uncounted.
 */
public final class BrokerPublisher implements IngressSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerPublisher.class);
    private static final long POLL_MS = 100;
    private static final int BATCH = 256;
    // After a batch has left and nothing is waiting, the publisher pauses this long before it waits for the next
    // datagram. Profiled at 40k/s, waking each other took a tenth of the reader's and the publisher's CPU, and
    // each wake-up travelled on through the broker's executors. Datagrams that arrive during the pause go to the
    // broker together, so neither this thread nor the executors behind it are woken once per datagram, and the
    // UDP reader appends without waking anyone. A message waits at most this much longer, and only under
    // sustained traffic: after a quiet spell the first datagram is sent at once.
    private static final long LINGER_NANOS = 200_000;
    // Closing: the publisher thread finishes its send and waits this long for outstanding confirmations, then
    // the connector is closed under it if need be; the whole bridge must stop within 5 s.
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);
    private static final Duration CONFIRM_WAIT_ON_CLOSE = Duration.ofSeconds(1);

    private final BrokerEndpoint endpoint;
    private final BrokerConnector connector;
    private final boolean durable;
    private final Backoff backoff;
    private final BridgeCounters counters;
    // This publisher's connection state, one of the ingress side's (see BrokerLinks).
    private final BrokerLinks.Link connectionState;
    private final BlockingQueue<IngressMessage> buffer;
    private final SharedCapacity capacity;
    private final StopSignal closing = new StopSignal();
    private final Thread thread;
    // Taken from the buffer in batches (one lock round trip for many messages); unsent ones wait here across a
    // reconnect. Only the publisher thread touches it.
    private final ArrayDeque<IngressMessage> pending = new ArrayDeque<>(BATCH);
    // Whether the batch just taken may be followed by a linger; only the publisher thread touches it.
    private boolean lingerNext;
    // Messages taken from the buffer and not yet counted as forwarded or dropped, for buffered(): written by the
    // publisher thread once per batch (and after a refusal), read by whoever takes a snapshot of the counters.
    private volatile int inHand;
    // The link being pumped, so buffered() also counts what was sent but not yet confirmed by a remote broker.
    private volatile BrokerLink current;

    private BrokerPublisher(BrokerEndpoint endpoint, BrokerConnector connector, boolean durable,
                            SharedCapacity capacity, Backoff backoff, BridgeCounters counters, String threadName) {
        this.endpoint = endpoint;
        this.connector = connector;
        this.durable = durable;
        this.backoff = backoff;
        this.counters = counters;
        this.connectionState = counters.ingressLinks().add();
        // Each buffer could hold the whole shared capacity: one busy sender may use all of it.
        this.buffer = new ArrayBlockingQueue<>(capacity.capacity());
        this.capacity = capacity;
        this.thread = new Thread(this::run, threadName);
        this.thread.setDaemon(true);
    }

    /**
     * Starts the publishing thread; it connects in the background, so this returns at once even when the broker
     * is down.
     *
     * @param capacity how many messages wait while the broker is away, shared with the other publishers
     */
    static BrokerPublisher start(BrokerEndpoint endpoint, boolean durable, SharedCapacity capacity, Backoff backoff,
                                 BridgeCounters counters, String threadName) {
        BrokerConnector connector;
        try {
            connector = BrokerConnector.create(endpoint, endpoint.local().isEmpty());
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot use the broker URL " + endpoint.url() + ": " + e.getMessage(), e);
        }
        BrokerPublisher publisher = new BrokerPublisher(endpoint, connector, durable, capacity, backoff, counters,
                threadName);
        publisher.thread.start();
        return publisher;
    }

    @Override
    public boolean offer(IngressMessage message) {
        if (closing.isSet() || !capacity.tryTake()) {
            return false;
        }
        if (buffer.offer(message)) {
            return true;
        }
        capacity.giveBack(1);
        return false;
    }

    /** Messages waiting for the broker: in the buffer, in the batch being sent, or sent and not yet confirmed. */
    public int buffered() {
        BrokerLink link = current;
        return buffer.size() + inHand + (link == null ? 0 : link.unconfirmed());
    }

    private void run() {
        int failures = 0;
        while (!isClosing()) {
            BrokerLink link;
            try {
                link = BrokerLink.open(connector, durable, counters::forwarded);
            } catch (Exception e) {
                if (isClosing()) {
                    break;
                }
                failures++;
                connectionState.state(ConnectionState.DISCONNECTED);
                Duration delay = backoff.delay(failures);
                if (failures == 1) {
                    LOG.warn("Cannot reach the broker at {}: {}; retrying with backoff, buffering up to {} messages",
                            endpoint, e.getMessage(), capacity.capacity());
                } else {
                    LOG.debug("Reconnect attempt {} to {} failed: {}; next in {} ms", failures, endpoint,
                            e.getMessage(), delay.toMillis());
                }
                awaitClosing(delay);
                continue;
            }
            failures = 0;
            connectionState.state(ConnectionState.CONNECTED);
            LOG.info("Forwarding ingress to the broker at {}, node {} ({})", endpoint, link.node(),
                    durable ? "durable" : "non-durable");
            current = link;
            try {
                pump(link);
                if (isClosing()) {
                    awaitConfirmations(link);
                }
            } finally {
                link.close();
                List<IngressMessage> unconfirmed = link.takeUnconfirmed();
                current = null;
                resendFirst(unconfirmed);
                inHand = pending.size();
            }
            if (!isClosing()) {
                connectionState.state(ConnectionState.DISCONNECTED);
                LOG.warn("Lost the broker at {}; reconnecting, {} messages buffered, {} to send again", endpoint,
                        buffer.size(), pending.size());
            }
        }
        drainOnClose();
    }

    /** Puts messages the broker never confirmed back at the head of the queue, in their order. */
    private void resendFirst(List<IngressMessage> unconfirmed) {
        for (int i = unconfirmed.size() - 1; i >= 0; i--) {
            pending.addFirst(unconfirmed.get(i));
        }
    }

    private void awaitConfirmations(BrokerLink link) {
        long deadline = System.nanoTime() + CONFIRM_WAIT_ON_CLOSE.toNanos();
        while (link.unconfirmed() > 0 && !link.isLost() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
    }

    private void pump(BrokerLink link) {
        // Counted once per batch: one shared counter update per message costs more than the rest of a send.
        int forwarded = 0;
        try {
            while (!isClosing() && !link.isLost()) {
                if (pending.isEmpty()) {
                    counters.forwarded(forwarded);
                    forwarded = 0;
                    inHand = 0;
                    if (!takeBatch()) {
                        continue;
                    }
                    inHand = pending.size();
                }
                switch (sendFirst(link)) {
                    case FORWARDED -> forwarded += link.confirmsOnReturn() ? 1 : 0;
                    case DROPPED -> inHand = pending.size() + forwarded;
                    case CONNECTION_LOST -> {
                        return;
                    }
                }
            }
        } finally {
            counters.forwarded(forwarded);
            inHand = pending.size();
        }
    }

    /**
     * Sends the first pending message and removes it, unless the connection failed (then it stays for the next
     * link; if the broker did get it, duplicate detection drops the copy).
     *
     * @return what became of it; a refused message is removed and counted as dropped
     */
    private SendOutcome sendFirst(BrokerLink link) {
        IngressMessage message = pending.peekFirst();
        try {
            link.send(message);
            pending.pollFirst();
            return SendOutcome.FORWARDED;
        } catch (ActiveMQException e) {
            if (BrokerLink.isConnectionFailure(e)) {
                return SendOutcome.CONNECTION_LOST;
            }
            pending.pollFirst();
            counters.dropped(DropReason.BROKER_REJECTED);
            LOG.warn("The broker refused a message for {}: {}", message.address(), e.getMessage());
        } catch (UnconvertibleMessageException e) {
            pending.pollFirst();
            counters.dropped(DropReason.UNCONVERTIBLE);
            LOG.warn("{}", e.getMessage());
        } catch (RuntimeException e) {
            pending.pollFirst();
            counters.dropped(DropReason.BROKER_REJECTED);
            LOG.warn("Cannot publish a message for {}: {}", message.address(), e.toString());
        }
        return SendOutcome.DROPPED;
    }

    private enum SendOutcome { FORWARDED, DROPPED, CONNECTION_LOST }

    /**
     * Takes whatever is buffered, up to a batch; when nothing is, lingers ({@link #LINGER_NANOS}) once if the
     * previous batch was just sent, then waits up to {@link #POLL_MS} for a message.
     */
    private boolean takeBatch() {
        IngressMessage first = buffer.poll();
        if (first == null && lingerNext) {
            lingerNext = false;
            LockSupport.parkNanos(LINGER_NANOS);
            first = buffer.poll();
        }
        try {
            if (first == null) {
                first = buffer.poll(POLL_MS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (first == null) {
            return false;
        }
        pending.add(first);
        int taken = 1 + buffer.drainTo(pending, BATCH - 1);
        capacity.giveBack(taken);
        lingerNext = true;
        return true;
    }

    private void drainOnClose() {
        List<IngressMessage> buffered = new ArrayList<>();
        buffer.drainTo(buffered);
        capacity.giveBack(buffered.size());
        int left = buffered.size() + pending.size();
        for (int i = 0; i < left; i++) {
            counters.dropped(DropReason.SHUTDOWN);
        }
        pending.clear();
        inHand = 0;
        if (left > 0) {
            LOG.warn("Closed with {} ingress messages not yet forwarded (counted as dropped: shutdown)", left);
        }
        connectionState.state(ConnectionState.CLOSED);
    }

    private boolean isClosing() {
        return closing.isSet();
    }

    private void awaitClosing(Duration delay) {
        closing.await(delay);
    }

    /** Stops taking messages; the thread finishes its current send. Returns at once (see {@link #close}). */
    void stopAccepting() {
        closing.set();
    }

    /**
     * Stops taking messages, lets the thread finish its current send and wait briefly for confirmations, counts
     * what is left as dropped; a thread still blocked on a dead connection is released by closing the connector.
     */
    @Override
    public void close() {
        stopAccepting();
        join(CLOSE_WAIT);
        connector.close();
        join(Duration.ofMillis(500));
        if (thread.isAlive()) {
            LOG.warn("The publisher thread did not stop within {} ms", CLOSE_WAIT.toMillis() + 500);
        }
    }

    private void join(Duration wait) {
        try {
            thread.join(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
