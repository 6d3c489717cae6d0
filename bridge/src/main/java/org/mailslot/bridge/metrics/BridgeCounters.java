package org.mailslot.bridge.metrics;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * The bridge's counters. Thread-safe and cheap on the hot path (one {@link LongAdder} increment per event), so
 * the UDP reader can count without contention.
 *
 * <p>They add up: every datagram received is, at any moment, forwarded, dropped with a reason, or buffered
 * ({@code received == forwarded + droppedTotal + buffered}, up to the few in the reader's hands at the instant of
 * the snapshot). Datagrams the kernel dropped because the socket's receive buffer was full count as received and
 * as dropped ({@link DropReason#KERNEL_BUFFER}): they reached the bridge's port, not the bridge.
 */
public final class BridgeCounters {

    private final LongAdder received = new LongAdder();
    private final LongAdder forwarded = new LongAdder();
    private final LongAdder sent = new LongAdder();
    private final LongAdder sendFailures = new LongAdder();
    private final LongAdder egressRejected = new LongAdder();
    private final Map<DropReason, LongAdder> dropped = new EnumMap<>(DropReason.class);
    // Ingress is reported as connecting until its publishers start; a bridge without an egress consumer reports
    // its egress side closed.
    private final BrokerLinks ingressLinks = new BrokerLinks(ConnectionState.CONNECTING);
    private final BrokerLinks egressLinks = new BrokerLinks(ConnectionState.CLOSED);
    private volatile LongSupplier buffered = () -> 0;
    private volatile LongSupplier kernelDrops = () -> 0;
    private volatile LongSupplier duplicateWindowOverflow = () -> 0;

    public BridgeCounters() {
        for (DropReason reason : DropReason.values()) {
            dropped.put(reason, new LongAdder());
        }
    }

    public void received() {
        received.increment();
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

    /** The ingress publishers' connections to the broker; each publisher {@linkplain BrokerLinks#add() adds} one. */
    public BrokerLinks ingressLinks() {
        return ingressLinks;
    }

    /** The egress consumer's connection to the broker. */
    public BrokerLinks egressLinks() {
        return egressLinks;
    }

    /** Where the number of messages waiting for the broker is read from. */
    public void bufferedGauge(LongSupplier gauge) {
        buffered = gauge;
    }

    /** Where the kernel's count of datagrams dropped before the bridge read them is read from. */
    public void kernelDropGauge(LongSupplier gauge) {
        kernelDrops = gauge;
    }

    /**
     * Where the number of duplicate-window sightings forgotten before their window ended is read from (a full
     * window: copies of those datagrams would no longer be recognised, and are forwarded).
     */
    public void duplicateWindowOverflowGauge(LongSupplier gauge) {
        duplicateWindowOverflow = gauge;
    }

    /** A consistent-enough copy for reporting; each counter is read once. */
    public Snapshot snapshot() {
        // Read in the order a datagram moves (drops and forwards before what remains buffered, received last), so a
        // datagram moving on during the snapshot is seen at most once.
        long bufferedNow = buffered.getAsLong();
        Map<DropReason, Long> drops = new EnumMap<>(DropReason.class);
        dropped.forEach((reason, adder) -> drops.put(reason, adder.sum()));
        long kernel = kernelDrops.getAsLong();
        drops.put(DropReason.KERNEL_BUFFER, kernel);
        long forwardedNow = forwarded.sum();
        return new Snapshot(received.sum() + kernel, forwardedNow, Map.copyOf(drops), bufferedNow, sent.sum(),
                sendFailures.sum(), egressRejected.sum(), ingressLinks.state(), duplicateWindowOverflow.getAsLong(),
                ingressLinks.reconnects(), egressLinks.state(), egressLinks.reconnects());
    }

    /**
     * The counters at one moment.
     *
     * @param buffered                messages received and waiting for the broker (neither forwarded nor dropped
     *                                yet)
     * @param connectionState         the ingress side's connection to the broker
     * @param duplicateWindowOverflow duplicate-window sightings forgotten before their window ended (not a drop:
     *                                nothing was lost, but a later copy of those datagrams passes)
     * @param reconnects              times ingress became connected again after losing the broker
     * @param egressConnectionState   the egress consumer's connection to the broker ({@code CLOSED} without one)
     * @param egressReconnects        times egress became connected again after losing the broker
     */
    public record Snapshot(long received, long forwarded, Map<DropReason, Long> dropped, long buffered, long sent,
                           long sendFailures, long egressRejected, ConnectionState connectionState,
                           long duplicateWindowOverflow, long reconnects, ConnectionState egressConnectionState,
                           long egressReconnects) {

        public long droppedTotal() {
            return dropped.values().stream().mapToLong(Long::longValue).sum();
        }

        public long dropped(DropReason reason) {
            return dropped.getOrDefault(reason, 0L);
        }
    }
}
