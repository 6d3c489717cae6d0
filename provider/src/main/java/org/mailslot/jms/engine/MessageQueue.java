package org.mailslot.jms.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * One in-memory queue: a JMS queue, or the queue behind one topic subscription. Messages leave in priority order
 * (9 first), FIFO within a priority; a delayed message waits until its delivery time; an expired one is discarded;
 * a returned message goes back to the head so redelivery keeps the original order. Consumers take
 * only what their predicate (selector, noLocal) accepts, so others still get the rest. A {@link Selection} is
 * evaluated with the lock released, so a slow selector never holds up writers or other consumers.
 */
public final class MessageQueue {

    private final String name;
    private final LongSupplier clock;
    private final DeliveryScheduler scheduler;
    private final long byteQuota;
    private final RedeliveryPolicy redelivery;
    private final DeadLetters deadLetters;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final QueueContents contents = new QueueContents();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private boolean closed;

    /**
     * @param name      for diagnostics
     * @param clock     epoch millis, used for delivery time and expiry
     * @param scheduler wakes consumers when a delayed message becomes due
     * @param byteQuota most bytes held at once; offers beyond it are refused (0 = no limit)
     */
    public MessageQueue(String name, LongSupplier clock, DeliveryScheduler scheduler, long byteQuota) {
        this(name, clock, scheduler, byteQuota, new RedeliveryPolicy(-1, 0, 1.0, 0, "-"), null);
    }

    /**
     * @param redelivery  how long a returned message waits, and how often it may come back
     * @param deadLetters where a message goes that came back more often than allowed; null keeps it redelivering
     */
    public MessageQueue(String name, LongSupplier clock, DeliveryScheduler scheduler, long byteQuota,
                        RedeliveryPolicy redelivery, DeadLetters deadLetters) {
        this.redelivery = redelivery;
        this.deadLetters = deadLetters;
        this.name = name;
        this.clock = clock;
        this.scheduler = scheduler;
        this.byteQuota = byteQuota;
    }

    public String name() {
        return name;
    }

