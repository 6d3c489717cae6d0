package org.mailslot.jms.engine;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Predicate;

/**
 * What one consumer (or one topic subscription) accepts from a {@link MessageQueue}, with the verdicts it has
 * reached so far. A selector may be arbitrarily slow (a {@code LIKE} with many wildcards backtracks), so the queue
 * never evaluates it while holding its lock: it asks for the verdicts it lacks, releases the lock, lets the
 * consumer's own thread {@link #judge judge} those messages and looks again. A slow selector then delays only the
 * consumer that owns it; writers into the queue (the host's reader thread among them) never wait for it.
 *
 * <p>A verdict is kept per message and delivery count, because a selector may read {@code JMSRedelivered} or
 * {@code JMSXDeliveryCount}; verdicts go with their messages (weak keys).
 */
public final class Selection implements Predicate<QueuedMessage> {

    /** Accepts every message, with nothing to evaluate. */
    public static final Selection ALL = new Selection(null, false);

    private final Predicate<QueuedMessage> test;
    private final boolean discardsRejected;
    private final boolean inline;
    private final Map<QueuedMessage, Verdict> verdicts = Collections.synchronizedMap(new WeakHashMap<>());

    private Selection(Predicate<QueuedMessage> test, boolean discardsRejected) {
        this(test, discardsRejected, false);
    }

    private Selection(Predicate<QueuedMessage> test, boolean discardsRejected, boolean inline) {
        this.test = test;
        this.discardsRejected = discardsRejected;
        this.inline = inline;
    }

    /** A cheap test (noLocal, identity) the queue may run under its lock; nothing is remembered. */
    static Selection inline(Predicate<QueuedMessage> test) {
        return new Selection(test, false, true);
    }

    /** A consumer of a queue: a message its test rejects stays in the queue for other consumers. */
    public static Selection keeping(Predicate<QueuedMessage> test) {
        return new Selection(test, false);
    }

    /**
     * A topic subscription: a message its test rejects was never meant for the subscription and is discarded
     * when found (the publisher does not run the selector, see {@link TopicRouter#publish}).
     */
    public static Selection discarding(Predicate<QueuedMessage> test) {
        return new Selection(test, true);
    }

    /** Whether every message is accepted without evaluation. */
    public boolean acceptsAll() {
        return test == null;
    }

    boolean discardsRejected() {
        return discardsRejected;
    }

    /** The verdict reached for the message as it is now, or null when it still has to be judged. */
    Boolean known(QueuedMessage message) {
        if (test == null) {
            return Boolean.TRUE;
        }
        if (inline) {
            return test.test(message);
        }
        Verdict verdict = verdicts.get(message);
        return (verdict == null || verdict.deliveryCount != message.deliveryCount()) ? null : verdict.accepted;
    }

    /** Evaluates the test for one message and remembers the verdict; call without holding any queue lock. */
    void judge(QueuedMessage message) {
        int deliveryCount = message.deliveryCount();
        boolean accepted = test.test(message);
        verdicts.put(message, new Verdict(deliveryCount, accepted));
    }

    /** Evaluates the test directly (browsing, tests); the queue uses {@link #known} and {@link #judge}. */
    @Override
    public boolean test(QueuedMessage message) {
        return test == null || test.test(message);
    }

    private record Verdict(int deliveryCount, boolean accepted) {
    }
}
