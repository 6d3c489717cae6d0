package org.mailslot.bridge.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mailslot.bridge.mapping.SlotPath;

class DuplicateWindowTest {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final SlotPath SLOT = new SlotPath("NET\\NETLOGON");
    private static final byte[] DATA = "query".getBytes(StandardCharsets.US_ASCII);

    private final AtomicLong nanos = new AtomicLong(5_000 * MS);
    private final DuplicateWindow window = new DuplicateWindow(Duration.ofSeconds(2), nanos::get, 1_000, 100);

    @Test
    void aCopyWithinTheWindowIsRecognisedWhateverTheSlotCase() throws Exception {
        assertThat(window.firstSighting(address(5), 7, SLOT, DATA)).isTrue();
        nanos.addAndGet(1_999 * MS);
        assertThat(window.firstSighting(address(5), 7, new SlotPath("net\\netlogon"), DATA.clone())).isFalse();
    }

    @Test
    void theWindowRunsFromTheFirstSightingSoARepeatingSenderGetsOneThroughPerWindow() throws Exception {
        int delivered = 0;
        for (int tick = 0; tick < 50; tick++) { // every 100 ms for 5 s
            if (window.firstSighting(address(5), 7, SLOT, DATA)) {
                delivered++;
            }
            nanos.addAndGet(100 * MS);
        }
        assertThat(delivered).isEqualTo(3); // at 0 s, 2 s and 4 s
    }

    @Test
    void anotherSourceAddressIdSlotOrDataIsNotACopy() throws Exception {
        assertThat(window.firstSighting(address(5), 7, SLOT, DATA)).isTrue();
        assertThat(window.firstSighting(address(6), 7, SLOT, DATA)).isTrue();
        assertThat(window.firstSighting(address(5), 8, SLOT, DATA)).isTrue();
        assertThat(window.firstSighting(address(5), 7, new SlotPath("OTHER"), DATA)).isTrue();
        assertThat(window.firstSighting(address(5), 7, SLOT, "other".getBytes(StandardCharsets.US_ASCII))).isTrue();
    }

    @Test
    void memoryIsBoundedAndExpiredSightingsAreForgottenUncounted() throws Exception {
        DuplicateWindow small = new DuplicateWindow(Duration.ofSeconds(2), nanos::get, 10, 10);
        for (int id = 0; id < 100; id++) {
            small.firstSighting(address(5), id, SLOT, DATA);
        }
        assertThat(small.size()).isEqualTo(10);
        assertThat(small.forgottenEarly()).isEqualTo(90);
        nanos.addAndGet(2_000 * MS);
        small.firstSighting(address(5), 1_000, SLOT, DATA);
        assertThat(small.size()).isEqualTo(1);
        assertThat(small.forgottenEarly()).as("expiry is not early").isEqualTo(90);
    }

    @Test
    void aFloodOfDistinctIdsFromOneSourceForgetsOnlyItsOwnSightingsAndCountsThem() throws Exception {
        DuplicateWindow shared = new DuplicateWindow(Duration.ofSeconds(2), nanos::get, 100, 10);
        for (int id = 0; id < 5; id++) {
            assertThat(shared.firstSighting(address(5), id, SLOT, DATA)).isTrue();
        }
        for (int id = 0; id < 100_000; id++) {
            shared.firstSighting(address(66), id, SLOT, DATA);
        }

        for (int id = 0; id < 5; id++) {
            assertThat(shared.firstSighting(address(5), id, SLOT, DATA)).as("legitimate copy %d", id).isFalse();
        }
        assertThat(shared.size()).isEqualTo(5 + 10);
        assertThat(shared.forgottenEarly()).isEqualTo(100_000 - 10);
        assertThat(shared.firstSighting(address(66), 99_999, SLOT, DATA)).as("the flood's newest is still known")
                .isFalse();
        assertThat(shared.firstSighting(address(66), 0, SLOT, DATA)).as("its oldest was forgotten early").isTrue();
    }

    @Test
    void whenManySourcesFillTheWindowTheOldestSightingIsForgottenEarlyAndCounted() throws Exception {
        DuplicateWindow shared = new DuplicateWindow(Duration.ofSeconds(2), nanos::get, 100, 10);
        for (int source = 1; source <= 20; source++) {
            for (int id = 0; id < 10; id++) {
                shared.firstSighting(address(source), id, SLOT, DATA);
            }
        }

        assertThat(shared.size()).isEqualTo(100);
        assertThat(shared.forgottenEarly()).isEqualTo(100);
        assertThat(shared.firstSighting(address(20), 9, SLOT, DATA)).isFalse();
        assertThat(shared.firstSighting(address(1), 0, SLOT, DATA)).isTrue();
        nanos.addAndGet(2_000 * MS);
        shared.firstSighting(address(1), 1, SLOT, DATA);
        assertThat(shared.size()).as("expired sightings and their sources are forgotten").isEqualTo(1);
    }

    @Test
    void aZeroWindowRecognisesNothing() throws Exception {
        DuplicateWindow off = new DuplicateWindow(Duration.ZERO, nanos::get, 10, 10);
        assertThat(off.firstSighting(address(5), 7, SLOT, DATA)).isTrue();
        assertThat(off.firstSighting(address(5), 7, SLOT, DATA)).isTrue();
        assertThat(off.size()).isZero();
    }

    private static InetAddress address(int last) throws Exception {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
    }
}
