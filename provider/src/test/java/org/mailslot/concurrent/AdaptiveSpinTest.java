package org.mailslot.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AdaptiveSpinTest {

    @Test
    void startsAtTheInitialSpin() {
        assertThat(new AdaptiveSpin().spinNanos()).isEqualTo(AdaptiveSpin.INITIAL_NANOS);
    }

    @Test
    void aParkThatEndsSoonDoublesTheSpinUpToTheMaximum() {
        AdaptiveSpin spin = new AdaptiveSpin();
        spin.parked(10_000);
        assertThat(spin.spinNanos()).isEqualTo(2 * AdaptiveSpin.INITIAL_NANOS);
        for (int i = 0; i < 10; i++) {
            spin.parked(10_000);
        }
        assertThat(spin.spinNanos()).isEqualTo(AdaptiveSpin.MAX_NANOS);
    }

    @Test
    void anIdleParkHalvesTheSpinDownToTheMinimum() {
        AdaptiveSpin spin = new AdaptiveSpin();
        spin.parked(AdaptiveSpin.IDLE_PARK_NANOS + 1);
        assertThat(spin.spinNanos()).isEqualTo(AdaptiveSpin.INITIAL_NANOS / 2);
        for (int i = 0; i < 10; i++) {
            spin.parked(5_000_000_000L);
        }
        assertThat(spin.spinNanos()).isEqualTo(AdaptiveSpin.MIN_NANOS);
    }

    @Test
    void aParkBetweenShortAndIdleLeavesTheSpinAlone() {
        AdaptiveSpin spin = new AdaptiveSpin();
        spin.parked(4 * AdaptiveSpin.INITIAL_NANOS);
        spin.parked(AdaptiveSpin.IDLE_PARK_NANOS);
        assertThat(spin.spinNanos()).isEqualTo(AdaptiveSpin.INITIAL_NANOS);
    }

    @Test
    void aRequestReplyRhythmWithOccasionalLateRepliesSettlesAtTheMaximum() {
        AdaptiveSpin spin = new AdaptiveSpin();
        // Replies late by 30-120 us beyond the spin, as on a busy two-core machine, then an idle minute.
        long[] lateBy = {30_000, 120_000, 60_000, 90_000};
        for (long late : lateBy) {
            spin.parked(late);
        }
        assertThat(spin.spinNanos()).isEqualTo(AdaptiveSpin.MAX_NANOS);
        spin.parked(60_000_000_000L);
        assertThat(spin.spinNanos()).isEqualTo(AdaptiveSpin.MAX_NANOS / 2);
    }

    @Test
    void spinUntilReturnsAtOnceWhenTheConditionAlreadyHolds() {
        AtomicInteger checks = new AtomicInteger();

        assertThat(new AdaptiveSpin().spinUntil(() -> checks.incrementAndGet() > 0)).isTrue();
        assertThat(checks).hasValue(1);
    }

    @Test
    void spinUntilWithNoTimeLeftChecksOnceAndGivesUp() {
        AtomicInteger checks = new AtomicInteger();

        assertThat(new AdaptiveSpin().spinUntil(() -> checks.incrementAndGet() < 0, 0)).isFalse();
        assertThat(checks).hasValue(1);
    }

    @Test
    void spinUntilPassesOnWhatTheCheckThrows() {
        IOException failure = new IOException("socket closed");

        assertThatThrownBy(() -> new AdaptiveSpin().spinUntil(() -> {
            throw failure;
        })).isSameAs(failure);
    }
}
