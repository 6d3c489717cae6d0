package org.mailslot.bridge.artemis;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many ingress messages may wait for the broker, counted over every publisher that shares the bound. The UDP
 * reader takes one place per message it buffers; a publisher gives places back once per batch it takes, so the
 * bound costs one atomic add per message instead of locking every publisher's buffer to count it.
 */
final class SharedCapacity {

    private final int capacity;
    private final AtomicInteger used = new AtomicInteger();

    SharedCapacity(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
    }

    /**
     * Takes one place if one is free. With one taking thread (the UDP reader) the bound is exact; each further
     * concurrent taker could overshoot it by one message.
     */
    boolean tryTake() {
        if (used.get() >= capacity) {
            return false;
        }
        used.incrementAndGet();
        return true;
    }

    void giveBack(int places) {
        used.addAndGet(-places);
    }

    int capacity() {
        return capacity;
    }
}
