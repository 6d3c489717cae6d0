package org.mailslot.slot;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.mailslot.concurrent.AdaptiveSpin;

/**
 * The FIFO of unread messages of one slot, bounded by a byte quota. Any number of threads may offer and take; each
 * message is taken by exactly one of them. After {@link #close()} nothing is accepted and blocked takers wake up.
 *
 * <p>Offering and taking are lock-free; the lock only serves readers that have to wait, and a writer touches it
 * only when such a reader exists. A reader that finds the queue empty first spins briefly ({@link AdaptiveSpin}), so
 * that a steady stream flows without a wake-up (a system call and a context switch) per message.
 */
final class SlotQueue {

    /** What each queued message is charged beyond its bytes, so that empty messages cannot pile up unbounded. */
    static final int MESSAGE_OVERHEAD = 64;

    /** The result of an offer. */
    enum Offer { ACCEPTED, FULL, CLOSED }

    private final MailslotName name;
    private final long quotaBytes;
    private final ConcurrentLinkedQueue<ReceivedMessage> messages = new ConcurrentLinkedQueue<>();
    private final AtomicLong usedBytes = new AtomicLong();
    private final AdaptiveSpin spin = new AdaptiveSpin();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private volatile int waiting;
    private volatile boolean closed;

    SlotQueue(MailslotName name, long quotaBytes) {
        this.name = name;
        this.quotaBytes = quotaBytes;
    }

    static long cost(ReceivedMessage message) {
        return (long) message.data().length + MESSAGE_OVERHEAD;
    }

    /** Appends a message unless the quota is used up; a single message always fits into an empty queue. */
    Offer offer(ReceivedMessage message) {
        if (closed) {
            return Offer.CLOSED;
        }
        if (!reserve(cost(message))) {
            return Offer.FULL;
        }
        messages.add(message);
        if (closed && messages.remove(message)) {
            // Closed while we were adding, and close() did not see the message: it was never queued.
            release(message);
            return Offer.CLOSED;
        }
        // Pairs with the reader's "waiting++ then look again": one of the two always sees the other.
        if (waiting > 0) {
            lock.lock();
            try {
                notEmpty.signal();
            } finally {
                lock.unlock();
            }
        }
        return Offer.ACCEPTED;
    }

    private boolean reserve(long cost) {
        while (true) {
            long used = usedBytes.get();
            if (used + cost > quotaBytes && used > 0) {
                return false;
            }
            if (usedBytes.compareAndSet(used, used + cost)) {
                return true;
            }
        }
    }

    private void release(ReceivedMessage message) {
        usedBytes.addAndGet(-cost(message));
    }

    /**
     * Takes the oldest message, waiting up to {@code timeoutNanos} for one.
     *
     * @param timeoutNanos 0 to return at once, negative to wait without limit
     * @return the message, or {@code null} when none arrived in time
     * @throws InterruptedException    when the waiting thread is interrupted
     * @throws MailslotClosedException when the queue is or gets closed while empty
     */
    // waiting is written only under the lock; it is volatile for the writers that read it without the lock.
    @SuppressWarnings("NonAtomicVolatileUpdate")
    ReceivedMessage take(long timeoutNanos) throws InterruptedException, MailslotClosedException {
        ReceivedMessage message = pollNow();
        if (message != null || timeoutNanos == 0) {
            return message;
        }
        long deadline = timeoutNanos < 0 ? 0 : System.nanoTime() + timeoutNanos;
        message = spinWhileEmpty(timeoutNanos);
        if (message != null) {
            return message;
        }
        long parkedSince = System.nanoTime();
        lock.lockInterruptibly();
        try {
            while (true) {
                waiting++;
                try {
                    message = pollNow();
                    if (message != null) {
                        spin.parked(System.nanoTime() - parkedSince);
                        return message;
                    }
                    if (timeoutNanos < 0) {
                        notEmpty.await();
                    } else {
                        long left = deadline - System.nanoTime();
                        if (left <= 0) {
                            spin.parked(System.nanoTime() - parkedSince);
                            return null;
                        }
                        notEmpty.awaitNanos(left);
                    }
                } finally {
                    waiting--;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private ReceivedMessage pollNow() throws MailslotClosedException {
        ReceivedMessage message = messages.poll();
        if (message != null) {
            release(message);
            return message;
        }
        if (closed) {
            throw new MailslotClosedException("mailslot " + name);
        }
        return null;
    }

    private ReceivedMessage spinWhileEmpty(long timeoutNanos) throws MailslotClosedException {
        long limit = timeoutNanos < 0 ? Long.MAX_VALUE : timeoutNanos;
        // Another reader may take the message first; pollNow then finds nothing and the caller waits as usual.
        return spin.spinUntil(() -> !messages.isEmpty() || closed, limit) ? pollNow() : null;
    }

    /** Counts the queued messages; linear in their number, meant for GetMailslotInfo rather than hot paths. */
    int size() {
        return messages.size();
    }

    OptionalInt nextSize() {
        ReceivedMessage next = messages.peek();
        return next == null ? OptionalInt.empty() : OptionalInt.of(next.data().length);
    }

    long usedBytes() {
        return usedBytes.get();
    }

    boolean isClosed() {
        return closed;
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
            int discarded = 0;
            for (ReceivedMessage message = messages.poll(); message != null; message = messages.poll()) {
                release(message);
                discarded++;
            }
            notEmpty.signalAll();
            return discarded;
        } finally {
            lock.unlock();
        }
    }

    static long toNanos(Duration timeout) {
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
