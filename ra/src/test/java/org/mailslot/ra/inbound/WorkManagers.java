package org.mailslot.ra.inbound;

import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.XATerminator;
import jakarta.resource.spi.work.ExecutionContext;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkContext;
import jakarta.resource.spi.work.WorkListener;
import jakarta.resource.spi.work.WorkManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Timer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a server gives the adapter, for tests outside a server: a WorkManager on real threads named
 * {@code server-work-N} and a bootstrap context around it. The real server is in {@code ra-itests}.
 */
public final class WorkManagers {

    private WorkManagers() {
    }

    /** A WorkManager running each work on a new pooled thread. */
    public static WorkManager threads() {
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "server-work-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new WorkManager() {
            @Override
            public void doWork(Work work) {
                work.run();
            }

            @Override
            public void doWork(Work work, long timeout, ExecutionContext context, WorkListener listener) {
                work.run();
            }

            @Override
            public long startWork(Work work) {
                pool.execute(work);
                return 0;
            }

            @Override
            public long startWork(Work work, long timeout, ExecutionContext context, WorkListener listener) {
                pool.execute(work);
                return 0;
            }

            @Override
            public void scheduleWork(Work work) {
                pool.execute(work);
            }

            @Override
            public void scheduleWork(Work work, long timeout, ExecutionContext context, WorkListener listener) {
                pool.execute(work);
            }
        };
    }

    /** A bootstrap context offering {@code workManager} and nothing else. */
    public static BootstrapContext bootstrap(WorkManager workManager) {
        return new BootstrapContext() {
            @Override
            public WorkManager getWorkManager() {
                return workManager;
            }

            @Override
            public XATerminator getXATerminator() {
                return null;
            }

            @Override
            public Timer createTimer() {
                return new Timer(true);
            }

            @Override
            public boolean isContextSupported(Class<? extends WorkContext> type) {
                return false;
            }

            @Override
            public TransactionSynchronizationRegistry getTransactionSynchronizationRegistry() {
                return null;
            }
        };
    }
}
