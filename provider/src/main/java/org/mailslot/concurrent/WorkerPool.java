package org.mailslot.concurrent;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A bounded set of daemon threads that runs the turns of many {@link SerialLane}s, so that thousands of lanes
 * (JMS sessions) cost a handful of threads and an idle lane holds none.
 *
 * <p>The cost this pool is built to avoid is the wake-up: unparking a thread is a system call for the submitter and
 * tens of microseconds before the woken thread runs. So a submitter wakes a worker only when nobody else will take
 * the lane soon: no worker is searching (spinning, or already woken to search) and no busy worker has taken a lane
 * recently. At most one worker searches at a time. A worker that takes a lane while others wait wakes one more,
 * up to the core count, so a backlog spreads over the cores without a wake-up per message.
 *
 * <p>A lane whose callback blocks keeps its worker. Lanes queued behind busy workers are not left waiting: a watcher
 * thread checks every {@code stallNanos} while work is queued and wakes or starts another worker (up to
 * {@code maxThreads}) when no lane was taken for that long. The watcher sleeps without a timeout after a second
 * with nothing queued or running, so an idle pool uses no CPU. Workers idle for {@code keepAliveNanos} end.
 */
public final class WorkerPool implements AutoCloseable {

    private static final long WATCHER_IDLE_NANOS = 1_000_000_000L;

    private final String name;
    private final int maxThreads;
    private final int parallelism;
    private final long stallNanos;
    private final long keepAliveNanos;
    private final ConcurrentLinkedQueue<SerialLane> ready = new ConcurrentLinkedQueue<>();
    private final AtomicInteger readyCount = new AtomicInteger();
    private final AtomicInteger threads = new AtomicInteger();
    private final AtomicInteger busy = new AtomicInteger();
    /** 1 while a worker spins for work or has been woken to look for it; submitters then wake nobody. */
    private final AtomicInteger searching = new AtomicInteger();
    private final ConcurrentLinkedDeque<Worker> parked = new ConcurrentLinkedDeque<>();
    private final AdaptiveSpin spin = new AdaptiveSpin();
    private final AtomicInteger threadNumbers = new AtomicInteger();
    private final AtomicBoolean watcherStarted = new AtomicBoolean();
    private volatile Thread watcher;
    private volatile boolean watcherAsleep;
    private volatile long lastTakenNanos = System.nanoTime();
    private volatile boolean closed;

    /**
     * @param name           the prefix of the threads' names
     * @param maxThreads     most worker threads alive at once
     * @param stallNanos     how long queued lanes wait for busy workers before another worker is woken
     * @param keepAliveNanos how long an idle worker stays before it ends
     */
    public WorkerPool(String name, int maxThreads, long stallNanos, long keepAliveNanos) {
        if (maxThreads < 1) {
            throw new IllegalArgumentException("maxThreads must be at least 1, was " + maxThreads);
        }
        this.name = name;
        this.maxThreads = maxThreads;
        this.parallelism = Math.min(maxThreads, Runtime.getRuntime().availableProcessors());
        this.stallNanos = stallNanos;
        this.keepAliveNanos = keepAliveNanos;
    }

    /** A pool with the default stall (2 ms) and keep-alive (60 s). */
    public WorkerPool(String name, int maxThreads) {
        this(name, maxThreads, 2_000_000L, 60_000_000_000L);
    }

    /** A new lane on this pool. */
    public SerialLane newLane(SerialLane.FailureHandler onFailure) {
        return new SerialLane(this, onFailure);
    }

    /** Queues a lane that has work; called by the lane when it goes from idle to scheduled. */
    void schedule(SerialLane lane) {
        ready.offer(lane);
        readyCount.incrementAndGet();
        if (closed) {
            runOnCaller();
            return;
        }
        if (searching.get() != 0) {
            return;
        }
        if (busy.get() > 0 && System.nanoTime() - lastTakenNanos < stallNanos) {
            wakeWatcher();
            return;
        }
        wakeOrStart();
    }

    /** After close nothing would take the lane: its tasks run here, so that every accepted task runs once. */
    private void runOnCaller() {
        SerialLane lane;
        while ((lane = take()) != null) {
            lane.runTurn();
        }
    }

    private SerialLane take() {
        SerialLane lane = ready.poll();
        if (lane != null) {
            readyCount.decrementAndGet();
        }
        return lane;
    }

    /** Hands the searching role to a parked worker, or to a new one below the cap. */
    private void wakeOrStart() {
        if (!searching.compareAndSet(0, 1)) {
            return;
        }
        Worker worker;
        while ((worker = parked.poll()) != null) {
            if (worker.claim()) {
                LockSupport.unpark(worker.thread);
                return;
            }
        }
        for (int count = threads.get(); count < maxThreads; count = threads.get()) {
            if (threads.compareAndSet(count, count + 1)) {
                startWorker();
                return;
            }
        }
        // Every worker is busy: one of them, or the watcher, takes the lane.
        searching.set(0);
        wakeWatcher();
    }