    /**
     * Adds a message. Returns false when the queue is closed or its byte quota is full; the caller says what that
     * means (a send fails, a datagram is counted as dropped, a topic subscription misses its copy).
     */
    public boolean offer(QueuedMessage message) {
        long wakeIn = -1;
        lock.lock();
        try {
            if (closed || (byteQuota > 0 && contents.bytes() + message.size() > byteQuota)) {
                return false;
            }
            long now = clock.getAsLong();
            if (!contents.add(message, now)) {
                wakeIn = message.deliveryTime() - now;
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (wakeIn >= 0) {
            scheduler.schedule(wakeIn, this::announceWhenDue);
        } else {
            announce();
        }
        return true;
    }

    /**
     * Waits up to {@code timeoutMillis} (0 = forever) for a deliverable message the filter accepts. Returns null on
     * timeout, when the waiter is cancelled or when the queue is closed. A paused waiter takes nothing. The filter
     * runs under the queue's lock, so it must be cheap; a selector goes in a {@link Selection}.
     */
    public QueuedMessage take(Predicate<QueuedMessage> filter, long timeoutMillis, Waiter waiter)
            throws InterruptedException {
        return take(Selection.inline(filter), timeoutMillis, waiter);
    }

    /**
     * Takes the next deliverable message the selection accepts, or null; never waits for a message. The selection
     * is evaluated outside the queue's lock, on the calling thread (see {@link Selection}).
     */
    public QueuedMessage poll(Selection selection) {
        lock.lock();
        try {
            while (!closed) {
                QueueContents.Scan scan = scanLocked(selection);
                if (scan.unjudged() == null) {
                    return scan.found();
                }
                judgeUnlocked(selection, scan.unjudged());
            }
            return null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits up to {@code timeoutMillis} (0 = forever) for a deliverable message the selection accepts. Returns null
     * on timeout, when the waiter is cancelled or when the queue is closed. A paused waiter takes nothing. The
     * selection is evaluated outside the queue's lock, on the calling thread.
     */
    public QueuedMessage take(Selection selection, long timeoutMillis, Waiter waiter) throws InterruptedException {
        long deadline = timeoutMillis == 0 ? Long.MAX_VALUE : System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        lock.lock();
        try {
            while (!closed && !waiter.cancelled()) {
                if (!waiter.paused()) {
                    QueueContents.Scan scan = scanLocked(selection);
                    if (scan.found() != null) {
                        return scan.found();
                    }
                    if (scan.unjudged() != null) {
                        judgeUnlocked(selection, scan.unjudged());
                        continue;
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return null;
                }
                changed.awaitNanos(Math.min(left, nanosUntilNextDue()));
            }
            return null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Gives back a delivered but unacknowledged message. Without a redelivery delay it goes back to the head, so
     * redelivery keeps the original order; with one it waits, longer after each return. A message delivered more
     * often than the policy allows goes to the dead letters instead.
     *
     * @param reason why it came back (a listener's exception, a rollback), kept on a dead-lettered message
     */
    public void requeue(QueuedMessage message, String reason) {
        if (deadLetters != null && redelivery.exhausted(message.deliveryCount())) {
            deadLetters.deadLetter(this, message, reason);
            return;
        }
        long delay = redelivery.delayAfter(message.deliveryCount());
        lock.lock();
        try {
            if (closed) {
                return;
            }
            if (delay == 0) {
                contents.returnToHead(message);
            } else {
                contents.returnAt(message, clock.getAsLong() + delay);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        if (delay == 0) {
            announce();
        } else {
            scheduler.schedule(delay, this::announceWhenDue);
        }
    }

    /**
     * A timer's wake-up for a waiting message: announces it when the queue's clock says it is due, else waits again
     * for the rest (a clock that runs behind the timer, such as a simulated one, must not lose the wake-up).
     */
    private void announceWhenDue() {
        long rest;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            QueuedMessage head = contents.nextScheduled();
            rest = head == null ? 0 : head.dueTime() - clock.getAsLong();
        } finally {
            lock.unlock();
        }
        if (rest > 0) {
            scheduler.schedule(rest, this::announceWhenDue);
        } else {
            announce();
        }
    }

    /**
     * The deliverable messages the filter accepts, in delivery order, without taking them. The filter runs on the
     * calling thread after the queue's lock is released, so a slow selector holds up nobody else.
     */
    public List<QueuedMessage> browse(Predicate<QueuedMessage> filter) {
        List<QueuedMessage> snapshot;
        lock.lock();
        try {
            snapshot = contents.deliverable(clock.getAsLong());
        } finally {
            lock.unlock();
        }
        snapshot.removeIf(filter.negate());
        return snapshot;
    }

    /**
     * Registers a callback run (on the thread that made the change) whenever a message may have become available.
     * Returns the action that removes it.
     */
    public Runnable onAvailable(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Wakes every waiter so it looks at its own state again (paused, cancelled) and at the queue. */
    public void wakeWaiters() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        announce();
    }

    /** Discards every message and releases every waiter; later offers are refused. */
    public void close() {
        lock.lock();
        try {
            closed = true;
            contents.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        listeners.clear();
    }

    public boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** Messages held, delayed ones included. */
    public int depth() {
        lock.lock();
        try {
            return contents.depth();
        } finally {
            lock.unlock();
        }
    }

    public long bytes() {
        lock.lock();
        try {
            return contents.bytes();
        } finally {
            lock.unlock();
        }
    }

    /** One pass of {@link QueueContents#scan}; messages found expired on the way are discarded. */
    private QueueContents.Scan scanLocked(Selection selection) {
        return contents.scan(selection, clock.getAsLong());
    }

    /** Judges messages with the lock released; the caller holds the lock before and after. */
    private void judgeUnlocked(Selection selection, List<QueuedMessage> unjudged) {
        lock.unlock();
        try {
            for (QueuedMessage m : unjudged) {
                selection.judge(m);
            }
        } finally {
            lock.lock();
        }
    }

    private long nanosUntilNextDue() {
        QueuedMessage head = contents.nextScheduled();
        if (head == null) {
            return Long.MAX_VALUE;
        }
        return TimeUnit.MILLISECONDS.toNanos(Math.max(1, head.dueTime() - clock.getAsLong()));
    }

    private void announce() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    @Override
    public String toString() {
        return "MessageQueue[" + name + "]";
    }
}
