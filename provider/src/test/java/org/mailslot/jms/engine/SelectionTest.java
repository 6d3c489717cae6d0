package org.mailslot.jms.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import jakarta.jms.Message;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A consumer's selection is evaluated with the queue's lock released: while one consumer's selector runs, writers
 * and other consumers go on; a message nobody's selector accepts stays for later consumers; each message still
 * goes to one consumer, and each verdict is reached once.
 */
@Timeout(30)
class SelectionTest {

    private final MessageQueue queue = new MessageQueue("orders", () -> 1_000_000L, (delay, task) -> { }, 0);

    private static QueuedMessage message() {
        return new QueuedMessage(mock(Message.class), 4, 0, 0, null, 10);
    }

    @Test
    void whileASelectorRunsTheQueueServesEveryoneElse() throws Exception {
        CountDownLatch evaluating = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        QueuedMessage stuck = message();
        queue.offer(stuck);
        Selection slow = Selection.keeping(m -> {
            evaluating.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        });
        CompletableFuture<QueuedMessage> slowTake = CompletableFuture.supplyAsync(() -> queue.poll(slow));
        assertThat(evaluating.await(5, TimeUnit.SECONDS)).isTrue();

        // The slow selector is mid-evaluation: a writer and another consumer must not wait for it.
        QueuedMessage next = message();
        assertThat(CompletableFuture.supplyAsync(() -> queue.offer(next)).get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(CompletableFuture.supplyAsync(() -> queue.poll(Selection.inline(m -> m == next)))
                .get(5, TimeUnit.SECONDS))
                .isSameAs(next);
        assertThat(slowTake).isNotDone();

        release.countDown();
        assertThat(slowTake.get(5, TimeUnit.SECONDS)).isNull();
        assertThat(queue.poll(Selection.ALL)).as("rejected, so kept for later consumers").isSameAs(stuck);
    }

    @Test
    void eachVerdictIsReachedOnceAndAMatchGoesToOneConsumer() {
        AtomicInteger evaluations = new AtomicInteger();
        QueuedMessage wanted = message();
        QueuedMessage other = message();
        queue.offer(other);
        queue.offer(wanted);
        Selection picky = Selection.keeping(m -> {
            evaluations.incrementAndGet();
            return m == wanted;
        });
        assertThat(queue.poll(picky)).isSameAs(wanted);
        assertThat(queue.poll(picky)).isNull();
        assertThat(queue.poll(picky)).isNull();
        assertThat(evaluations).hasValue(2);
        assertThat(queue.poll(Selection.ALL)).isSameAs(other);
        assertThat(queue.poll(Selection.ALL)).isNull();
    }

    @Test
    void aSubscriptionDiscardsWhatItsSelectorRejects() {
        queue.offer(message());
        QueuedMessage wanted = message();
        queue.offer(wanted);
        assertThat(queue.poll(Selection.discarding(m -> m == wanted))).isSameAs(wanted);
        assertThat(queue.depth()).isZero();
    }
}
