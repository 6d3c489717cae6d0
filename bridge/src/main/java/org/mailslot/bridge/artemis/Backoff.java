package org.mailslot.bridge.artemis;

import java.time.Duration;

/**
 * Exponential reconnect backoff: {@code initial}, then multiplied by {@code multiplier} after each further
 * failure, never above {@code max}.
 */
public record Backoff(Duration initial, Duration max, double multiplier) {

    /**
     * 100 ms doubling up to 1 s: after a node dies the next attempt reaches the member or backup that took over
     * within a second of it becoming live, and a dead broker costs one connection attempt a second.
     */
    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), 2.0);

    public Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || multiplier < 1.0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max and multiplier >= 1, got "
                    + initial + ", " + max + ", " + multiplier);
        }
    }

    /** The wait after {@code failures} consecutive failed attempts (1 = the first failure). */
    public Duration delay(int failures) {
        double millis = initial.toMillis() * Math.pow(multiplier, Math.max(0, failures - 1));
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }
}
