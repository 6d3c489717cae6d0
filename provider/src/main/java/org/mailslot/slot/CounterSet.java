package org.mailslot.slot;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.mailslot.wire.WireFormatException;

/** The live counters of one host; cheap to bump from many threads, read as a {@link HostCounters} snapshot. */
final class CounterSet {

    final LongAdder received = new LongAdder();
    final LongAdder remoteDelivered = new LongAdder();
    final LongAdder localWrites = new LongAdder();
    final LongAdder sent = new LongAdder();
    final LongAdder sendFailures = new LongAdder();
    private final Map<DropReason, LongAdder> drops = new EnumMap<>(DropReason.class);
    private final Map<WireFormatException.Reason, LongAdder> malformed =
            new EnumMap<>(WireFormatException.Reason.class);

    CounterSet() {
        for (DropReason reason : DropReason.values()) {
            drops.put(reason, new LongAdder());
        }
        for (WireFormatException.Reason reason : WireFormatException.Reason.values()) {
            malformed.put(reason, new LongAdder());
        }
    }

    void drop(DropReason reason) {
        drops.get(reason).increment();
    }

    void drop(DropReason reason, long count) {
        drops.get(reason).add(count);
    }

    void malformed(WireFormatException.Reason reason) {
        drops.get(DropReason.MALFORMED).increment();
        malformed.get(reason).increment();
    }

    HostCounters snapshot() {
        Map<DropReason, Long> dropCounts = new EnumMap<>(DropReason.class);
        drops.forEach((reason, count) -> dropCounts.put(reason, count.sum()));
        Map<WireFormatException.Reason, Long> malformedCounts = new EnumMap<>(WireFormatException.Reason.class);
        malformed.forEach((reason, count) -> {
            long sum = count.sum();
            if (sum > 0) {
                malformedCounts.put(reason, sum);
            }
        });
        return new HostCounters(received.sum(), remoteDelivered.sum(), localWrites.sum(), sent.sum(),
                sendFailures.sum(), dropCounts, malformedCounts);
    }
}
