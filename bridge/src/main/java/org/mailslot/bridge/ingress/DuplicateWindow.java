package org.mailslot.bridge.ingress;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;
import java.util.zip.CRC32C;
import org.mailslot.bridge.mapping.SlotPath;

/**
 * Recognises copies of a datagram within a time window: Windows sends a write once per transport, a broadcast is
 * heard once per socket, and some senders reuse a fixed DGM_ID. A copy has the same UDP source address (not the
 * header's SOURCE_IP, which the sender writes), DGM_ID, slot and data (its length and CRC-32C).
 *
 * <p>The window runs from the first sighting and is not extended by copies, so a sender repeating one datagram
 * every 100 ms gets one through per window rather than none ever.
 *
 * <p>Memory is bounded twice. One UDP source address holds at most {@code perSourceCapacity} sightings: beyond
 * that its own oldest is forgotten, so a flood of distinct DGM_IDs from one address pushes out only its own
 * sightings, never another sender's. All sources together hold at most {@code capacity}: beyond that the oldest
 * sighting of all is forgotten (it takes that many sources flooding at once). Each sighting forgotten before its
 * window ended is counted ({@link #forgottenEarly()}): a copy of it arriving later is no longer recognised here,
 * so it is forwarded, never lost. The clock is injected (nanoseconds, like {@link System#nanoTime()}). Used by the
 * UDP reader thread only: not thread-safe, except {@link #forgottenEarly()}, which any thread may read.
 */
public final class DuplicateWindow {

    private final long windowNanos;
    private final LongSupplier nanoClock;
    private final int capacity;
    private final int perSourceCapacity;
    // Insertion order is first-sighting order, so the eldest entry is always the first to expire.
    private final LinkedHashMap<Sighting, Long> seenAt = new LinkedHashMap<>(256);
    // Each source's sightings, oldest first: the same order as seenAt, so a source's first is its oldest there too.
    private final Map<InetAddress, ArrayDeque<Sighting>> bySource = new HashMap<>();
    private final LongAdder forgottenEarly = new LongAdder();

    /** What makes two datagrams copies of one write. */
    // The slot as the hash of its case-folded path: a sighting must not keep a stranger's slot name alive.
    private record Sighting(InetAddress source, int datagramId, int slotHash, int length, int crc) {
    }

    /**
     * @param window            how long copies are recognised; {@link Duration#ZERO} turns recognition off
     * @param capacity          sightings kept at most, all sources together
     * @param perSourceCapacity sightings kept at most for one UDP source address
     */
    public DuplicateWindow(Duration window, LongSupplier nanoClock, int capacity, int perSourceCapacity) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("the duplicate window cannot be negative: " + window);
        }
        if (capacity < 1 || perSourceCapacity < 1 || perSourceCapacity > capacity) {
            throw new IllegalArgumentException("capacities must be 1 <= perSourceCapacity <= capacity, were "
                    + perSourceCapacity + " and " + capacity);
        }
        this.windowNanos = window.toNanos();
        this.nanoClock = nanoClock;
        this.capacity = capacity;
        this.perSourceCapacity = perSourceCapacity;
    }

    /**
     * Records a datagram.
     *
     * @return true for the first sighting within the window (forward it), false for a copy (drop it)
     */
    public boolean firstSighting(InetAddress source, int datagramId, SlotPath slot, byte[] data) {
        if (windowNanos == 0) {
            return true;
        }
        CRC32C crc = new CRC32C();
        crc.update(data);
        Sighting sighting = new Sighting(source, datagramId, slot.lowerCase().hashCode(), data.length,
                (int) crc.getValue());
        long now = nanoClock.getAsLong();
        forgetExpired(now);
        if (seenAt.containsKey(sighting)) {
            return false;
        }
        ArrayDeque<Sighting> own = bySource.get(source);
        if (own != null && own.size() >= perSourceCapacity) {
            seenAt.remove(own.pollFirst());
            forgottenEarly.increment();
        } else if (seenAt.size() >= capacity) {
            Iterator<Sighting> eldest = seenAt.keySet().iterator();
            forgetOldestOf(eldest.next().source());
            eldest.remove();
            forgottenEarly.increment();
        }
        seenAt.put(sighting, now);
        bySource.computeIfAbsent(source, s -> new ArrayDeque<>()).addLast(sighting);
        return true;
    }

    /** Sightings held. */
    public int size() {
        return seenAt.size();
    }

    /** Sightings forgotten before their window ended, because a source or the whole window was full. */
    public long forgottenEarly() {
        return forgottenEarly.sum();
    }

    private void forgetExpired(long now) {
        Iterator<Map.Entry<Sighting, Long>> oldestFirst = seenAt.entrySet().iterator();
        while (oldestFirst.hasNext()) {
            Map.Entry<Sighting, Long> oldest = oldestFirst.next();
            if (now - oldest.getValue() < windowNanos) {
                return;
            }
            forgetOldestOf(oldest.getKey().source());
            oldestFirst.remove();
        }
    }

    // The map of sources stays as small as the window: a source whose last sighting goes is dropped from it.
    private void forgetOldestOf(InetAddress source) {
        ArrayDeque<Sighting> own = bySource.get(source);
        own.pollFirst();
        if (own.isEmpty()) {
            bySource.remove(source);
        }
    }
}
