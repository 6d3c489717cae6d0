package org.mailslot.jms.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * What one {@link MessageQueue} holds, in delivery order: a deque per priority for the deliverable messages (9
 * first, FIFO within a priority) and a schedule of those not due yet, with the byte and message counts the quota
 * and {@code depth()} read. Not thread-safe: the queue's lock guards every call; waiting, redelivery policy and
 * listeners stay in the queue.
 */
final class QueueContents {

    private static final int PRIORITIES = 10;
    // Verdicts asked for per unlocked round: bounds the list, and lets a consumer take an early match sooner.
    private static final int JUDGE_BATCH = 16;

    @SuppressWarnings({"unchecked", "rawtypes"}) // Java has no generic array creation
    private final ArrayDeque<QueuedMessage>[] ready = new ArrayDeque[PRIORITIES];
    private final PriorityQueue<QueuedMessage> scheduled = new PriorityQueue<>(QueueContents::compareDue);
    private long nextSequence;
    private long bytes;
    private int depth;

    // Due time, then arrival: a plain method, as Comparator.comparingLong's chain spun method handles that showed
    // in the time to a factory's first message.
    private static int compareDue(QueuedMessage a, QueuedMessage b) {
        int byTime = Long.compare(a.dueTime(), b.dueTime());
        return byTime != 0 ? byTime : Long.compare(a.sequence(), b.sequence());
    }

    QueueContents() {
        for (int i = 0; i < PRIORITIES; i++) {
            ready[i] = new ArrayDeque<>();
        }
    }

    /**
     * A verdict of {@link #scan}: the message taken, or the messages (at most {@value #JUDGE_BATCH}) to judge with
     * the lock released before the scan can go on; both null when nothing is deliverable.
     */
    record Scan(QueuedMessage found, List<QueuedMessage> unjudged) {
    }

    long bytes() {
        return bytes;
    }

    int depth() {
        return depth;
    }

    /** Adds a new message at the tail of its priority; false when it is not due yet and waits in the schedule. */
    boolean add(QueuedMessage message, long now) {
        message.assignSequence(nextSequence++);
        bytes += message.size();
        depth++;
        if (message.dueAt(now)) {
            ready[message.priority()].addLast(message);
            return true;
        }
        scheduled.add(message);
        return false;
    }

    /** Puts a returned message back at the head of its priority, so redelivery keeps the original order. */
    void returnToHead(QueuedMessage message) {
        bytes += message.size();
        depth++;
        ready[message.priority()].addFirst(message);
    }

    /** Puts a returned message in the schedule, due at {@code dueTime}. */
    void returnAt(QueuedMessage message, long dueTime) {
        bytes += message.size();
        depth++;
        message.redeliverAt(dueTime);
        scheduled.add(message);
    }

    /** The scheduled message due first, or null. */
    QueuedMessage nextScheduled() {
        return scheduled.peek();
    }

    /** The deliverable, unexpired messages in delivery order, without taking them. */
    List<QueuedMessage> deliverable(long now) {
        promoteDue(now);
        List<QueuedMessage> snapshot = new ArrayList<>();
        for (int p = PRIORITIES - 1; p >= 0; p--) {
            for (QueuedMessage m : ready[p]) {
                if (!m.expiredAt(now)) {
                    snapshot.add(m);
                }
            }
        }
        return snapshot;
    }

    /**
     * One pass in delivery order: takes the first message the selection is known to accept, unless a message
     * before it has no verdict yet; then returns those (at most {@value #JUDGE_BATCH}) to be judged unlocked.
     * Messages a discarding selection rejects leave here, and so do expired ones.
     */
    Scan scan(Selection selection, long now) {
        promoteDue(now);
        List<QueuedMessage> unjudged = null;
        for (int p = PRIORITIES - 1; p >= 0; p--) {
            Iterator<QueuedMessage> it = ready[p].iterator();
            while (it.hasNext()) {
                QueuedMessage m = it.next();
                if (m.expiredAt(now)) {
                    it.remove();
                    release(m);
                    continue;
                }
                Boolean verdict = selection.known(m);
                if (verdict == null) {
                    if (unjudged == null) {
                        unjudged = new ArrayList<>();
                    }
                    unjudged.add(m);
                    if (unjudged.size() == JUDGE_BATCH) {
                        return new Scan(null, unjudged);
                    }
                } else if (verdict) {
                    if (unjudged != null) {
                        return new Scan(null, unjudged);
                    }
                    it.remove();
                    release(m);
                    m.markDelivered();
                    return new Scan(m, null);
                } else if (selection.discardsRejected()) {
                    it.remove();
                    release(m);
                }
            }
        }
        return new Scan(null, unjudged);
    }

    /** Discards everything. */
    void clear() {
        for (ArrayDeque<QueuedMessage> deque : ready) {
            deque.clear();
        }
        scheduled.clear();
        bytes = 0;
        depth = 0;
    }

    private void release(QueuedMessage m) {
        bytes -= m.size();
        depth--;
    }

    private void promoteDue(long now) {
        QueuedMessage head;
        while ((head = scheduled.peek()) != null && head.dueAt(now)) {
            scheduled.poll();
            ready[head.priority()].addLast(head);
        }
    }
}
