package org.mailslot.names;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs the name service's timed work (WINS refreshes, an H node's retries of its WINS server) later. The name
 * service takes one so that tests can run the work when they choose instead of waiting for it.
 */
public interface NameScheduler extends AutoCloseable {

    /**
     * Runs {@code task} once after {@code delay}.
     *
     * @return what cancels it (a no-op once it ran)
     */
    Runnable schedule(Runnable task, Duration delay);

    /** Cancels everything scheduled; later schedules are ignored. */
    @Override
    void close();

    /** @return a scheduler with one daemon thread of the given name, started on first use */
    static NameScheduler daemon(String threadName) {
        return new NameScheduler() {
            private ScheduledThreadPoolExecutor executor;

            @Override
            public synchronized Runnable schedule(Runnable task, Duration delay) {
                if (executor == null) {
                    executor = new ScheduledThreadPoolExecutor(1, runnable -> {
                        Thread thread = new Thread(runnable, threadName);
                        thread.setDaemon(true);
                        return thread;
                    });
                    executor.setRemoveOnCancelPolicy(true);
                } else if (executor.isShutdown()) {
                    return () -> { };
                }
                ScheduledFuture<?> future = executor.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
                return () -> future.cancel(false);
            }

            @Override
            public synchronized void close() {
                if (executor == null) {
                    executor = new ScheduledThreadPoolExecutor(0);
                }
                executor.shutdownNow();
            }
        };
    }
}
