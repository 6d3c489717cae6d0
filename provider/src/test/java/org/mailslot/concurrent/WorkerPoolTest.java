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
    private static final java.util.concurrent.atomic.AtomicInteger POOLS = new java.util.concurrent.atomic.AtomicInteger();
    private static final int MAX_THREADS = 4;

    /** Each pool's threads have a name of their own, so a closed pool's last threads are never counted. */
    private String name = nextName();
    private WorkerPool pool = new WorkerPool(name, MAX_THREADS);
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
                    if (ran.get() % 1_000 == 0) {
                        mostThreads.accumulateAndGet(liveWorkers(), Math::max);
                    }
                });
            }
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> ran.get() == lanes * perLane);
        assertThat(outOfOrder).hasValue(0);
        assertThat(mostThreads.get()).isBetween(1, MAX_THREADS);
        assertThat(liveWorkers()).isLessThanOrEqualTo(MAX_THREADS);
    }

    @Test
    void aLaneBlockedInItsTaskDoesNotHoldUpTheOthers() throws Exception {
        CountDownLatch release = blockOneLane();
        SerialLane other = pool.newLane(failures::add);
        CountDownLatch otherRan = new CountDownLatch(1);
        other.submit(otherRan::countDown);

        assertThat(otherRan.await(10, TimeUnit.SECONDS)).isTrue();
        release.countDown();
    }

    @Test
    void whenEveryThreadIsBlockedQueuedLanesRunAsSoonAsOneReturns() throws Exception {
        pool.close();
        name = nextName();
        pool = new WorkerPool(name, 1);
        CountDownLatch release = blockOneLane();
        SerialLane waiting = pool.newLane(failures::add);
        CountDownLatch waitingRan = new CountDownLatch(1);
        waiting.submit(waitingRan::countDown);
        assertThat(liveWorkers()).isEqualTo(1);

        release.countDown();

        assertThat(waitingRan.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(liveWorkers()).isEqualTo(1);
    }

    @Test
    void idleWorkersEndAfterTheKeepAliveAndTheWatcherSleepsWithoutATimeout() throws Exception {
        pool.close();
        name = nextName();
        pool = new WorkerPool(name, MAX_THREADS, 2_000_000L, TimeUnit.MILLISECONDS.toNanos(100));
        CountDownLatch ran = new CountDownLatch(1);
        pool.newLane(failures::add).submit(ran::countDown);
        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();

        await().atMost(Duration.ofSeconds(10)).until(() -> liveWorkers() == 0);
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

    /** Starts a task on a new lane that holds its worker until the returned latch is released. */
    private CountDownLatch blockOneLane() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocking = new CountDownLatch(1);
        pool.newLane(failures::add).submit(() -> {
            blocking.countDown();
            awaitQuietly(release);
        });
        assertThat(blocking.await(10, TimeUnit.SECONDS)).isTrue();
        return release;
    }

    private static String nextName() {
        return NAME + POOLS.incrementAndGet();
    }

    private List<Thread> poolThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(name + "-") && thread.isAlive()).toList();
    }

    private int liveWorkers() {
        return (int) poolThreads().stream().filter(thread -> !thread.getName().endsWith("watcher")).count();
    }

    private Thread watcher() {
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
