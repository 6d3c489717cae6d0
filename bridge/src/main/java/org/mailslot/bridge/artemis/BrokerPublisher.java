package org.mailslot.bridge.artemis;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.mailslot.bridge.ingress.IngressSink;
import org.mailslot.bridge.mapping.IngressMessage;
import org.mailslot.bridge.metrics.BridgeCounters;
import org.mailslot.bridge.metrics.ConnectionState;
import org.mailslot.bridge.metrics.DropReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries ingress messages to the broker on its own thread. {@link #offer} only appends to a bounded buffer, so
 * the UDP reader never waits for the broker. While the broker is away the buffer holds up to {@code capacity}
 * messages (plus the batch of at most 256 the thread had taken when the connection failed); beyond that offers
 * fail and the caller counts the drop. The thread reconnects with
 * {@link Backoff}; a message whose send failed with the connection is sent again after reconnecting (duplicate
 * detection makes that safe). Non-durable sends stream without waiting for the broker, so those still in the
 * socket when a connection dies are lost uncounted (at most once, like the datagrams themselves); durable sends
 * wait for the broker's journal and are never lost that way.
 */
public final class BrokerPublisher implements IngressSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerPublisher.class);
    private static final long POLL_MS = 100;
    private static final int BATCH = 256;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(3);

    private final BrokerEndpoint endpoint;
    private final boolean durable;
    private final Backoff backoff;
    private final BridgeCounters counters;
    private final BlockingQueue<IngressMessage> buffer;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Thread thread;
    // Taken from the buffer in batches (one lock round trip for many messages); unsent ones wait here across a
    // reconnect. Only the publisher thread touches it.
    private final ArrayDeque<IngressMessage> pending = new ArrayDeque<>(BATCH);

    private BrokerPublisher(BrokerEndpoint endpoint, boolean durable, int capacity, Backoff backoff,
                            BridgeCounters counters, String threadName) {
        this.endpoint = endpoint;
        this.durable = durable;
        this.backoff = backoff;
        this.counters = counters;
        this.buffer = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::run, threadName);
        this.thread.setDaemon(true);
    }

    /**
     * Starts the publishing thread; it connects in the background, so this returns at once even when the broker
     * is down.
     *
     * @param capacity how many messages wait while the broker is away
     */
    public static BrokerPublisher start(BrokerEndpoint endpoint, boolean durable, int capacity, Backoff backoff,
                                        BridgeCounters counters) {
        return start(endpoint, durable, capacity, backoff, counters, "mailslot-bridge-publisher");
    }

    static BrokerPublisher start(BrokerEndpoint endpoint, boolean durable, int capacity, Backoff backoff,
                                 BridgeCounters counters, String threadName) {
        BrokerPublisher publisher = new BrokerPublisher(endpoint, durable, capacity, backoff, counters, threadName);
        counters.connectionState(ConnectionState.CONNECTING);
        publisher.thread.start();
        return publisher;
    }

    @Override
    public boolean offer(IngressMessage message) {
        return closing.getCount() > 0 && buffer.offer(message);
    }

    /** Messages waiting for the broker. */
    public int buffered() {
        return buffer.size();
    }

    private void run() {
        int failures = 0;
        while (!isClosing()) {
            BrokerLink link;
            try {
                link = BrokerLink.open(endpoint, durable);
            } catch (Exception e) {
                failures++;
                counters.connectionState(ConnectionState.DISCONNECTED);
                Duration delay = backoff.delay(failures);
                if (failures == 1) {
                    LOG.warn("Cannot reach the broker at {}: {}; retrying with backoff, buffering up to {} messages",
                            endpoint, e.getMessage(), buffer.remainingCapacity() + buffer.size());
                } else {
                    LOG.debug("Reconnect attempt {} to {} failed: {}; next in {} ms", failures, endpoint,
                            e.getMessage(), delay.toMillis());
                }
                awaitClosing(delay);
                continue;
            }
            failures = 0;
            counters.connectionState(ConnectionState.CONNECTED);
            LOG.info("Forwarding ingress to the broker at {} ({})", endpoint, durable ? "durable" : "non-durable");
            try {
                pump(link);
            } finally {
                link.close();
            }
            if (!isClosing()) {
                counters.connectionState(ConnectionState.DISCONNECTED);
                LOG.warn("Lost the broker at {}; reconnecting, {} messages buffered", endpoint, buffer.size());
            }
        }
        drainOnClose();
    }

    private void pump(BrokerLink link) {
        while (!isClosing() && !link.isLost()) {
            if (pending.isEmpty() && !takeBatch()) {
                continue;
            }
            IngressMessage message = pending.peekFirst();
            try {
                link.send(message);
                pending.pollFirst();
                counters.forwarded();
            } catch (ActiveMQException e) {
                if (BrokerLink.isConnectionFailure(e)) {
                    // Sent again on the next link; if the broker did get it, duplicate detection drops the copy.
                    return;
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
        }
    }

    /** Waits up to {@link #POLL_MS} for a message, then takes whatever else is buffered, up to a batch. */
    private boolean takeBatch() {
        IngressMessage first;
        try {
            first = buffer.poll(POLL_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (first == null) {
            return false;
        }
        pending.add(first);
        buffer.drainTo(pending, BATCH - 1);
        return true;
    }

    private void drainOnClose() {
        int left = buffer.size() + pending.size();
        for (int i = 0; i < left; i++) {
            counters.dropped(DropReason.SHUTDOWN);
        }
        buffer.clear();
        pending.clear();
        if (left > 0) {
            LOG.warn("Closed with {} ingress messages not yet forwarded (counted as dropped: shutdown)", left);
        }
        counters.connectionState(ConnectionState.CLOSED);
    }

    private boolean isClosing() {
        return closing.getCount() == 0;
    }

    private void awaitClosing(Duration delay) {
        try {
            closing.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops taking messages, lets the thread finish its current send, counts what is left as dropped. */
    @Override
    public void close() {
        closing.countDown();
        try {
            thread.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("The publisher thread did not stop within {} s", CLOSE_WAIT.toSeconds());
        }
    }
}
