package org.mailslot.testing;

/**
 * What a test can see of another thread without hooks in production code: whether it is parked (blocked in a
 * wait, a park or a condition), which is what "a reader is waiting" or "the dispatcher ran dry" means.
 */
public final class ThreadStates {

    private ThreadStates() {
    }

    /** True when {@code thread} is blocked waiting, with or without a timeout. */
    public static boolean isParked(Thread thread) {
        Thread.State state = thread.getState();
        return state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING;
    }
}
