package org.mailslot.bridge.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mailslot.bridge.config.RateLimit;

class SourceRateLimiterTest {

    private static final InetAddress A = address(2);
    private static final InetAddress B = address(3);

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @Test
    void aFreshSourceGetsItsBurstThenIsLimited() {
        SourceRateLimiter limiter = new SourceRateLimiter(new RateLimit(10, 3), nanos::get, 100);

        assertThat(limiter.tryAcquire(A)).isTrue();
        assertThat(limiter.tryAcquire(A)).isTrue();
        assertThat(limiter.tryAcquire(A)).isTrue();
        assertThat(limiter.tryAcquire(A)).isFalse();
    }

    @Test
    void tokensComeBackAtTheRate() {
        SourceRateLimiter limiter = new SourceRateLimiter(new RateLimit(10, 1), nanos::get, 100);
        assertThat(limiter.tryAcquire(A)).isTrue();
        assertThat(limiter.tryAcquire(A)).isFalse();

        nanos.addAndGet(99_000_000L);
        assertThat(limiter.tryAcquire(A)).isFalse();
        nanos.addAndGet(1_000_000L);
        assertThat(limiter.tryAcquire(A)).isTrue();
    }

    @Test
    void refillNeverExceedsTheBurst() {
        SourceRateLimiter limiter = new SourceRateLimiter(new RateLimit(10, 2), nanos::get, 100);
        nanos.addAndGet(3_600_000_000_000L);

        assertThat(limiter.tryAcquire(A)).isTrue();
        assertThat(limiter.tryAcquire(A)).isTrue();
        assertThat(limiter.tryAcquire(A)).isFalse();
    }

    @Test
    void sourcesHaveSeparateBuckets() {
        SourceRateLimiter limiter = new SourceRateLimiter(new RateLimit(1, 1), nanos::get, 100);

        assertThat(limiter.tryAcquire(A)).isTrue();
        assertThat(limiter.tryAcquire(A)).isFalse();
        assertThat(limiter.tryAcquire(B)).isTrue();
    }

    @Test
    void unlimitedAlwaysAllows() {
        SourceRateLimiter limiter = new SourceRateLimiter(RateLimit.UNLIMITED, nanos::get, 1);

        for (int i = 0; i < 10_000; i++) {
            assertThat(limiter.tryAcquire(address(i % 250))).isTrue();
        }
    }

    @Test
    void theLeastRecentlySeenSourceIsForgottenBeyondTheBound() {
        SourceRateLimiter limiter = new SourceRateLimiter(new RateLimit(1, 1), nanos::get, 1);
        assertThat(limiter.tryAcquire(A)).isTrue();
        assertThat(limiter.tryAcquire(B)).isTrue();

        // A was evicted by B, so it starts again with a full bucket: memory stays bounded under spoofing.
        assertThat(limiter.tryAcquire(A)).isTrue();
    }

    private static InetAddress address(int last) {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
