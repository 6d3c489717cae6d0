package org.mailslot.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailslot.testing.ThreadStates;

class WorkerPoolTest {

    private static final String NAME = "pool-test";

    private WorkerPool pool = new WorkerPool(NAME, 4);
    private final List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        pool.close();
        assertThat(failures).isEmpty();
    }

    @Test
    void tenThousandLanesRunInOrderOnNoMoreThreadsThanTheCap() throws Exception {
        int lanes = 10_000;
        int perLane = 5;
        List<SerialLane> all = new ArrayList<>();
        for (int i = 0; i < lanes; i++) {
            all.add(pool.newLane(failures::add));
        }
        AtomicIntegerArray next = new AtomicIntegerArray(lanes);
        AtomicInteger outOfOrder = new AtomicInteger();
        AtomicInteger ran = new AtomicInteger();
        AtomicInteger mostThreads = new AtomicInteger();
        for (int round = 0; round < perLane; round++) {
            for (int lane = 0; lane < lanes; lane++) {
                int expected = round;
                int index = lane;
                all.get(lane).submit(() -> {
                    if (next.getAndIncrement(index) != expected) {
                        outOfOrder.incrementAndGet();
                    }
                    ran.incrementAndGet();
                    mostThreads.accumulateAndGet(pool.threadCount(), Math::max);
                });
            }
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> ran.get() == lanes * perLane);
        assertThat(outOfOrder).hasValue(0);
        assertThat(mostThreads.get()).isBetween(1, pool.maxThreads());
        assertThat(pool.threadCount()).isLessThanOrEqualTo(pool.maxThreads());
    }

    @Test
    void aLaneBlockedInItsTaskDoesNotHoldUpTheOthers() throws Exception {
        SerialLane blocked = pool.newLane(failures::add);
        SerialLane other = pool.newLane(failures::add);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocking = new CountDownLatch(1);
        blocked.submit(() -> {
            blocking.countDown();
            awaitQuietly(release);
        });
        assertThat(blocking.await(10, TimeUnit.SECONDS)).isTrue();
        CountDownLatch otherRan = new CountDownLatch(1);
        other.submit(otherRan::countDown);

        assertThat(otherRan.await(10, TimeUnit.SECONDS)).isTrue();
        release.countDown();
    }

    @Test
    void whenEveryThreadIsBlockedQueuedLanesRunAsSoonAsOneReturns() throws Exception {
        pool.close();
        pool = new WorkerPool(NAME, 1);
        SerialLane blocked = pool.newLane(failures::add);
        SerialLane waiting = pool.newLane(failures::add);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocking = new CountDownLatch(1);
        blocked.submit(() -> {
            blocking.countDown();
            awaitQuietly(release);
        });
        assertThat(blocking.await(10, TimeUnit.SECONDS)).isTrue();
        CountDownLatch waitingRan = new CountDownLatch(1);
        waiting.submit(waitingRan::countDown);
        assertThat(pool.threadCount()).isEqualTo(1);

        release.countDown();

        assertThat(waitingRan.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(pool.threadCount()).isEqualTo(1);
    }

    @Test
    void idleWorkersEndAfterTheKeepAliveAndTheWatcherSleepsWithoutATimeout() throws Exception {
        pool.close();
        pool = new WorkerPool(NAME, 4, 2_000_000L, TimeUnit.MILLISECONDS.toNanos(100));
        CountDownLatch ran = new CountDownLatch(1);
        pool.newLane(failures::add).submit(ran::countDown);
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();

        await().atMost(Duration.ofSeconds(10)).until(() -> pool.threadCount() == 0 && liveWorkers() == 0);
        await().atMost(Duration.ofSeconds(10)).until(() -> watcher().getState() == Thread.State.WAITING);

        CountDownLatch again = new CountDownLatch(1);
        pool.newLane(failures::add).submit(again::countDown);
        assertThat(again.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void closeEndsEveryThread() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        pool.newLane(failures::add).submit(ran::countDown);
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();

        pool.close();

        await().atMost(Duration.ofSeconds(10)).until(() -> poolThreads().isEmpty());
    }

    @Test
    void aTaskSubmittedAfterCloseStillRunsExactlyOnce() {
        SerialLane lane = pool.newLane(failures::add);
        pool.close();
        AtomicInteger ran = new AtomicInteger();

        assertThat(lane.submit(ran::incrementAndGet)).isTrue();

        assertThat(ran).hasValue(1);
    }

    @Test
    void aLaneNeverRunsTwoTasksAtOnceAndWorkersParkAfterABurst() throws Exception {
        List<SerialLane> lanes = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            lanes.add(pool.newLane(failures::add));
        }
        AtomicInteger ran = new AtomicInteger();
        AtomicBoolean twoAtOnce = new AtomicBoolean();
        AtomicIntegerArray inside = new AtomicIntegerArray(lanes.size());
        for (int round = 0; round < 100; round++) {
            for (int i = 0; i < lanes.size(); i++) {
                int index = i;
                lanes.get(i).submit(() -> {
                    if (inside.incrementAndGet(index) != 1) {
                        twoAtOnce.set(true);
                    }
                    ran.incrementAndGet();
                    inside.decrementAndGet(index);
                });
            }
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> ran.get() == 10_000);
        assertThat(twoAtOnce).as("two tasks of one lane ran at once").isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> poolThreads().stream().allMatch(ThreadStates::isParked));
    }

    @Test
    void refusesAPoolWithoutThreads() {
        assertThatThrownBy(() -> new WorkerPool(NAME, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxThreads");
    }

    private static List<Thread> poolThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(NAME + "-") && thread.isAlive()).toList();
    }

    private static int liveWorkers() {
        return (int) poolThreads().stream().filter(thread -> !thread.getName().endsWith("watcher")).count();
    }

    private static Thread watcher() {
        return poolThreads().stream().filter(thread -> thread.getName().endsWith("watcher")).findFirst()
                .orElseThrow();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
