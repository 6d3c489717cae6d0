package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.slot.LoopbackHosts;

/**
 * The bridge as a real process ({@code bridge/bin/mailslot-bridge}, default limits) under 100,000 datagrams to
 * 100,000 distinct slot names at full speed, then a steady known-good stream to an operator-declared slot: the heap
 * after a full GC stays within {@value #HEAP_BOUND_MIB} MiB of the idle heap (the bound README documents), every
 * known-good message arrives, 10,000 copies of one write become one message and {@code duplicate} drops without a
 * log line each, the final summary adds up with the excess slots counted as {@code slot_limit}, and SIGTERM stops
 * the process within 5 seconds.
 */
@Timeout(120)
class SlotFloodIT {

    private static final int SLOTS = 100_000;
    private static final int GOOD = 1_000;
    private static final int COPIES = 10_000;
    private static final int DEFAULT_MAX_SLOTS = 500;
    private static final long HEAP_BOUND_MIB = 64;
    private static final Duration START = Duration.ofSeconds(60);
    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final Pattern SUMMARY = Pattern.compile("Bridge stopped: .*received (\\d+), forwarded (\\d+),"
            + " dropped (\\d+)(?: \\(([^)]*)\\))?, buffered (\\d+)");

    @TempDir
    Path workDir;

    @Test
    void aHundredThousandSlotNamesCostBoundedHeapAndKnownGoodTrafficFlows() throws Exception {
        int port = LoopbackHosts.freePort();
        int tcpPort = RunningBridge.freeTcpPort();
        try (LauncherProcess bridge = LauncherProcess.start(workDir, "mailslot-bridge", List.of(
                "--listen", "127.0.0.1:" + port, "--tcp-port", Integer.toString(tcpPort), "--allow-anonymous",
                "--computer-name", RunningBridge.COMPUTER, "--allow", "good,flood*"));
             WindowsPeer attacker = new WindowsPeer("127.0.0.6", port);
             WindowsPeer winpc = new WindowsPeer("127.0.0.5", port)) {
            bridge.awaitLine(l -> l.startsWith("Artemis broker for clients:"), START);
            try (Connection artemis = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + tcpPort).createConnection()) {
                artemis.start();
                Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
                MessageConsumer good = session.createConsumer(session.createQueue("mailslot.good"));
                long idleKib = heapAfterGcKib(bridge.process().pid());

                byte[] payload = "x".repeat(64).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < SLOTS; i++) {
                    attacker.send(attacker.unique("EVIL", i & 0xFFFF, "FLOOD" + i, payload));
                }

                // The first known-good datagram may meet a full socket buffer while the flood is being read: send it
                // until one arrives, then the steady stream.
                int[] probes = {0};
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    probes[0]++;
                    winpc.send(winpc.unique("WINPC", probes[0], "GOOD", ("probe " + probes[0]).getBytes(
                            StandardCharsets.US_ASCII)));
                    return good.receive(200) != null;
                });
                drain(good);
                // One write repeated 10,000 times (a sender with a fixed DGM_ID): one message, the rest DUPLICATE
                // drops, and no log line per copy. Sent once the flood is read (a probe came through), so the copies
                // meet the bridge rather than a socket buffer the flood still fills.
                for (int i = 0; i < COPIES; i++) {
                    winpc.send(winpc.unique("WINPC", 60_000, "GOOD", "same".getBytes(StandardCharsets.US_ASCII)));
                }
                Message once = good.receive(RunningBridge.WAIT.toMillis());
                assertThat(once).as("the one forwarded copy").isNotNull();
                assertThat(new String(once.getBody(byte[].class), StandardCharsets.US_ASCII)).isEqualTo("same");
                for (int i = 0; i < GOOD; i++) {
                    winpc.send(winpc.unique("WINPC", 1000 + i, "GOOD",
                            ("good " + i).getBytes(StandardCharsets.US_ASCII)));
                    Message m = good.receive(RunningBridge.WAIT.toMillis());
                    assertThat(m).as("known-good message %d", i).isNotNull();
                    assertThat(new String(m.getBody(byte[].class), StandardCharsets.US_ASCII)).isEqualTo("good " + i);
                }

                long floodedKib = heapAfterGcKib(bridge.process().pid());
                long growthMib = (floodedKib - idleKib) / 1024;
                System.out.printf("SlotFloodIT: heap after GC idle %d KiB, after %d slot names %d KiB (+%d MiB)%n",
                        idleKib, SLOTS, floodedKib, growthMib);
                assertThat(growthMib).as("heap growth after GC, MiB").isLessThan(HEAP_BOUND_MIB);

                long stopping = System.nanoTime();
                bridge.process().destroy(); // SIGTERM
                assertThat(bridge.process().waitFor(5, TimeUnit.SECONDS)).as("stopped within 5 s").isTrue();
                assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(5));

                Matcher summary = SUMMARY.matcher(bridge.stderr());
                assertThat(summary.find()).as(bridge.stderr()).isTrue();
                long received = Long.parseLong(summary.group(1));
                long forwarded = Long.parseLong(summary.group(2));
                long dropped = Long.parseLong(summary.group(3));
                String reasons = summary.group(4);
                assertThat(received).isEqualTo((long) SLOTS + COPIES + probes[0] + GOOD);
                assertThat(Long.parseLong(summary.group(5))).as("buffered after stop").isZero();
                assertThat(forwarded + dropped).as("counters add up").isEqualTo(received);
                assertThat(forwarded).isGreaterThanOrEqualTo(GOOD + 1)
                        .isLessThanOrEqualTo((long) GOOD + probes[0] + 1 + DEFAULT_MAX_SLOTS);
                assertThat(reasons).contains("duplicate");
                assertThat(bridge.stderr()).as("the log stays quiet").hasSizeLessThan(64 * 1024)
                        .doesNotContain("Duplicate message");
                assertThat(reasons).contains("slot_limit");
                assertThat(slotLimit(reasons) + kernelDrops(reasons))
                        .isGreaterThanOrEqualTo(SLOTS - DEFAULT_MAX_SLOTS);
            }
        }
    }

    private static void drain(MessageConsumer consumer) throws Exception {
        while (consumer.receive(200) != null) {
            // probes that arrived late
        }
    }

    private static long slotLimit(String reasons) {
        Matcher m = Pattern.compile("slot_limit (\\d+)").matcher(reasons);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static long kernelDrops(String reasons) {
        Matcher m = Pattern.compile("kernel_buffer (\\d+)").matcher(reasons);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** The process's used heap right after a full GC, from the JDK's own {@code jcmd}. */
    private static long heapAfterGcKib(long pid) throws IOException, InterruptedException {
        run("jcmd", Long.toString(pid), "GC.run");
        String info = run("jcmd", Long.toString(pid), "GC.heap_info");
        Matcher used = HEAP_USED.matcher(info);
        assertThat(used.find()).as(info).isTrue();
        return Long.parseLong(used.group(1));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
