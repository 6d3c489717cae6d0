package org.mailslot.concurrent;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tasks that run one at a time, in the order they were submitted, on the threads of a {@link WorkerPool}: what a JMS
 * session needs for its listeners (§6.2.4) without a thread of its own. A lane with work is queued on the pool once;
 * a worker runs up to {@value #TURN} of its tasks, then gives the lane back so that one busy lane cannot starve the
 * others. An idle lane holds no thread.
 */
public final class SerialLane {

    /** Tasks one turn runs before the lane goes to the back of the pool's queue. */
    static final int TURN = 256;

    /** What a lane does with a task that throws: the lane itself goes on with the next task. */
    @FunctionalInterface
    public interface FailureHandler {
        /** Called on the lane's thread with what a task threw; must not throw itself. */
        void failed(Throwable failure);
    }

    private final WorkerPool pool;
    private final FailureHandler onFailure;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    /** True from the moment the lane is queued on the pool until its turn has ended. */
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile Thread runner;
    private volatile boolean shuttingDown;
    private volatile boolean terminated;

    SerialLane(WorkerPool pool, FailureHandler onFailure) {
        this.pool = pool;
        this.onFailure = onFailure;
    }

    /** Runs the task after those already submitted; false when the lane is shut down and the task will not run. */
    public boolean submit(Runnable task) {
        if (shuttingDown) {
            return false;
        }
        tasks.offer(task);
        if (terminated) {
            // The last turn may have ended before our task arrived; it must not be reported as accepted.
            return !tasks.remove(task);
        }
        scheduleIfIdle();
        return true;
    }

    /** Whether the calling thread is running one of this lane's tasks. */
    public boolean isRunnerThread() {
        return Thread.currentThread() == runner;
    }

    /**
     * Lets submitted tasks finish, then refuses new ones; waits up to the timeout, then drops what is still queued
     * and interrupts the task that is running. Returns at once when called from one of the lane's own tasks.
     */
    public void shutdown(long timeoutMillis) {
        shuttingDown = true;
        if (!terminated && scheduled.compareAndSet(false, true)) {
            if (tasks.isEmpty()) {
                // Idle: nothing to wait for, so closing thousands of sessions costs no pool turns.
                runner = Thread.currentThread();
                try {
                    terminate();
                } finally {
                    runner = null;
                }
                return;
            }
            pool.schedule(this);
        }
        if (isRunnerThread()) {
            return;
        }
        try {
            if (ended.await(timeoutMillis, TimeUnit.MILLISECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        tasks.clear();
        Thread current = runner;
        if (current != null) {
            current.interrupt();
        }
    }

    private void scheduleIfIdle() {
        if (!terminated && scheduled.compareAndSet(false, true)) {
            pool.schedule(this);
        }
    }

    /** One turn, on a pool worker (or on the thread closing the pool). */
    void runTurn() {
        runner = Thread.currentThread();
        try {
            for (int ran = 0; ran < TURN; ran++) {
                Runnable task = tasks.poll();
                if (task == null) {
                    break;
                }
                run(task);
            }
            if (shuttingDown && tasks.isEmpty()) {
                terminate();
                return;
            }
        } finally {
            runner = null;
        }
        scheduled.set(false);
        // Re-checked after giving the lane back: a task or a shutdown that came meanwhile found it still scheduled.
        if (!tasks.isEmpty() || shuttingDown) {
            scheduleIfIdle();
        }
    }

    private void terminate() {
        terminated = true;
        Runnable late;
        while ((late = tasks.poll()) != null) {
            run(late);
        }
        ended.countDown();
    }

    private void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            onFailure.failed(e);
        }
    }
}
