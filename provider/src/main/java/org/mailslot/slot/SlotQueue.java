package org.mailslot.slot;

import java.util.ArrayDeque;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The FIFO of unread messages of one slot, bounded by a byte quota. Any number of threads may offer and take; each
 * message is taken by exactly one of them. After {@link #close()} nothing is accepted and blocked takers wake up.
 */
final class SlotQueue {

    /** What each queued message is charged beyond its bytes, so that empty messages cannot pile up unbounded. */
    static final int MESSAGE_OVERHEAD = 64;

    /**
     * How long a reader that finds the slot empty keeps checking before it parks. A parked reader costs every writer
     * a wake-up (a system call and a context switch); a short spin lets a steady stream flow without them.
     */
    static final long SPIN_BEFORE_PARK_NANOS = 20_000;

    /** The result of an offer. */
    enum Offer { ACCEPTED, FULL, CLOSED }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final ArrayDeque<ReceivedMessage> messages = new ArrayDeque<>();
    private final MailslotName name;
    private final long quotaBytes;
    private long usedBytes;
    private int waiting;
    private boolean closed;
    // Written under the lock, read without it by spinning readers.
    private volatile int available;

    SlotQueue(MailslotName name, long quotaBytes) {
        this.name = name;
        this.quotaBytes = quotaBytes;
    }

    static long cost(ReceivedMessage message) {
        return (long) message.data().length + MESSAGE_OVERHEAD;
    }

    long quotaBytes() {
        return quotaBytes;
    }

    /** Appends a message unless the quota is used up; a single message always fits into an empty queue. */
    Offer offer(ReceivedMessage message) {
        long cost = cost(message);
        lock.lock();
        try {
            if (closed) {
                return Offer.CLOSED;
            }
            if (usedBytes + cost > quotaBytes && !messages.isEmpty()) {
                return Offer.FULL;
            }
            messages.addLast(message);
            usedBytes += cost;
            available = messages.size();
            if (waiting > 0) {
                notEmpty.signal();
            }
            return Offer.ACCEPTED;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the oldest message, waiting up to {@code timeoutNanos} for one.
     *
     * @param timeoutNanos 0 to return at once, negative to wait without limit
     * @return the message, or {@code null} when none arrived in time
     * @throws InterruptedException    when the waiting thread is interrupted
     * @throws MailslotClosedException when the queue is or gets closed while empty
     */
    ReceivedMessage take(long timeoutNanos) throws InterruptedException, MailslotClosedException {
        boolean forever = timeoutNanos < 0;
        long left = timeoutNanos;
        if (timeoutNanos != 0 && available == 0) {
            left = spinWhileEmpty(timeoutNanos);
        }
        lock.lockInterruptibly();
        try {
            while (messages.isEmpty()) {
                if (closed) {
                    throw new MailslotClosedException("mailslot " + name);
                }
                if (!forever && left <= 0) {
                    return null;
                }
                waiting++;
                try {
                    if (forever) {
                        notEmpty.await();
                    } else {
                        left = notEmpty.awaitNanos(left);
                    }
                } finally {
                    waiting--;
                }
            }
            ReceivedMessage message = messages.pollFirst();
            usedBytes -= cost(message);
            available = messages.size();
            return message;
        } finally {
            lock.unlock();
        }
    }

    // Returns what is left of the timeout (unchanged when waiting without limit).
    private long spinWhileEmpty(long timeoutNanos) {
        long start = System.nanoTime();
        long spin = timeoutNanos < 0 ? SPIN_BEFORE_PARK_NANOS : Math.min(timeoutNanos, SPIN_BEFORE_PARK_NANOS);
        long spent = 0;
        while (available == 0 && spent < spin) {
            Thread.onSpinWait();
            spent = System.nanoTime() - start;
        }
        return timeoutNanos < 0 ? timeoutNanos : timeoutNanos - spent;
    }

    int size() {
        lock.lock();
        try {
            return messages.size();
        } finally {
            lock.unlock();
        }
    }

    OptionalInt nextSize() {
        lock.lock();
        try {
            ReceivedMessage next = messages.peekFirst();
            return next == null ? OptionalInt.empty() : OptionalInt.of(next.data().length);
        } finally {
            lock.unlock();
        }
    }

    int waitingReaders() {
        lock.lock();
        try {
            return waiting;
        } finally {
            lock.unlock();
        }
    }

    long usedBytes() {
        lock.lock();
        try {
            return usedBytes;
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Closes the queue, discards what is unread and wakes every waiting taker.
     *
     * @return how many messages were discarded, or -1 when it was already closed
     */
    int close() {
        lock.lock();
        try {
            if (closed) {
                return -1;
            }
            closed = true;
            int discarded = messages.size();
            messages.clear();
            available = 0;
            usedBytes = 0;
            notEmpty.signalAll();
            return discarded;
        } finally {
            lock.unlock();
        }
    }

    static long toNanos(java.time.Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("a read timeout cannot be negative: " + timeout);
        }
        if (timeout.equals(Mailslot.WAIT_FOREVER)) {
            return -1;
        }
        try {
            return timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            return TimeUnit.DAYS.toNanos(100L * 365);
        }
    }
}
