package org.mailslot.slot;

import java.time.Duration;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * Recognises copies of a datagram seen within a short window: Windows sends one copy per transport, a receiver
 * with several sockets sees each broadcast once per socket, and our own group writes come back to us. A copy has the
 * same source name, DGM_ID, transaction name and payload; these are folded into a 64-bit fingerprint (the payload
 * through its CRC-32C), so no payload is retained and a lookup touches a few array slots.
 *
 * <p>Bounded: two generations of at most {@code capacity} fingerprints each; when the current generation is full or
 * older than the window, the previous one is forgotten. So at least the last {@code capacity} datagrams are always
 * remembered for the whole window. Thread-safe.
 */
final class DuplicateFilter {

    private final long windowMillis;
    private final InstantSource clock;
    private final int capacity;
    private Generation current;
    private Generation previous;

    DuplicateFilter(Duration window, InstantSource clock, int capacity) {
        this.windowMillis = window.toMillis();
        this.clock = clock;
        this.capacity = capacity;
        this.current = new Generation(capacity);
        this.previous = new Generation(capacity);
    }

    /**
     * Records a sighting.
     *
     * @return true the first time within the window, false for a copy
     */
    boolean firstSighting(String sourceName, int datagramId, String mailslotName, byte[] payload) {
        if (windowMillis == 0) {
            return true;
        }
        long fingerprint = fingerprint(sourceName, datagramId, mailslotName, payload);
        long now = clock.millis();
        long oldestKept = now - windowMillis;
        synchronized (this) {
            if (current.size >= capacity || current.startedAt <= oldestKept) {
                Generation emptied = previous.clear(now);
                previous = current;
                current = emptied;
            }
            if (current.seenSince(fingerprint, oldestKept) || previous.seenSince(fingerprint, oldestKept)) {
                return false;
            }
            current.add(fingerprint, now);
            return true;
        }
    }

    /** How many fingerprints are held (expired ones included until their generation is dropped). */
    synchronized int size() {
        return current.size + previous.size;
    }

    static long fingerprint(String sourceName, int datagramId, String mailslotName, byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        // Mix each part before the next joins: folding the DGM_ID straight into the (linear) CRC bits made numbered
        // payloads with counting DGM_IDs collide about once per 7,000 datagrams.
        long h = mix(crc.getValue() | ((long) payload.length << 32));
        h = mix(h ^ (((long) datagramId << 32) | (sourceName.hashCode() & 0xFFFF_FFFFL)));
        h = mix(h ^ mailslotName.hashCode());
        // 0 marks a free slot in the table.
        return h == 0 ? 1 : h;
    }

    // The 64-bit finaliser of MurmurHash3: spreads every input bit over the whole word.
    private static long mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    /** An open-addressing set of fingerprints with the time each was added; only ever added to, then cleared. */
    private static final class Generation {
        private final long[] fingerprints;
        private final long[] seenAt;
        private final int mask;
        int size;
        long startedAt = Long.MIN_VALUE;

        Generation(int capacity) {
            int length = Integer.highestOneBit(Math.max(2, capacity) * 2 - 1) << 1;
            fingerprints = new long[length];
            seenAt = new long[length];
            mask = length - 1;
        }

        boolean seenSince(long fingerprint, long oldestKept) {
            for (int i = (int) fingerprint & mask; fingerprints[i] != 0; i = (i + 1) & mask) {
                if (fingerprints[i] == fingerprint && seenAt[i] > oldestKept) {
                    return true;
                }
            }
            return false;
        }

        void add(long fingerprint, long now) {
            int i = (int) fingerprint & mask;
            while (fingerprints[i] != 0 && fingerprints[i] != fingerprint) {
                i = (i + 1) & mask;
            }
            if (fingerprints[i] == 0) {
                size++;
            }
            fingerprints[i] = fingerprint;
            seenAt[i] = now;
        }

        Generation clear(long now) {
            Arrays.fill(fingerprints, 0);
            size = 0;
            startedAt = now;
            return this;
        }
    }
}
