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
        assertThat(queue.poll(m -> true)).isSameAs(high);
        assertThat(queue.poll(m -> true)).isSameAs(low1);
        assertThat(queue.poll(m -> true)).isSameAs(low2);
        assertThat(queue.poll(m -> true)).isNull();
    }

    @Test
    void aDelayedMessageIsNotDeliveredBeforeItsDeliveryTime() {
        QueuedMessage delayed = new QueuedMessage(mock(Message.class), 4, now.get() + 5_000, 0, null, 10);
        queue.offer(delayed);
        assertThat(scheduledDelays).containsExactly(5_000L);
        assertThat(queue.poll(m -> true)).isNull();
        assertThat(queue.browse(m -> true)).isEmpty();
        assertThat(queue.depth()).isEqualTo(1);
        now.addAndGet(4_999);
        assertThat(queue.poll(m -> true)).isNull();
        now.addAndGet(1);
        assertThat(queue.poll(m -> true)).isSameAs(delayed);
    }

    @Test
    void anExpiredMessageIsDiscardedAndCounted() {
        queue.offer(new QueuedMessage(mock(Message.class), 4, 0, now.get() + 100, null, 10));
        QueuedMessage fresh = message(4);
        queue.offer(fresh);
        now.addAndGet(100);
        assertThat(queue.poll(m -> true)).isSameAs(fresh);
        assertThat(queue.expiredCount()).isEqualTo(1);
        assertThat(queue.depth()).isZero();
        assertThat(queue.bytes()).isZero();
    }

    @Test
    void aFilterLeavesUnselectedMessagesForOthers() {
        QueuedMessage a = message(4);
        QueuedMessage b = message(4);
        queue.offer(a);
        queue.offer(b);
        assertThat(queue.poll(m -> m == b)).isSameAs(b);
        assertThat(queue.poll(m -> true)).isSameAs(a);
    }

    @Test
    void requeuedMessagesComeBackFirstAndCountDeliveries() {
        QueuedMessage a = message(4);
        QueuedMessage b = message(4);
        queue.offer(a);
        queue.offer(b);
        QueuedMessage first = queue.poll(m -> true);
        QueuedMessage second = queue.poll(m -> true);
        assertThat(first.deliveryCount()).isEqualTo(1);
        assertThat(first.redelivered()).isFalse();
        // A session recovering returns its messages newest first, so they come back in their original order.
        queue.requeue(second);
        queue.requeue(first);
        QueuedMessage again = queue.poll(m -> true);
        assertThat(again).isSameAs(a);
        assertThat(again.deliveryCount()).isEqualTo(2);
        assertThat(again.redelivered()).isTrue();
        assertThat(queue.poll(m -> true)).isSameAs(b);
    }

    @Test
    void theByteQuotaRefusesAndCountsOverflow() {
        MessageQueue small = new MessageQueue("small", now::get, DeliveryScheduler.NONE, 25);
        assertThat(small.offer(message(4))).isTrue();
        assertThat(small.offer(message(4))).isTrue();
        assertThat(small.offer(message(4))).isFalse();
        assertThat(small.refusedCount()).isEqualTo(1);
        small.poll(m -> true);
        assertThat(small.offer(message(4))).isTrue();
    }

    @Test
    void closingDiscardsMessagesAndRefusesOffers() {
        queue.offer(message(4));
        queue.close();
        assertThat(queue.depth()).isZero();
        assertThat(queue.poll(m -> true)).isNull();
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
        assertThat(live.poll(m -> true)).isSameAs(sent);
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
