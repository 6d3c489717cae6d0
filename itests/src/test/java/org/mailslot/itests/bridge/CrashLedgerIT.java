package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.metrics.IngressLedger;
import org.mailslot.slot.LoopbackHosts;

/**
 * {@code kill -9} of a {@code --durable} bridge process in the middle of a flood: the next start on the same data
 * directory reports what the dead run had received but neither forwarded nor dropped, and that report, the
 * messages the broker kept and the drops account for every datagram the dead run recorded.
 */
@Timeout(120)
class CrashLedgerIT {

    private static final int SENT = 20_000;
    private static final Duration START = Duration.ofSeconds(60);
    private static final Pattern REPORT = Pattern.compile("did not stop cleanly: .* had received (\\d+) datagrams,"
            + " forwarded (\\d+), dropped (\\d+); (\\d+) received but not forwarded");

    private static final Pattern FINAL_SUMMARY = Pattern.compile("Bridge stopped: .*received (\\d+), forwarded"
            + " (\\d+), dropped (\\d+)(?: \\([^)]*\\))?, buffered (\\d+)");

    @TempDir
    Path workDir;

    @Test
    void theRestartReportsWhatTheKilledRunReceivedButDidNotForward() throws Exception {
        int port = LoopbackHosts.freePort();
        int tcpPort = RunningBridge.freeTcpPort();
        Path data = workDir.resolve("data");
        List<String> args = List.of("--listen", "127.0.0.1:" + port, "--tcp-port", Integer.toString(tcpPort),
                "--allow-anonymous", "--computer-name", RunningBridge.COMPUTER, "--durable", "--data-dir",
                data.toString());
        Path ledger = data.resolve(IngressLedger.FILE_NAME);

        try (LauncherProcess first = LauncherProcess.start(workDir, "mailslot-bridge", args);
             WindowsPeer winpc = new WindowsPeer("127.0.0.5", port)) {
            first.awaitLine(l -> l.startsWith("Artemis broker for clients:"), START);
            byte[] payload = "y".repeat(200).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < SENT; i++) {
                winpc.send(winpc.unique("WINPC", i & 0xFFFF, "LEDGER", payload));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> recorded(ledger, "received") > 0);
            first.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs
        }
        Properties lastRecord = load(ledger);
        assertThat(lastRecord.getProperty("clean")).isEqualTo("false");

        try (LauncherProcess second = LauncherProcess.start(workDir, "mailslot-bridge", args)) {
            second.awaitLine(l -> l.startsWith("Artemis broker for clients:"), START);
            Matcher report = REPORT.matcher(second.stderr());
            assertThat(report.find()).as(second.stderr()).isTrue();
            long received = Long.parseLong(report.group(1));
            long forwarded = Long.parseLong(report.group(2));
            long dropped = Long.parseLong(report.group(3));
            long notForwarded = Long.parseLong(report.group(4));
            assertThat(received).isEqualTo(Long.parseLong(lastRecord.getProperty("received")))
                    .isPositive().isLessThanOrEqualTo(SENT);
            assertThat(notForwarded).isEqualTo(received - forwarded - dropped);

            long kept = 0;
            try (Connection artemis = new ActiveMQConnectionFactory("tcp://127.0.0.1:" + tcpPort).createConnection()) {
                artemis.start();
                MessageConsumer consumer = artemis.createSession(Session.AUTO_ACKNOWLEDGE)
                        .createConsumer(artemis.createSession(Session.AUTO_ACKNOWLEDGE).createQueue("mailslot.ledger"));
                while (consumer.receive(kept == 0 ? RunningBridge.WAIT.toMillis() : 1_000) != null) {
                    kept++;
                }
            }
            System.out.printf("CrashLedgerIT: last record received %d, forwarded %d, dropped %d, reported lost %d;"
                    + " the broker kept %d%n", received, forwarded, dropped, notForwarded, kept);
            // Forwarded messages are in the durable journal; the rest of what was recorded is dropped or reported.
            assertThat(kept).isGreaterThanOrEqualTo(forwarded);
            assertThat(kept + dropped + notForwarded).isGreaterThanOrEqualTo(received);

            // A clean stop in the middle of a flood: what was still buffered is counted before the final summary.
            try (WindowsPeer winpc = new WindowsPeer("127.0.0.5", port)) {
                for (int i = 0; i < SENT / 4; i++) {
                    winpc.send(winpc.unique("WINPC", i & 0xFFFF, "LEDGER", ("again " + i).getBytes(
                            StandardCharsets.US_ASCII)));
                }
                // Stop once the bridge has taken in part of it (the ledger is rewritten every second).
                long before = Long.parseLong(load(ledger).getProperty("received"));
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> recorded(ledger, "received") >= before + SENT / 8);
            }
            second.process().destroy(); // SIGTERM
            assertThat(second.process().waitFor(5, TimeUnit.SECONDS)).as("stopped within 5 s").isTrue();
            Matcher summary = FINAL_SUMMARY.matcher(second.stderr());
            assertThat(summary.find()).as(second.stderr()).isTrue();
            System.out.println("CrashLedgerIT: final summary of the clean stop: " + summary.group());
            assertThat(Long.parseLong(summary.group(2)) + Long.parseLong(summary.group(3)))
                    .as("forwarded + dropped").isEqualTo(Long.parseLong(summary.group(1)));
            assertThat(Long.parseLong(summary.group(4))).as("buffered after stop").isZero();
            assertThat(summary.group()).contains("shutdown");
            assertThat(load(ledger).getProperty("clean")).isEqualTo("true");
        }
    }

    private static long recorded(Path ledger, String key) {
        try {
            return Long.parseLong(load(ledger).getProperty(key, "0"));
        } catch (Exception notYetWritten) {
            return 0;
        }
    }

    private static Properties load(Path file) throws Exception {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
