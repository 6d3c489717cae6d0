package org.mailslot.bench.jms;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.mailslot.bench.bridge.ProcessCpu;
import org.mailslot.jms.MailslotConnectionFactory;

/**
 * CPU per message and threads with N sessions, each a MessageListener on its own queue, fed round-robin by one
 * producer at a paced total rate (10 messages every millisecond: 10,000/s), for the mailslot provider in-JVM and
 * Artemis in-VM in one run. CPU is the process's CPU time over the measured seconds divided by the messages
 * received; threads are the JVM's live threads while the sessions run minus those before the connection (Artemis
 * keeps the pools of earlier runs, so its count after the first run is what it adds). After the paced run, the same
 * sessions sit idle and the CPU they cost is measured: for ours, the CPU of the provider's threads; for Artemis, the
 * whole process (its broker shares the JVM).
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.mailslot.bench.jms.SessionScale [measure seconds]
 * [warm-up seconds]}; {@code -Dbench.sessions=1,10,100,1000,10000} and {@code -Dbench.artemisMax=1000} (Artemis
 * with more sessions takes minutes to set up).
 */
public final class SessionScale {

    private static final int PER_TICK = 10;
    private static final long TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Result(double cpuMicrosPerMessage, int threads, double idleCpuPercent) {
    }

    private SessionScale() {
    }

    public static void main(String[] args) throws Exception {
        int measureSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        int warmupSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int[] counts = Arrays.stream(System.getProperty("bench.sessions", "1,10,100,1000,10000").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        int artemisMax = Integer.getInteger("bench.artemisMax", 1000);
        List<String> rows = new ArrayList<>();
        try (EmbeddedArtemis artemis = new EmbeddedArtemis(61698)) {
            ActiveMQConnectionFactory artemisInVm = new ActiveMQConnectionFactory(artemis.inVmUrl());
            Result oursAtOne = null;
            for (int sessions : counts) {
                Result ours;
                try (MailslotConnectionFactory local = new MailslotConnectionFactory(
                        "mailslot://local?jms.metricsName=session-scale-" + sessions)) {
                    ours = run(local, "ours." + sessions, "mailslot-", sessions, measureSeconds, warmupSeconds);
                }
                if (oursAtOne == null) {
                    oursAtOne = ours;
                }
                Result theirs = sessions <= artemisMax
                        ? run(artemisInVm, "artemis." + sessions, "", sessions, measureSeconds, warmupSeconds) : null;
                rows.add(String.format("%,7d sessions | ours %6.1f µs/msg (%4.2fx of 1 session) %5d threads,"
                                + " idle %5.2f %% CPU | artemis-invm %s", sessions, ours.cpuMicrosPerMessage(),
                        ours.cpuMicrosPerMessage() / oursAtOne.cpuMicrosPerMessage(), ours.threads(),
                        ours.idleCpuPercent(), theirs == null ? "not run"
                                : String.format("%6.1f µs/msg %5d threads, idle %5.2f %% CPU (ours %4.2fx)",
                                theirs.cpuMicrosPerMessage(), theirs.threads(), theirs.idleCpuPercent(),
                                ours.cpuMicrosPerMessage() / theirs.cpuMicrosPerMessage())));
                System.out.println(rows.get(rows.size() - 1));
            }
        }
        System.out.println();
        System.out.printf("paced at %d messages/s, 100-byte text, %d s measured after %d s warm-up, %d cores%n",
                PER_TICK * 1000, measureSeconds, warmupSeconds, Runtime.getRuntime().availableProcessors());
        rows.forEach(System.out::println);
    }

    /**
     * @param threadPrefix whose threads' CPU counts as idle cost ({@code ""}: the whole process, for Artemis, whose
     *                     broker shares the JVM)
     */
    private static Result run(ConnectionFactory factory, String prefix, String threadPrefix, int sessions,
            int measureSeconds, int warmupSeconds) throws JMSException {
        int threadsBefore = THREADS.getThreadCount();
        AtomicLong received = new AtomicLong();
        try (Connection connection = factory.createConnection()) {
            List<Queue> queues = new ArrayList<>(sessions);
            for (int i = 0; i < sessions; i++) {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                Queue queue = session.createQueue(prefix + "." + i);
                queues.add(queue);
                session.createConsumer(queue).setMessageListener(m -> received.incrementAndGet());
            }
            connection.start();
            Session producing = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = producing.createProducer(null);
            producer.setDeliveryMode(jakarta.jms.DeliveryMode.NON_PERSISTENT);
            TextMessage message = producing.createTextMessage("x".repeat(100));
            Pacer pacer = new Pacer(producer, message, queues);
            pacer.sendFor(TimeUnit.SECONDS.toNanos(warmupSeconds));
            long cpuBefore = ProcessCpu.nanos();
            long receivedBefore = received.get();
            pacer.sendFor(TimeUnit.SECONDS.toNanos(measureSeconds));
            long cpuAfter = ProcessCpu.nanos();
            long count = received.get() - receivedBefore;
            int threads = THREADS.getThreadCount() - threadsBefore;
            // Idle: let the last messages drain, then nothing is sent for as long as the paced run lasted.
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1));
            long idleFrom = ProcessCpu.nanos();
            long ownIdleFrom = ProcessCpu.threadNanos(threadPrefix);
            long idleWall = System.nanoTime();
            LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(measureSeconds));
            long idleCpu = threadPrefix.isEmpty() ? ProcessCpu.nanos() - idleFrom
                    : ProcessCpu.threadNanos(threadPrefix) - ownIdleFrom;
            double idlePercent = 100.0 * idleCpu / (System.nanoTime() - idleWall);
            return new Result(ProcessCpu.microsPer(cpuBefore, cpuAfter, count), threads, idlePercent);
        }
    }

    /** Sends {@value #PER_TICK} messages every millisecond, round-robin over the queues. */
    private static final class Pacer {

        private final MessageProducer producer;
        private final TextMessage message;
        private final List<Queue> queues;
        private int next;

        Pacer(MessageProducer producer, TextMessage message, List<Queue> queues) {
            this.producer = producer;
            this.message = message;
            this.queues = queues;
        }

        void sendFor(long nanos) throws JMSException {
            long start = System.nanoTime();
            long tick = start;
            while (tick - start < nanos) {
                for (int i = 0; i < PER_TICK; i++) {
                    producer.send(queues.get(next), message);
                    next = (next + 1) % queues.size();
                }
                tick += TICK_NANOS;
                long wait = tick - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            }
        }
    }
}
