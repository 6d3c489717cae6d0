package org.mailslot.bridge.ingress;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.zip.CRC32C;
import org.mailslot.bridge.mapping.SlotPath;

/**
 * Recognises copies of a datagram within a time window: Windows sends a write once per transport, a broadcast is
 * heard once per socket, and some senders reuse a fixed DGM_ID. A copy has the same UDP source address (not the
 * header's SOURCE_IP, which the sender writes), DGM_ID, slot and data (its length and CRC-32C).
 *
 * <p>The window runs from the first sighting and is not extended by copies, so a sender repeating one datagram
 * every 100 ms gets one through per window rather than none ever. Memory is bounded: at most {@code capacity}
 * sightings are kept; when more arrive within one window the oldest is forgotten early, so a copy of it could pass
 * (it is then forwarded and counted as such, never lost). The clock is injected (nanoseconds, like
 * {@link System#nanoTime()}). Used by the UDP reader thread only: not thread-safe.
 */
public final class DuplicateWindow {

    private final long windowNanos;
    private final LongSupplier nanoClock;
    private final int capacity;
    // Insertion order is first-sighting order, so the eldest entry is always the first to expire.
    private final LinkedHashMap<Sighting, Long> seenAt = new LinkedHashMap<>(256);

    /** What makes two datagrams copies of one write. */
    // The slot as the hash of its case-folded path: a sighting must not keep a stranger's slot name alive.
    private record Sighting(InetAddress source, int datagramId, int slotHash, int length, int crc) {
    }

    /**
     * @param window   how long copies are recognised; {@link Duration#ZERO} turns recognition off
     * @param capacity sightings kept at most
     */
    public DuplicateWindow(Duration window, LongSupplier nanoClock, int capacity) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("the duplicate window cannot be negative: " + window);
        }
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.windowNanos = window.toNanos();
        this.nanoClock = nanoClock;
        this.capacity = capacity;
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
        if (seenAt.size() >= capacity) {
            Iterator<Map.Entry<Sighting, Long>> eldest = seenAt.entrySet().iterator();
            eldest.next();
            eldest.remove();
        }
        seenAt.put(sighting, now);
        return true;
    }

    /** Sightings held. */
    public int size() {
        return seenAt.size();
    }

    private void forgetExpired(long now) {
        Iterator<Map.Entry<Sighting, Long>> oldestFirst = seenAt.entrySet().iterator();
        while (oldestFirst.hasNext() && now - oldestFirst.next().getValue() >= windowNanos) {
            oldestFirst.remove();
        }
    }
}
