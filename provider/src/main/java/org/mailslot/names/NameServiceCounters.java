package org.mailslot.names;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What a {@link NameService} received, answered and dropped, by reason; the reasons are a small fixed set. */
public final class NameServiceCounters {

    private final LongAdder received = new LongAdder();
    private final Map<String, LongAdder> answered = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> dropped = new ConcurrentHashMap<>();

    void received() {
        received.increment();
    }

    void answered(String kind) {
        answered.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    void dropped(String reason) {
        dropped.computeIfAbsent(reason, k -> new LongAdder()).increment();
    }

    void malformed(String reason) {
        dropped("MALFORMED_" + reason);
    }

    Snapshot snapshot() {
        return new Snapshot(received.sum(), copy(answered), copy(dropped));
    }

    private static Map<String, Long> copy(Map<String, LongAdder> counters) {
        Map<String, Long> copy = new TreeMap<>();
        counters.forEach((k, v) -> copy.put(k, v.sum()));
        return Map.copyOf(copy);
    }

    /**
     * The counters at one moment.
     *
     * @param received packets read
     * @param answered answers sent, by kind (QUERY, STATUS, DEFENCE)
     * @param dropped  packets not answered, by reason (MALFORMED_ plus the codec's reason, NOT_OUR_NAME, ...)
     */
    public record Snapshot(long received, Map<String, Long> answered, Map<String, Long> dropped) {
    }
}
