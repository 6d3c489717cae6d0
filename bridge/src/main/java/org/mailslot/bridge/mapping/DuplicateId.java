package org.mailslot.bridge.mapping;

import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;

/**
 * The broker's duplicate-detection id ({@code _AMQ_DUPL_ID}) of each forwarded datagram. Copies of one write heard
 * by two bridges attached to the same broker must meet one id there, while a later repeat of the same bytes must
 * not: the broker's id cache has no time limit, so an id made of the datagram alone would lose every repeat of a
 * reused DGM_ID for ever. The id is therefore the datagram's identity (UDP source, DGM_ID, slot, length, CRC-32C of
 * the data) plus the number of the duplicate window it arrived in (arrival time divided by the window): two
 * bridges hearing one broadcast within the same window compute the same id, a repeat one window or more later
 * gets another one. A copy that straddles a window boundary is forwarded twice, never lost. With the window off
 * every datagram gets an id of its own (a run id and a sequence number), which only protects a resend after a lost
 * connection. Thread-safe.
 */
public final class DuplicateId {

    private final long windowMillis;
    private final String run;
    private final AtomicLong sequence = new AtomicLong();

    /** @param window the ingress duplicate window; zero = every datagram is distinct */
    public DuplicateId(Duration window) {
        this.windowMillis = window.toMillis();
        this.run = Long.toHexString(new SecureRandom().nextLong()) + '-';
    }

    /** The id of a datagram that arrived from {@code source} at {@code nowMillis} (epoch milliseconds). */
    public String of(InetSocketAddress source, int datagramId, SlotPath slot, byte[] data, long nowMillis) {
        if (windowMillis <= 0) {
            return run + Long.toHexString(sequence.incrementAndGet());
        }
        CRC32C crc = new CRC32C();
        crc.update(data);
        return source.getAddress().getHostAddress() + ':' + source.getPort()
                + '/' + datagramId
                + '/' + slot.lowerCase()
                + '/' + data.length
                + '/' + Long.toHexString(crc.getValue())
                + '@' + Long.toHexString(Math.floorDiv(nowMillis, windowMillis));
    }
}
