package org.mailslot.bridge.metrics;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The bridge's counters. Thread-safe and cheap on the hot path (one {@link LongAdder} increment per event), so
 * the UDP reader can count without contention.
 */
public final class BridgeCounters {

    private final LongAdder received = new LongAdder();
    private final LongAdder forwarded = new LongAdder();
    private final LongAdder sent = new LongAdder();
    private final LongAdder sendFailures = new LongAdder();
    private final LongAdder egressRejected = new LongAdder();
    private final Map<DropReason, LongAdder> dropped = new EnumMap<>(DropReason.class);
    private volatile ConnectionState connectionState = ConnectionState.CONNECTING;

    public BridgeCounters() {
        for (DropReason reason : DropReason.values()) {
            dropped.put(reason, new LongAdder());
        }
    }

    public void received() {
        received.increment();
    }

    public void forwarded() {
        forwarded.increment();
    }

    /** Several messages forwarded; a publisher counts a whole batch at once. */
    public void forwarded(long messages) {
        if (messages > 0) {
            forwarded.add(messages);
        }
    }

    public void dropped(DropReason reason) {
        dropped.get(reason).increment();
    }

    public void sent() {
        sent.increment();
    }

    public void sendFailed() {
        sendFailures.increment();
    }

    public void egressRejected() {
        egressRejected.increment();
    }

    public void connectionState(ConnectionState state) {
        connectionState = state;
    }

    /** A consistent-enough copy for reporting; each counter is read once. */
    public Snapshot snapshot() {
        Map<DropReason, Long> drops = new EnumMap<>(DropReason.class);
        dropped.forEach((reason, adder) -> drops.put(reason, adder.sum()));
        return new Snapshot(received.sum(), forwarded.sum(), Map.copyOf(drops), sent.sum(), sendFailures.sum(),
                egressRejected.sum(), connectionState);
    }

    /** The counters at one moment. */
    public record Snapshot(long received, long forwarded, Map<DropReason, Long> dropped, long sent,
                           long sendFailures, long egressRejected, ConnectionState connectionState) {

        public long droppedTotal() {
            return dropped.values().stream().mapToLong(Long::longValue).sum();
        }

        public long dropped(DropReason reason) {
            return dropped.getOrDefault(reason, 0L);
        }
    }
}
