package org.mailslot.concurrent;

/**
 * How long a thread that finds its work queue empty keeps checking before it parks, learnt from how its parks end.
 * Used by the host's slot readers and by the workers of the JMS delivery pool.
 *
 * <p>Parking costs a wake-up on the way back (a system call for the writer, and on a virtual machine often tens of
 * microseconds before the parked thread runs again), which is what sets the latency tail of a request/reply
 * exchange. So when a park ends soon after it began, the message came just after the thread gave up, and the spin
 * doubles; when a park lasts long, the queue is idle and spinning only burns a core, so the spin halves. The spin
 * stays between {@link #MIN_NANOS} and {@link #MAX_NANOS}. Threads yield while they spin, so on a busy machine the
 * threads that deliver messages still get the core.
 *
 * <p>Updates from concurrent threads may overwrite each other; any of their values is a fine estimate.
 */
public final class AdaptiveSpin {

    static final long MIN_NANOS = 20_000;
    static final long INITIAL_NANOS = 50_000;
    static final long MAX_NANOS = 200_000;
    /** A park this long means the queue was idle rather than the spin a little too short. */
    static final long IDLE_PARK_NANOS = 1_000_000;
    /** A park shorter than this many spins means the spin was a little too short. */
    private static final int SHORT_PARK_IN_SPINS = 4;

    private volatile long spinNanos = INITIAL_NANOS;

    // How long the next spin lasts. Read only by AdaptiveSpinTest: the adaptation is otherwise visible only as
    // timing, which a test must not measure.
    long spinNanos() {
        return spinNanos;
    }

    /** A condition a spinning thread checks; it may fail with the exception its caller declares. */
    @FunctionalInterface
    public interface Check<E extends Exception> {
        boolean holds() throws E;
    }

    /**
     * Checks {@code ready} until it holds or the spin is spent, yielding between checks so that on a busy machine
     * the thread that will bring the work gets the core. The caller parks when this returns false, and reports how
     * long it parked through {@link #parked}.
     *
     * @param limitNanos at most this long, whatever the learnt spin (a caller's own timeout)
     * @return whether {@code ready} held
     */
    @SuppressWarnings("ThreadPriorityCheck") // yielding while spinning is the point: measured in bench/README.md
    public <E extends Exception> boolean spinUntil(Check<E> ready, long limitNanos) throws E {
        long start = System.nanoTime();
        long limit = Math.min(limitNanos, spinNanos);
        while (!ready.holds()) {
            if (System.nanoTime() - start >= limit) {
                return false;
            }
            Thread.yield();
        }
        return true;
    }

    /** As {@link #spinUntil(Check, long)}, for as long as the learnt spin. */
    public <E extends Exception> boolean spinUntil(Check<E> ready) throws E {
        return spinUntil(ready, Long.MAX_VALUE);
    }

    /**
     * Learns from one park.
     *
     * @param parkedNanos how long the thread was parked before a message (or its timeout) came
     */
    public void parked(long parkedNanos) {
        long spin = spinNanos;
        if (parkedNanos < SHORT_PARK_IN_SPINS * spin) {
            spinNanos = Math.min(MAX_NANOS, spin * 2);
        } else if (parkedNanos > IDLE_PARK_NANOS) {
            spinNanos = Math.max(MIN_NANOS, spin / 2);
        }
    }
}
