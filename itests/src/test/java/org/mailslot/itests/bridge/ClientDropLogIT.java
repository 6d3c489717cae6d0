package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.slot.LoopbackHosts;

/**
 * A broker client that dies without closing (a consumer process killed with SIGKILL) is normal operation: the
 * bridge process logs one INFO line of its own about it, and none of Artemis's per-session warnings (AMQ222061,
 * AMQ222107: two for each of the client's sessions).
 */
@Timeout(180)
class ClientDropLogIT {

    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path workDir;

    @Test
    void aKilledConsumerIsOneInfoLineAndNoWarning() throws Exception {
        int tcpPort = RunningBridge.freeTcpPort();
        String url = "tcp://127.0.0.1:" + tcpPort;
        try (LauncherProcess bridge = LauncherProcess.start(workDir, "mailslot-bridge", List.of(
                "--listen", "127.0.0.1:" + LoopbackHosts.freePort(), "--tcp-port", Integer.toString(tcpPort)))) {
            bridge.awaitLine(l -> l.startsWith("Artemis broker for clients:"), START);
            try (LauncherProcess consumer = LauncherProcess.start(workDir, "mailslot", List.of("consume", "--url", url,
                    "mailslot.demo"))) {
                consumer.awaitLine(l -> l.startsWith("consuming mailslot.demo"), START);
                consumer.process().destroyForcibly(); // SIGKILL: no close, the socket just goes
                assertThat(consumer.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            await().atMost(START).until(() -> bridge.stderr().contains("went away without closing"));
            List<String> log = bridge.stderr().lines().toList();
            assertThat(log.stream().filter(l -> l.contains("went away without closing")).toList()).singleElement()
                    .asString().contains(" INFO ").contains("127.0.0.1:").contains("user mailslot")
                    .contains("2 sessions are cleaned up");
            assertThat(log).noneMatch(l -> l.contains("AMQ222061") || l.contains("AMQ222107"))
                    .noneMatch(l -> l.contains(" WARN "));
        }
    }
}
