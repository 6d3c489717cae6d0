package org.mailslot.jms.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import jakarta.jms.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MessageQueueTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final List<Long> scheduledDelays = new ArrayList<>();
    private final MessageQueue queue = new MessageQueue("orders", now::get,
            (delay, task) -> scheduledDelays.add(delay), 0);

    private static QueuedMessage message(int priority) {
        return new QueuedMessage(mock(Message.class), priority, 0, 0, null, 10);
    }

    @Test
    void deliversHigherPriorityFirstAndFifoWithinAPriority() {
        QueuedMessage low1 = message(4);
        QueuedMessage high = message(9);
        QueuedMessage low2 = message(4);
        queue.offer(low1);
        queue.offer(high);
        queue.offer(low2);
        assertThat(queue.poll(Selection.ALL)).isSameAs(high);
        assertThat(queue.poll(Selection.ALL)).isSameAs(low1);
        assertThat(queue.poll(Selection.ALL)).isSameAs(low2);
        assertThat(queue.poll(Selection.ALL)).isNull();
    }

    @Test
    void aDelayedMessageIsNotDeliveredBeforeItsDeliveryTime() {
        QueuedMessage delayed = new QueuedMessage(mock(Message.class), 4, now.get() + 5_000, 0, null, 10);
        queue.offer(delayed);
        assertThat(scheduledDelays).containsExactly(5_000L);
        assertThat(queue.poll(Selection.ALL)).isNull();
        assertThat(queue.browse(m -> true)).isEmpty();
        assertThat(queue.depth()).isEqualTo(1);
        now.addAndGet(4_999);
        assertThat(queue.poll(Selection.ALL)).isNull();
        now.addAndGet(1);
        assertThat(queue.poll(Selection.ALL)).isSameAs(delayed);
    }

    @Test
    void anExpiredMessageIsDiscarded() {
        queue.offer(new QueuedMessage(mock(Message.class), 4, 0, now.get() + 100, null, 10));
        QueuedMessage fresh = message(4);
        queue.offer(fresh);
        now.addAndGet(100);
        assertThat(queue.poll(Selection.ALL)).isSameAs(fresh);
        assertThat(queue.depth()).isZero();
        assertThat(queue.bytes()).isZero();
    }

    @Test
    void aFilterLeavesUnselectedMessagesForOthers() {
        QueuedMessage a = message(4);
        QueuedMessage b = message(4);
        queue.offer(a);
        queue.offer(b);
        assertThat(queue.poll(Selection.inline(m -> m == b))).isSameAs(b);
        assertThat(queue.poll(Selection.ALL)).isSameAs(a);
    }

    @Test
    void requeuedMessagesComeBackFirstAndCountDeliveries() {
        QueuedMessage a = message(4);
        QueuedMessage b = message(4);
        queue.offer(a);
        queue.offer(b);
        QueuedMessage first = queue.poll(Selection.ALL);
        QueuedMessage second = queue.poll(Selection.ALL);
        assertThat(first.deliveryCount()).isEqualTo(1);
        // A session recovering returns its messages newest first, so they come back in their original order.
        queue.requeue(second, "recovered");
        queue.requeue(first, "recovered");
        QueuedMessage again = queue.poll(Selection.ALL);
        assertThat(again).isSameAs(a);
        assertThat(again.deliveryCount()).isEqualTo(2);
        assertThat(queue.poll(Selection.ALL)).isSameAs(b);
    }

    @Test
    void theByteQuotaRefusesOverflow() {
        MessageQueue small = new MessageQueue("small", now::get, DeliveryScheduler.NONE, 25);
        assertThat(small.offer(message(4))).isTrue();
        assertThat(small.offer(message(4))).isTrue();
        assertThat(small.offer(message(4))).isFalse();
        small.poll(Selection.ALL);
        assertThat(small.offer(message(4))).isTrue();
    }

    @Test
    void closingDiscardsMessagesAndRefusesOffers() {
        queue.offer(message(4));
        queue.close();
        assertThat(queue.depth()).isZero();
        assertThat(queue.poll(Selection.ALL)).isNull();
        assertThat(queue.offer(message(4))).isFalse();
    }

    @Test
    void listenersHearOfNewMessages() {
        AtomicInteger calls = new AtomicInteger();
        Runnable remove = queue.onAvailable(calls::incrementAndGet);
        queue.offer(message(4));
        assertThat(calls).hasValue(1);
        remove.run();
        queue.offer(message(4));
        assertThat(calls).hasValue(1);
    }

    @Test
    @Timeout(10)
    void takeWaitsForAMessage() throws Exception {
        MessageQueue live = new MessageQueue("live", System::currentTimeMillis, DeliveryScheduler.NONE, 0);
        CompletableFuture<QueuedMessage> taken = CompletableFuture.supplyAsync(() -> takeQuietly(live, 0, Waiter.ALWAYS));
        QueuedMessage sent = message(4);
        live.offer(sent);
        assertThat(taken.get(5, TimeUnit.SECONDS)).isSameAs(sent);
    }

    @Test
    @Timeout(10)
    void aPausedWaiterTakesNothingAndACancelledOneReturns() throws Exception {
        MessageQueue live = new MessageQueue("live", System::currentTimeMillis, DeliveryScheduler.NONE, 0);
        AtomicBoolean cancelled = new AtomicBoolean();
        Waiter paused = new Waiter() {
            @Override
            public boolean paused() {
                return true;
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
        CompletableFuture<QueuedMessage> taken = CompletableFuture.supplyAsync(() -> takeQuietly(live, 0, paused));
        QueuedMessage sent = message(4);
        live.offer(sent);
        assertThat(live.poll(Selection.ALL)).isSameAs(sent);
        cancelled.set(true);
        live.wakeWaiters();
        assertThat(taken.get(5, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void takeWithATimeoutReturnsNullWhenNothingComes() throws Exception {
        assertThat(queue.take(m -> true, 1, Waiter.ALWAYS)).isNull();
    }

    private static QueuedMessage takeQuietly(MessageQueue queue, long timeout, Waiter waiter) {
        try {
            return queue.take(m -> true, timeout, waiter);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
