package org.mailslot.bridge.artemis;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Tells a link's background thread to stop, and lets it wait (for a backoff, between checks) in a way that ends
 * the moment stopping is asked for, so a close never waits out a reconnect delay.
 */
public final class StopSignal {

    private final CountDownLatch stop = new CountDownLatch(1);

    public void set() {
        stop.countDown();
    }

    public boolean isSet() {
        return stop.getCount() == 0;
    }

    /** Waits up to {@code delay}, less if stopping is asked for meanwhile. */
    public void await(Duration delay) {
        try {
            stop.await(delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
