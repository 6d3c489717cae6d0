package org.mailslot.net;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.InstantSource;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers of the name service, kept for the TTL they carried, and "nobody answered" for the negative TTL. Only
 * our own queries fill it. Least recently used entries go first beyond its capacity. Thread-safe.
 */
final class NameServiceCache {

    private final InstantSource clock;
    private final Map<String, Entry> entries;

    NameServiceCache(int capacity, InstantSource clock) {
        this.clock = clock;
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Null when nothing (live) is cached; an empty optional for a cached "nobody answered". */
    synchronized Optional<InetSocketAddress> get(String key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (!clock.instant().isBefore(entry.expires)) {
            entries.remove(key);
            return null;
        }
        return Optional.ofNullable(entry.address);
    }

    /** True while a live positive answer for {@code key} is cached: learning must not override it. */
    synchronized boolean confirmed(String key) {
        Entry entry = entries.get(key);
        return entry != null && entry.address != null && clock.instant().isBefore(entry.expires);
    }

    synchronized void put(String key, InetSocketAddress address, long ttlSeconds) {
        if (ttlSeconds > 0) {
            entries.put(key, new Entry(address, clock.instant().plusSeconds(ttlSeconds)));
        }
    }

    synchronized void remove(String key) {
        entries.remove(key);
    }

    private record Entry(InetSocketAddress address, Instant expires) {
    }
}
