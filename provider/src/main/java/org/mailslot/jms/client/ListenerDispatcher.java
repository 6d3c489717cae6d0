package org.mailslot.jms.client;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import org.mailslot.concurrent.AdaptiveSpin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread of a session that runs its MessageListeners and CompletionListeners, so that a session is used
 * by one thread at a time as §6.2.4 requires and callbacks keep their order.
 *
 * <p>When the thread runs out of work it spins a little, yielding, before it parks ({@link AdaptiveSpin}); a task
 * submitted meanwhile costs no wake-up. Profiles of a topic with several subscribers showed most of the time in
 * the kernel, waking session threads that each had caught up with a single message; a submitter now wakes the
 * thread only when it is really parked.
 */
final class ListenerDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(ListenerDispatcher.class);

    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AdaptiveSpin spin = new AdaptiveSpin();
    private final Thread thread;
    private volatile boolean parked;
    private volatile boolean shuttingDown;
    private volatile boolean terminated;

    ListenerDispatcher(String name) {
        this.thread = new ClientThreads(name).newThread(this::runLoop);
        thread.start();
    }

    /** Runs the task on the session thread; false when the dispatcher is shut down. */
    boolean submit(Runnable task) {
        if (shuttingDown) {
            return false;
        }
        tasks.offer(task);
        if (terminated) {
            // The thread may have made its last pass before our task arrived; it must not be reported as accepted.
            return !tasks.remove(task);
        }
        if (parked) {
            LockSupport.unpark(thread);
        }
        return true;
    }

    boolean isDispatcherThread() {
        return Thread.currentThread() == thread;
    }

    /** Lets queued callbacks finish, then stops the thread; waits up to the timeout, then interrupts it. */
    void shutdown(long timeoutMillis) {
        shuttingDown = true;
        LockSupport.unpark(thread);
        if (isDispatcherThread()) {
            return;
        }
        try {
            thread.join(timeoutMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            tasks.clear();
            thread.interrupt();
        }
    }

    private void runLoop() {
        while (true) {
            Runnable task = tasks.poll();
            if (task != null) {
                run(task);
            } else if (shuttingDown) {
                break;
            } else {
                awaitWork();
            }
        }
        terminated = true;
        Runnable late;
        while ((late = tasks.poll()) != null) {
            run(late);
        }
    }

    private void awaitWork() {
        if (spin.spinUntil(() -> !tasks.isEmpty() || shuttingDown)) {
            return;
        }
        long parkedSince = System.nanoTime();
        parked = true;
        try {
            // Checked after announcing the park, so a task offered before a submitter read the flag is seen here.
            if (tasks.isEmpty() && !shuttingDown) {
                LockSupport.park(this);
            }
        } finally {
            parked = false;
        }
        spin.parked(System.nanoTime() - parkedSince);
        // A listener may leave the interrupt flag set; a set flag would make every later park return at once.
        Thread.interrupted();
    }

    private static void run(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            LOG.error("A session callback failed; the session thread goes on with the next one", e);
        }
    }
}
