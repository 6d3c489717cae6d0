package org.mailslot.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * Computer names learned from the UDP source of datagrams, bounded three ways so that forged names cannot take
 * over: entries age out after {@code maxAge} without a confirming datagram; one UDP source address teaches at most
 * {@code perSource} names; and a full table refuses new names rather than evicting live ones. Thread-safe.
 */
final class LearnedNames {

    private final int capacity;
    private final int perSource;
    private final Duration maxAge;
    private final InstantSource clock;
    // Oldest confirmation first: an update moves the entry to the end, so expiry scans from the head.
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>();
    private final Map<InetAddress, Integer> namesPerSource = new HashMap<>();
    private final LongAdder refusedFull = new LongAdder();
    private final LongAdder refusedPerSource = new LongAdder();

    LearnedNames(int capacity, int perSource, Duration maxAge, InstantSource clock) {
        this.capacity = capacity;
        this.perSource = perSource;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** Learns or refreshes {@code key}; false when refused (table full of live entries, or source over its share). */
    synchronized boolean learn(String key, InetSocketAddress source) {
        Instant now = clock.instant();
        expire(now);
        Entry old = entries.remove(key);
        if (old != null) {
            forget(old.address.getAddress());
        } else if (entries.size() >= capacity) {
            refusedFull.increment();
            return false;
        }
        int taught = namesPerSource.getOrDefault(source.getAddress(), 0);
        if (taught >= perSource) {
            refusedPerSource.increment();
            if (old != null) {
                // Keep what we had: the source is over its share, the old entry is still valid.
                entries.put(key, old);
                namesPerSource.merge(old.address.getAddress(), 1, Integer::sum);
            }
            return false;
        }
        entries.put(key, new Entry(source, now));
        namesPerSource.merge(source.getAddress(), 1, Integer::sum);
        return true;
    }

    synchronized Optional<InetSocketAddress> get(String key) {
        expire(clock.instant());
        Entry entry = entries.get(key);
        return entry == null ? Optional.empty() : Optional.of(entry.address);
    }

    synchronized void remove(String key) {
        Entry old = entries.remove(key);
        if (old != null) {
            forget(old.address.getAddress());
        }
    }

    long refusedFull() {
        return refusedFull.sum();
    }

    long refusedPerSource() {
        return refusedPerSource.sum();
    }

    private void expire(Instant now) {
        Instant oldest = now.minus(maxAge);
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
            Entry entry = it.next();
            if (!entry.confirmed.isBefore(oldest)) {
                return;
            }
            it.remove();
            forget(entry.address.getAddress());
        }
    }

    private void forget(InetAddress source) {
        namesPerSource.computeIfPresent(source, (k, n) -> n <= 1 ? null : n - 1);
    }

    private record Entry(InetSocketAddress address, Instant confirmed) {
    }
}
