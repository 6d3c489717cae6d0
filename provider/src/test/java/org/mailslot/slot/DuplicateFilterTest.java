package org.mailslot.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailslot.testing.RandomInputs.forAll;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DuplicateFilterTest {

    private static final int DEFAULT_CAPACITY = HostSettings.DEFAULT_DUPLICATE_CAPACITY;

    private final AtomicLong nowMillis = new AtomicLong(1_000_000);
    private final InstantSource clock = () -> Instant.ofEpochMilli(nowMillis.get());
    private final DuplicateFilter filter = new DuplicateFilter(Duration.ofSeconds(2), clock, 100);

    @Test
    void aCopyWithinTheWindowIsADuplicate() {
        assertThat(filter.firstSighting("HOSTA", 7, "test", new byte[] {1, 2})).isTrue();
        nowMillis.addAndGet(1_999);
        assertThat(filter.firstSighting("HOSTA", 7, "test", new byte[] {1, 2})).isFalse();
    }

    @Test
    void theSameDatagramAfterTheWindowIsNew() {
        assertThat(filter.firstSighting("HOSTA", 7, "test", new byte[] {1})).isTrue();
        nowMillis.addAndGet(2_000);
        assertThat(filter.firstSighting("HOSTA", 7, "test", new byte[] {1})).isTrue();
        assertThat(filter.firstSighting("HOSTA", 7, "test", new byte[] {1})).isFalse();
    }

    @Test
    void anyDifferentFieldMakesADifferentDatagram() {
        assertThat(filter.firstSighting("HOSTA", 7, "test", new byte[] {1})).isTrue();
        assertThat(filter.firstSighting("HOSTB", 7, "test", new byte[] {1})).isTrue();
        assertThat(filter.firstSighting("HOSTA", 8, "test", new byte[] {1})).isTrue();
        assertThat(filter.firstSighting("HOSTA", 7, "other", new byte[] {1})).isTrue();
        assertThat(filter.firstSighting("HOSTA", 7, "test", new byte[] {2})).isTrue();
        assertThat(filter.firstSighting("HOSTA", 7, "test", new byte[] {1, 0})).isTrue();
    }

    @Test
    void memoryIsBoundedByTheCapacity() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(filter.firstSighting("HOSTA", i, "test", new byte[0])).isTrue();
        }
        assertThat(filter.size()).isLessThanOrEqualTo(2 * 100);
        for (int i = 900; i < 1_000; i++) {
            assertThat(filter.firstSighting("HOSTA", i, "test", new byte[0])).as("the last 100 are remembered").isFalse();
        }
        assertThat(filter.firstSighting("HOSTA", 0, "test", new byte[0])).as("forgotten early").isTrue();
    }

    @Test
    void aZeroWindowTurnsSuppressionOff() {
        DuplicateFilter off = new DuplicateFilter(Duration.ZERO, clock, 100);
        assertThat(off.firstSighting("HOSTA", 1, "x", new byte[0])).isTrue();
        assertThat(off.firstSighting("HOSTA", 1, "x", new byte[0])).isTrue();
    }

    @Test
    void aLongStreamOfNumberedMessagesHasNoFalseCopies() {
        // Payloads that differ only in a sequence number, with DGM_IDs that count along and wrap: CRC-32C is linear,
        // so a fingerprint that folds the DGM_ID into the CRC bits confuses such datagrams.
        DuplicateFilter filter = new DuplicateFilter(Duration.ofSeconds(2), clock, DEFAULT_CAPACITY);
        ByteBuffer payload = ByteBuffer.allocate(424);
        int copies = 0;
        int firstId = 0x5A3C;
        for (long seq = 0; seq < 1_500_000; seq++) {
            payload.putLong(0, seq);
            if (!filter.firstSighting("BENCHB", (int) ((firstId + seq) & 0xFFFF), "\\MAILSLOT\\paced424",
                    payload.array())) {
                copies++;
            }
        }
        assertThat(copies).isZero();
    }

    @Test
    void distinctDatagramsAreNeverTakenForCopiesAndEveryReplayIs() {
        // Up to 100 distinct datagram ids: each is new once, and its replay is caught.
        forAll(200, random -> Set.copyOf(random.list(0, 100, () -> random.between(0, 65535))), ids -> {
            DuplicateFilter fresh = new DuplicateFilter(Duration.ofSeconds(2), clock, 100);
            for (int id : ids) {
                assertThat(fresh.firstSighting("HOSTA", id, "\\MAILSLOT\\X", new byte[] {(byte) id})).isTrue();
            }
            for (int id : ids) {
                assertThat(fresh.firstSighting("HOSTA", id, "\\MAILSLOT\\X", new byte[] {(byte) id})).isFalse();
            }
        });
    }
}