    private void startWorker() {
        Worker worker = new Worker();
        worker.thread = new Thread(worker, name + "-" + threadNumbers.incrementAndGet());
        worker.thread.setDaemon(true);
        worker.thread.start();
        if (watcherStarted.compareAndSet(false, true)) {
            Thread thread = new Thread(this::watch, name + "-watcher");
            thread.setDaemon(true);
            watcher = thread;
            thread.start();
        }
    }

    private void wakeWatcher() {
        if (watcherAsleep) {
            watcherAsleep = false;
            LockSupport.unpark(watcher);
        }
    }

    private void watch() {
        long idleSince = System.nanoTime();
        while (!closed) {
            long now = System.nanoTime();
            if (readyCount.get() > 0 || busy.get() > 0) {
                idleSince = now;
            }
            if (now - idleSince > WATCHER_IDLE_NANOS) {
                watcherAsleep = true;
                // Re-checked after announcing the sleep, so work queued meanwhile is not missed.
                if (readyCount.get() == 0 && busy.get() == 0 && !closed) {
                    LockSupport.park(this);
                }
                watcherAsleep = false;
                idleSince = System.nanoTime();
            } else {
                LockSupport.parkNanos(this, stallNanos);
            }
            if (readyCount.get() > 0 && searching.get() == 0 && System.nanoTime() - lastTakenNanos >= stallNanos) {
                wakeOrStart();
            }
        }
    }

    /** Stops the workers once they finish their current turn; lanes scheduled later run on their submitter. */
    @Override
    public void close() {
        closed = true;
        Worker worker;
        while ((worker = parked.poll()) != null) {
            worker.claim();
            LockSupport.unpark(worker.thread);
        }
        Thread current = watcher;
        if (current != null) {
            LockSupport.unpark(current);
        }
        runOnCaller();
    }

    @Override
    public String toString() {
        return name + "[threads=" + threads.get() + "/" + maxThreads + ", busy=" + busy.get() + ", ready="
                + readyCount.get() + "]";
    }

    /** One pool thread: takes ready lanes, runs a turn of each, searches a little, then parks. */
    private final class Worker implements Runnable {

        private final AtomicBoolean claimable = new AtomicBoolean();
        private Thread thread;
        /** Started by wakeOrStart, a worker holds the searching role until it takes a lane or gives up. */
        private boolean searchingRole = true;

        /** Reserves this parked worker for a waker; false if it was already taken or has woken by itself. */
        boolean claim() {
            return claimable.compareAndSet(true, false);
        }

        @Override
        public void run() {
            try {
                work();
            } finally {
                if (searchingRole) {
                    searching.set(0);
                }
                threads.decrementAndGet();
                if (readyCount.get() > 0 && !closed) {
                    // Work came as this worker left: make sure someone takes it.
                    wakeOrStart();
                }
            }
        }

        private void work() {
            while (!closed) {
                SerialLane lane = take();
                if (lane != null) {
                    runTurn(lane);
                } else if (!search() && !awaitWork()) {
                    return;
                }
            }
        }

        private void runTurn(SerialLane lane) {
            if (searchingRole) {
                searchingRole = false;
                searching.set(0);
            }
            lastTakenNanos = System.nanoTime();
            int running = busy.incrementAndGet();
            if (readyCount.get() > 0 && running < parallelism) {
                wakeOrStart();
            }
            try {
                lane.runTurn();
            } finally {
                busy.decrementAndGet();
                // A callback may leave the flag set, or a lane's shutdown may have interrupted it on its way out.
                Thread.interrupted();
            }
        }

        /** Spins for work when no other worker does; true when work appeared. */
        private boolean search() {
            if (!searchingRole && !searching.compareAndSet(0, 1)) {
                return false;
            }
            searchingRole = true;
            if (spin.spinUntil(() -> readyCount.get() > 0 || closed)) {
                return true;
            }
            searchingRole = false;
            searching.set(0);
            return false;
        }

        /** Parks until woken or the keep-alive ends; false when this worker should end. */
        private boolean awaitWork() {
            if (readyCount.get() > 0) {
                return true;
            }
            claimable.set(true);
            parked.push(this);
            // Checked after announcing the park, so work a submitter queued before it looked for us is seen.
            if (readyCount.get() > 0 || closed) {
                return leavePark(true);
            }
            long parkedSince = System.nanoTime();
            LockSupport.parkNanos(this, keepAliveNanos);
            long parkedFor = System.nanoTime() - parkedSince;
            spin.parked(parkedFor);
            return leavePark(parkedFor < keepAliveNanos || readyCount.get() > 0);
        }

        private boolean leavePark(boolean stay) {
            if (!claim()) {
                // A waker claimed us and handed us the searching role.
                searchingRole = true;
                return true;
            }
            parked.remove(this);
            return stay && !closed;
        }
    }
}
