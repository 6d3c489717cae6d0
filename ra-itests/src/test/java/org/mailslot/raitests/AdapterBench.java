package org.mailslot.raitests;

import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.slot.LoopbackHosts;

/**
 * Figures for docs and reports, not run by CI ({@code mvn -pl ra-itests -am verify -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AdapterBench -Dfailsafe.failIfNoSpecifiedTests=false}):
 * .rar deployment time; MDB throughput for 100-byte Windows datagrams over UDP loopback with maxSessions 1 and 4,
 * against the provider's plain JMS MessageListener in the same run; process CPU of the server with the adapter
 * deployed and idle, and after it is undeployed. Prints lines starting with {@code bench:}.
 */
class AdapterBench {

    private static final int MESSAGES = Integer.getInteger("bench.messages", 20_000);
    private static final Duration IDLE = Duration.ofSeconds(Integer.getInteger("bench.idleSeconds", 30));
    private static final String PLAIN_ADDRESS = "127.0.0.5";

    @Test
    void run() throws Exception {
        int port = LoopbackHosts.freePort();
        Path workDir = Path.of("target", "payara-bench").toAbsolutePath();
        byte[] payload = new byte[100];
        Arrays.fill(payload, (byte) 'x');
        try (DeployedAdapter deployed = DeployedAdapter.start(workDir, port);
             WindowsSender windows = new WindowsSender("PEER", DeployedAdapter.PEER_ADDRESS, port);
             MailslotConnectionFactory plain = new MailslotConnectionFactory("mailslot://" + PLAIN_ADDRESS + ":"
                     + port + "?computerName=PLAIN&broadcast=127.255.255.255&nameLookup=none")) {
            report("rar deployment ms=" + deployed.rarDeployMillis + " app deployment ms=" + deployed.appDeployMillis);
            // Warm both paths once, then measure.
            for (String slot : new String[] {"bench1", "bench4"}) {
                mdb(deployed, windows, slot, 2_000, payload);
            }
            plainListener(plain, windows, 2_000, payload);
            for (int round = 0; round < 2; round++) {
                report("round " + round + " plain JMS listener " + plainListener(plain, windows, MESSAGES, payload));
                report("round " + round + " MDB maxSessions=1 " + mdb(deployed, windows, "bench1", MESSAGES, payload));
                report("round " + round + " MDB maxSessions=4 " + mdb(deployed, windows, "bench4", MESSAGES, payload));
            }
            report("idle server with adapter and app deployed, first window: " + idleCpu(deployed));
            report("idle server with adapter and app deployed, second window: " + idleCpu(deployed));
            deployed.server.command("undeploy app", DeployedAdapter.SERVER_LIMIT);
            deployed.server.command("undeploy mailslot-ra", DeployedAdapter.SERVER_LIMIT);
            report("idle server after undeploying both: " + idleCpu(deployed));
        }
    }

    private static int sequence;

    private static String mdb(DeployedAdapter deployed, WindowsSender windows, String slot, int messages,
                              byte[] payload) throws Exception {
        deployed.server.get("reset?key=" + slot);
        long before = 0;
        for (int i = 0; i < messages; i++) {
            windows.unique("APPSRV", DeployedAdapter.SERVER_ADDRESS, ++sequence & 0xFFFF, slot, stamped(payload));
        }
        // Arrivals are over when all came or the count stayed put for a second (datagrams can be dropped).
        long[] last = counter(deployed, slot);
        while (last[0] - before < messages) {
            TimeUnit.SECONDS.sleep(1);
            long[] now = counter(deployed, slot);
            if (now[0] == last[0]) {
                break;
            }
            last = now;
        }
        return rate(last[0] - before, messages, last[1]);
    }

    /** The payload with the sequence number in front, so no two datagrams are copies of each other. */
    private static byte[] stamped(byte[] payload) {
        byte[] copy = payload.clone();
        java.nio.ByteBuffer.wrap(copy).putInt(sequence);
        return copy;
    }

    private static long[] counter(DeployedAdapter deployed, String slot) throws Exception {
        String[] parts = deployed.server.get("count?key=" + slot).strip().split(" ");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }

    private static String plainListener(MailslotConnectionFactory plain, WindowsSender windows, int messages,
                                        byte[] payload) throws Exception {
        AtomicLong count = new AtomicLong();
        AtomicLong first = new AtomicLong();
        AtomicLong last = new AtomicLong();
        try (Connection connection = plain.createConnection()) {
            Session session = connection.createSession();
            MessageConsumer consumer = session.createConsumer(session.createQueue("bench"));
            consumer.setMessageListener(message -> {
                long now = System.nanoTime();
                first.compareAndSet(0, now);
                last.set(now);
                count.incrementAndGet();
            });
            connection.start();
            for (int i = 0; i < messages; i++) {
                windows.unique("PLAIN", PLAIN_ADDRESS, ++sequence & 0xFFFF, "bench", stamped(payload));
            }
            long seen = -1;
            while (count.get() < messages && count.get() != seen) {
                seen = count.get();
                TimeUnit.SECONDS.sleep(1);
            }
        }
        return rate(count.get(), messages, last.get() - first.get());
    }

    private static String rate(long received, int sent, long nanos) {
        double perSecond = nanos <= 0 ? 0 : received * 1e9 / nanos;
        return String.format("%d/%d received, %.0f msg/s", received, sent, perSecond);
    }

    /** Process CPU, and CPU of the threads running mailslot code (the adapter's share), over the idle window. */
    private static String idleCpu(DeployedAdapter deployed) throws Exception {
        long[] start = cpu(deployed);
        long wallStart = System.nanoTime();
        // A measurement window, not a wait for an event.
        TimeUnit.NANOSECONDS.sleep(IDLE.toNanos());
        long[] end = cpu(deployed);
        long wall = System.nanoTime() - wallStart;
        return String.format("process %.2f%% of one core, mailslot threads %.3f%%, over %d s",
                (end[0] - start[0]) * 100.0 / wall, (end[1] - start[1]) * 100.0 / wall, IDLE.toSeconds());
    }

    private static long[] cpu(DeployedAdapter deployed) throws Exception {
        String[] parts = deployed.server.command("cpu", Duration.ofSeconds(30)).split(" ");
        return new long[] {Long.parseLong(parts[1]), Long.parseLong(parts[2])};
    }

    private static void report(String line) {
        System.out.println("bench: " + line);
    }
}
