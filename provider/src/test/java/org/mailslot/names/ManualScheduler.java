package org.mailslot.names;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A {@link NameScheduler} whose tasks run only when the test says: refresh timing without waiting. */
final class ManualScheduler implements NameScheduler {

    /** One scheduled task and the delay it asked for. */
    record Scheduled(Runnable task, Duration delay) { }

    private final List<Scheduled> pending = new ArrayList<>();
    private boolean closed;

    @Override
    public synchronized Runnable schedule(Runnable task, Duration delay) {
        Scheduled scheduled = new Scheduled(task, delay);
        if (!closed) {
            pending.add(scheduled);
        }
        return () -> cancel(scheduled);
    }

    private synchronized void cancel(Scheduled scheduled) {
        pending.remove(scheduled);
    }

    /** The delays asked for by the tasks not run yet, in order. */
    synchronized List<Duration> delays() {
        return pending.stream().map(Scheduled::delay).toList();
    }

    /** Runs every task pending now (tasks they schedule wait for the next call). */
    void runAll() {
        List<Scheduled> due;
        synchronized (this) {
            due = new ArrayList<>(pending);
            pending.clear();
        }
        due.forEach(s -> s.task().run());
    }

    synchronized boolean isClosed() {
        return closed;
    }

    @Override
    public synchronized void close() {
        closed = true;
        pending.clear();
    }
}
