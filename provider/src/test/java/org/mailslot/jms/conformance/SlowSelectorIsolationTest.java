package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.jms.client.MessageSelector;
import org.mailslot.jms.message.MailslotTextMessage;
import org.mailslot.slot.LoopbackHosts;

/**
 * One consumer with a pathological selector cannot stall the host: a {@code LIKE} with 10 wildcards compiles to a
 * backtracking regular expression that takes a good fraction of a second per message, while another slot's traffic
 * flows at full rate over UDP loopback. The fast slot's consumer keeps taking messages while the slow one is inside
 * its selector, and the host's reader thread is never seen waiting for a lock the slow consumer holds. The rates
 * with and without the slow consumer are printed, not asserted: their ratio is a benchmark figure
 * ({@code bench/README.md}, "Selector isolation"), and a machine under other load moves it.
 */
@Timeout(180)
class SlowSelectorIsolationTest {

    private static final String PATHOLOGICAL = "p LIKE '%a%a%a%a%a%a%a%a%a%b'";
    // 28 characters: about 0.3 s per evaluation here (200, as in the report, would never finish).
    private static final String NEVER_MATCHES = "a".repeat(28);
    private static final int SLOW_EVERY = 500;
    private static final int MESSAGES_PER_ROUND = 20_000;
    private static final int ROUNDS = 3;

    private final int port = LoopbackHosts.freePort();
    private final String names = "&nameLookup=none&names=ISORECV=127.0.0.41,ISOSEND=127.0.0.42";
    private final MailslotConnectionFactory receiving = new MailslotConnectionFactory("mailslot://127.0.0.41:"
            + port + "?computerName=ISORECV&broadcast=127.255.255.255" + names);
    private final MailslotConnectionFactory sending = new MailslotConnectionFactory("mailslot://127.0.0.42:"
            + port + "?computerName=ISOSEND&broadcast=127.255.255.255" + names);
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    @AfterEach
    void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(10_000);
        }
        sending.close();
        receiving.close();
    }

    @Test
    void aPathologicalSelectorDelaysOnlyItsOwnConsumer() throws Exception {
        Connection receiver = receiving.createConnection();
        AtomicLong fastReceived = new AtomicLong();
        Session fastSession = receiver.createSession();
        fastSession.createConsumer(fastSession.createQueue("fast")).setMessageListener(m -> fastReceived.incrementAndGet());
        Session slowSession = receiver.createSession();
        MessageConsumer slow = slowSession.createConsumer(slowSession.createQueue("slow"), PATHOLOGICAL);
        receiver.start();
        Thread reader = receiving.host().orElseThrow().readerThreads().get(0);

        start("sender", this::sendAtFullRate);
        AtomicBoolean slowConsuming = new AtomicBoolean();
        AtomicBoolean burning = new AtomicBoolean();
        Thread slowThread = start("slow-consumer", () -> {
            while (running.get()) {
                if (slowConsuming.get()) {
                    assertThat(slow.receive(50)).isNull();
                } else {
                    LockSupport.parkNanos(1_000_000);
                }
            }
        });
        MessageSelector sameSelector = MessageSelector.parse(PATHOLOGICAL);
        MailslotTextMessage sample = new MailslotTextMessage();
        sample.setStringProperty("p", NEVER_MATCHES);
        start("same-cpu-load", () -> {
            while (running.get()) {
                if (burning.get()) {
                    assertThat(sameSelector.matches(sample)).isFalse();
                } else {
                    LockSupport.parkNanos(1_000_000);
                }
            }
        });
        ThreadMXBean threadsBean = ManagementFactory.getThreadMXBean();
        AtomicLong readerBlockedBySlow = new AtomicLong();
        AtomicLong slowInSelector = new AtomicLong();
        AtomicLong fastProgressWhileSelecting = new AtomicLong();
        start("sampler", () -> {
            long fastAtLastSelectingSample = -1;
            while (running.get()) {
                ThreadInfo readerInfo = threadsBean.getThreadInfo(reader.getId());
                if (readerInfo != null && readerInfo.getLockOwnerId() == slowThread.getId()) {
                    readerBlockedBySlow.incrementAndGet();
                }
                ThreadInfo slowInfo = threadsBean.getThreadInfo(slowThread.getId(), 64);
                if (slowConsuming.get() && slowInfo != null && Arrays.stream(slowInfo.getStackTrace())
                        .anyMatch(frame -> frame.getClassName().startsWith("java.util.regex"))) {
                    slowInSelector.incrementAndGet();
                    long fastNow = fastReceived.get();
                    if (fastAtLastSelectingSample >= 0 && fastNow > fastAtLastSelectingSample) {
                        fastProgressWhileSelecting.incrementAndGet();
                    }
                    fastAtLastSelectingSample = fastNow;
                } else {
                    fastAtLastSelectingSample = -1;
                }
                LockSupport.parkNanos(1_000_000);
            }
        });

        measure(fastReceived); // warm-up: JIT, socket buffers
        double[] control = new double[ROUNDS];
        double[] isolated = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            burning.set(true);
            control[round] = measure(fastReceived);
            burning.set(false);
            slowConsuming.set(true);
            isolated[round] = measure(fastReceived);
            slowConsuming.set(false);
        }
        Arrays.sort(control);
        Arrays.sort(isolated);
        double controlRate = control[ROUNDS / 2];
        double isolatedRate = isolated[ROUNDS / 2];
        System.out.printf("ISOLATION fast slot: %.0f msg/s with the same CPU load, %.0f msg/s beside the slow"
                        + " consumer (%.1f %%); reader blocked by it in %d samples, selector running in %d samples, fast"
                + " slot moving in %d of them%n",
                controlRate, isolatedRate, 100 * isolatedRate / controlRate, readerBlockedBySlow.get(),
                slowInSelector.get(), fastProgressWhileSelecting.get());

        assertThat(slowInSelector).as("the slow consumer was evaluating its selector").hasPositiveValue();
        assertThat(readerBlockedBySlow).as("samples of the reader waiting on a lock the slow consumer holds")
                .hasValue(0);
        assertThat(fastProgressWhileSelecting).as("samples in which the fast slot took messages while the slow"
                + " consumer was evaluating its selector").hasPositiveValue();
    }

    /** Messages per second the fast slot's consumer takes while the next {@value #MESSAGES_PER_ROUND} arrive. */
    private static double measure(AtomicLong received) {
        long target = received.get() + MESSAGES_PER_ROUND;
        long started = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5)).until(() -> received.get() >= target);
        return MESSAGES_PER_ROUND * 1e9 / (System.nanoTime() - started);
    }

    private void sendAtFullRate() throws JMSException {
        try (Connection connection = sending.createConnection()) {
            Session session = connection.createSession();
            MessageProducer toFast = session.createProducer(session.createQueue("\\\\ISORECV\\mailslot\\fast"));
            MessageProducer toSlow = session.createProducer(session.createQueue("\\\\ISORECV\\mailslot\\slow"));
            TextMessage fast = session.createTextMessage("fast");
            TextMessage slowOne = session.createTextMessage("slow");
            slowOne.setStringProperty("p", NEVER_MATCHES);
            for (long n = 0; running.get(); n++) {
                toFast.send(fast);
                if (n % SLOW_EVERY == 0) {
                    toSlow.send(slowOne);
                }
            }
        }
    }

    private Thread start(String name, ThrowingRunnable body) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } catch (Exception e) {
                if (running.get()) {
                    throw new IllegalStateException(name + " failed", e);
                }
            }
        }, "isolation-" + name);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
        return thread;
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
