package org.mailslot.raitests.app;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** What the beans saw, by bean, as text lines the tests read over HTTP; and counters for throughput runs. */
public final class Journal {

    private static final Map<String, List<String>> LINES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> COUNTS = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> FIRST = new ConcurrentHashMap<>();
    private static final Map<String, AtomicLong> LAST = new ConcurrentHashMap<>();

    private Journal() {
    }

    static void record(String key, String line) {
        LINES.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(line);
    }

    static List<String> lines(String key) {
        return LINES.getOrDefault(key, List.of());
    }

    /** Counts one arrival for a throughput run, keeping the first and last arrival times. */
    static void count(String key) {
        long now = System.nanoTime();
        FIRST.computeIfAbsent(key, k -> new AtomicLong(now));
        LAST.computeIfAbsent(key, k -> new AtomicLong()).set(now);
        COUNTS.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }

    /** Starts a new throughput run for {@code key}. */
    static void reset(String key) {
        COUNTS.remove(key);
        FIRST.remove(key);
        LAST.remove(key);
    }

    static String counter(String key) {
        long count = COUNTS.getOrDefault(key, new AtomicLong()).get();
        long first = FIRST.getOrDefault(key, new AtomicLong()).get();
        long last = LAST.getOrDefault(key, new AtomicLong()).get();
        return count + " " + (last - first);
    }
}
