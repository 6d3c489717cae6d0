package org.mailslot.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;

/** A clock that moves only when a test advances it, so tests of delays and expiry never wait. Thread-safe. */
public final class ManualClock implements InstantSource {

    private volatile Instant now;

    /** @param start the time the clock shows until advanced */
    public ManualClock(Instant start) {
        this.now = start;
    }

    @Override
    public Instant instant() {
        return now;
    }

    /** Moves the clock forward. */
    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }
}
