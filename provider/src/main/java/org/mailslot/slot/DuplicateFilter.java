package org.mailslot.slot;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Recognises copies of a datagram seen within a short window: Windows sends one copy per transport, a receiver
 * with several sockets sees each broadcast once per socket, and our own group writes come back to us. A copy has the
 * same source name, DGM_ID, slot and payload (compared through its length and CRC-32C, so no payload is
 * retained; two different payloads would also need the same source, DGM_ID and slot to be confused).
 *
 * <p>Bounded: at most {@code capacity} entries; beyond that the oldest are forgotten early. Thread-safe.
 */
final class DuplicateFilter {

    private record Key(String source, int datagramId, String slotKey, int length, long payloadHash) {
    }

    private final Duration window;
    private final InstantSource clock;
    private final int capacity;
    private final LinkedHashMap<Key, Long> seenAtMillis = new LinkedHashMap<>();

    DuplicateFilter(Duration window, InstantSource clock, int capacity) {
        this.window = window;
        this.clock = clock;
        this.capacity = capacity;
    }

    /**
     * Records a sighting.
     *
     * @return true the first time within the window, false for a copy
     */
    boolean firstSighting(String sourceName, int datagramId, String slotKey, byte[] payload) {
        if (window.isZero()) {
            return true;
        }
        Key key = new Key(sourceName, datagramId, slotKey, payload.length, hash(payload));
        long now = clock.millis();
        synchronized (seenAtMillis) {
            forgetExpired(now);
            Long seen = seenAtMillis.get(key);
            if (seen != null) {
                return false;
            }
            seenAtMillis.put(key, now);
            if (seenAtMillis.size() > capacity) {
                Iterator<Long> eldest = seenAtMillis.values().iterator();
                eldest.next();
                eldest.remove();
            }
            return true;
        }
    }

    int size() {
        synchronized (seenAtMillis) {
            return seenAtMillis.size();
        }
    }

    // Entries are in insertion order, which is time order for a clock that does not go back.
    private void forgetExpired(long now) {
        long oldestKept = now - window.toMillis();
        Iterator<Map.Entry<Key, Long>> entries = seenAtMillis.entrySet().iterator();
        while (entries.hasNext()) {
            long seen = entries.next().getValue();
            if (seen > oldestKept && seen <= now) {
                return;
            }
            entries.remove();
        }
    }

    private static long hash(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return crc.getValue();
    }
}
