package org.mailslot.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialLaneTest {

    private final WorkerPool pool = new WorkerPool("lane-test", 4);
    private final List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final SerialLane dispatcher = pool.newLane(failures::add);

    @AfterEach
    void stop() {
        dispatcher.shutdown(5_000);
        pool.close();
    }

    @Test
    void runsTasksOneAtATimeInTheOrderTheyWereSubmitted() throws Exception {
        List<Integer> order = new ArrayList<>();
        AtomicInteger running = new AtomicInteger();
        AtomicBoolean overlapped = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        for (int i = 0; i < 10_000; i++) {
            int n = i;
            assertThat(dispatcher.submit(() -> {
                if (running.incrementAndGet() != 1) {
                    overlapped.set(true);
                }
                order.add(n);
                running.decrementAndGet();
            })).isTrue();
        }
        dispatcher.submit(done::countDown);

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(overlapped).isFalse();
        assertThat(order).hasSize(10_000).isSorted();
    }

    @Test
    void everyTaskFromManySubmittersRunsExactlyOnceAlsoAfterTheThreadParked() throws Exception {
        int submitters = 4;
        int perSubmitter = 20_000;
        AtomicInteger ran = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < submitters; s++) {
            Thread submitter = new Thread(() -> {
                for (int i = 0; i < perSubmitter; i++) {
                    dispatcher.submit(ran::incrementAndGet);
                    if (i % 5_000 == 0) {
                        // Let the dispatcher run dry and park, so the next submit must wake it.
                        await().atMost(Duration.ofSeconds(10)).until(this::dispatcherParked);
                    }
                }
            });
            threads.add(submitter);
            submitter.start();
        }
        for (Thread submitter : threads) {
            submitter.join();
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> ran.get() == submitters * perSubmitter);
        assertThat(idle()).isTrue();
        assertThat(ran).hasValue(submitters * perSubmitter);
    }

    @Test
    void aTaskThatThrowsDoesNotStopTheLaneAndGoesToItsFailureHandler() throws Exception {
        CountDownLatch after = new CountDownLatch(1);
        dispatcher.submit(() -> {
            throw new IllegalStateException("thrown on purpose by the test");
        });
        dispatcher.submit(after::countDown);

        assertThat(after.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(failures).singleElement().extracting(Throwable::getMessage)
                .isEqualTo("thrown on purpose by the test");
    }

    @Test
    void aTaskThatLeavesTheInterruptFlagSetDoesNotAffectTheNextOne() throws Exception {
        AtomicBoolean interruptedLater = new AtomicBoolean(true);
        CountDownLatch checked = new CountDownLatch(1);
        dispatcher.submit(() -> Thread.currentThread().interrupt());
        await().atMost(Duration.ofSeconds(10)).until(this::dispatcherParked);
        dispatcher.submit(() -> {
            interruptedLater.set(Thread.currentThread().isInterrupted());
            checked.countDown();
        });

        assertThat(checked.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(interruptedLater).isFalse();
    }

    @Test
    void shutdownLetsQueuedTasksFinishAndRefusesNewOnes() {
        ConcurrentLinkedQueue<Integer> ran = new ConcurrentLinkedQueue<>();
        CountDownLatch release = new CountDownLatch(1);
        dispatcher.submit(() -> awaitQuietly(release));
        for (int i = 0; i < 100; i++) {
            int n = i;
            dispatcher.submit(() -> ran.add(n));
        }
        release.countDown();

        dispatcher.shutdown(10_000);

        assertThat(ran).hasSize(100);
        assertThat(dispatcher.submit(() -> ran.add(-1))).isFalse();
        assertThat(ran).doesNotContain(-1);
    }

    @Test
    void shutdownFromTheDispatcherThreadReturnsAtOnceAndTheThreadThenEnds() throws Exception {
        CountDownLatch returned = new CountDownLatch(1);
        dispatcher.submit(() -> {
            dispatcher.shutdown(10_000);
            returned.countDown();
        });

        assertThat(returned.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(dispatcher.submit(() -> { })).isFalse();
    }

    @Test
    void aTaskStillRunningAtTheShutdownTimeoutIsInterrupted() {
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        dispatcher.submit(() -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
        });
        awaitQuietly(started);

        dispatcher.shutdown(50);

        await().atMost(Duration.ofSeconds(10)).untilTrue(interrupted);
    }

    @Test
    void identifiesItsOwnThread() throws Exception {
        AtomicBoolean inside = new AtomicBoolean();
        CountDownLatch done = new CountDownLatch(1);
        dispatcher.submit(() -> {
            inside.set(dispatcher.isRunnerThread());
            done.countDown();
        });

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(inside).isTrue();
        assertThat(dispatcher.isRunnerThread()).isFalse();
    }

    /** Whether every worker of the pool ran dry and parked, seen from the threads' states. */
    private boolean dispatcherParked() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("lane-test-") && !thread.getName().endsWith("watcher"))
                .allMatch(org.mailslot.testing.ThreadStates::isParked);
    }

    private boolean idle() throws InterruptedException {
        CountDownLatch reached = new CountDownLatch(1);
        return dispatcher.submit(reached::countDown) && reached.await(10, TimeUnit.SECONDS);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
