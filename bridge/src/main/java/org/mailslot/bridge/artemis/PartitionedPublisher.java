package org.mailslot.bridge.artemis;

import java.util.Objects;
import org.mailslot.bridge.ingress.IngressSink;
import org.mailslot.bridge.mapping.IngressMessage;
import org.mailslot.bridge.mapping.MailslotProperties;
import org.mailslot.bridge.metrics.BridgeCounters;

/**
 * Several {@link BrokerPublisher}s, each with its own connection, session and thread, so the broker routes their
 * messages in parallel (one Artemis session is processed by one thread at a time). A message goes to the
 * publisher chosen by its (source address, broker address) pair: one sender's datagrams to one slot always take
 * the same publisher and stay in order; only datagrams of different senders or slots can overtake each other.
 * The publishers share one buffer capacity: one busy sender may use all of it, as with a single publisher.
 */
public final class PartitionedPublisher implements IngressSink, AutoCloseable {

    private final BrokerPublisher[] publishers;

    private PartitionedPublisher(BrokerPublisher[] publishers) {
        this.publishers = publishers;
    }

    /**
     * @param capacity   messages held while the broker is away, in total
     * @param partitions how many publishers (at least 1)
     */
    public static PartitionedPublisher start(BrokerEndpoint endpoint, boolean durable, int capacity,
                                             Backoff backoff, BridgeCounters counters, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1: " + partitions);
        }
        SharedCapacity shared = new SharedCapacity(capacity);
        BrokerPublisher[] publishers = new BrokerPublisher[partitions];
        for (int i = 0; i < partitions; i++) {
            String name = partitions == 1 ? "mailslot-bridge-publisher" : "mailslot-bridge-publisher-" + i;
            publishers[i] = BrokerPublisher.start(endpoint, durable, shared, backoff, counters, name);
        }
        return new PartitionedPublisher(publishers);
    }

    @Override
    public boolean offer(IngressMessage message) {
        // The publishers share one SharedCapacity, so the total is what is bounded.
        return publishers[partitionOf(message, publishers.length)].offer(message);
    }

    /** Which of {@code partitions} publishers carries the message: the same for one (source, slot) pair. */
    static int partitionOf(IngressMessage message, int partitions) {
        int hash = Objects.hash(message.properties().get(MailslotProperties.SOURCE_ADDRESS), message.address());
        // Mix the bits: String hashes of names differing in their last characters differ only in the low bits.
        hash *= 0x9E3779B9;
        hash ^= hash >>> 15;
        return Math.floorMod(hash, partitions);
    }

    /** Messages waiting for the broker, over all publishers. */
    public int buffered() {
        int total = 0;
        for (BrokerPublisher publisher : publishers) {
            total += publisher.buffered();
        }
        return total;
    }

    /** Closes every publisher; what each has not forwarded is counted as dropped (shutdown). */
    @Override
    public void close() {
        // All stop at once, so the bridge's stop takes one publisher's close time, not the sum.
        for (BrokerPublisher publisher : publishers) {
            publisher.stopAccepting();
        }
        for (BrokerPublisher publisher : publishers) {
            publisher.close();
        }
    }
}
