package org.mailslot.jms.client;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The one thread of a session that runs its MessageListeners and CompletionListeners, so that a session is used
 * by one thread at a time as §6.2.4 requires and callbacks keep their order.
 */
final class ListenerDispatcher {

    private final ExecutorService executor;
    private volatile Thread thread;

    ListenerDispatcher(String name) {
        ClientThreads threads = new ClientThreads(name);
        this.executor = Executors.newSingleThreadExecutor(task -> {
            Thread created = threads.newThread(task);
            thread = created;
            return created;
        });
    }

    /** Runs the task on the session thread; false when the dispatcher is shut down. */
    boolean submit(Runnable task) {
        try {
            executor.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    boolean isDispatcherThread() {
        return Thread.currentThread() == thread;
    }

    /** Lets queued callbacks finish, then stops the thread; waits up to the timeout. */
    void shutdown(long timeoutMillis) {
        executor.shutdown();
        if (isDispatcherThread()) {
            return;
        }
        try {
            if (!executor.awaitTermination(timeoutMillis, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
