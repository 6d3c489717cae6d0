package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.slot.LoopbackHosts;

/**
 * The README's run section as real processes ({@code bridge/bin/mailslot-bridge}, here on free ports so that it
 * cannot collide with anything else on the machine), used as the README says: the bridge keeps its generated
 * credentials owner-only in {@code mailslot-bridge-data}, where {@code mailslot consume} and {@code mailslot produce}
 * find them; a unique {@code mailslot send} reaches the queue consumer, a broadcast reaches the topic consumer
 * started before it, {@code mailslot produce --target} reaches {@code mailslot listen}, a second bridge on the same
 * data directory is refused in one line, and SIGTERM stops the bridge within 5 seconds.
 */
@Timeout(180)
class ReadmeRunCommandIT {

    private static final Duration START = Duration.ofSeconds(60);

    @TempDir
    Path workDir;

    @Test
    void bridgeProcessAnswersSendAndListenAndStopsOnSigterm() throws Exception {
        int port = LoopbackHosts.freePort();
        int tcpPort = RunningBridge.freeTcpPort();
        String url = "tcp://127.0.0.1:" + tcpPort;
        try (LauncherProcess bridge = LauncherProcess.start(workDir, "mailslot-bridge", List.of(
                "--listen", "127.0.0.1:" + port, "--tcp-port", Integer.toString(tcpPort),
                "--computer-name", "BRIDGE", "--static-name", "LISTENER=127.0.0.2"))) {
            assertThat(bridge.awaitLine(l -> l.startsWith("Bound:"), START)).as("nothing bound beyond loopback")
                    .isEqualTo("Bound: UDP 127.0.0.1:" + port + ", UDP 127.255.255.255:" + port + ", TCP 127.0.0.1:"
                            + tcpPort + " (broker clients)");
            assertThat(bridge.awaitLine(l -> l.startsWith("Artemis broker for clients:"), START)).endsWith(url);
            Path credentials = workDir.resolve("mailslot-bridge-data").resolve("credentials.properties");
            assertThat(bridge.awaitLine(l -> l.startsWith("Broker credentials:"), START))
                    .contains("user=mailslot, password in " + credentials.toRealPath());
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials))).isEqualTo("rw-------");

            try (LauncherProcess queue = consume(url, "mailslot.demo")) {
                run("send", "--listen", "127.0.0.3:" + port, "--static-name", "BRIDGE=127.0.0.1",
                        "\\\\BRIDGE\\mailslot\\demo", "hello bridge");
                assertThat(queue.awaitLine(l -> l.contains("hello bridge"), START))
                        .startsWith("BytesMessage: hello bridge").contains("MailslotSourceName=");
                assertThat(queue.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            try (LauncherProcess topic = consume(url, "topic://mailslot.demo")) {
                run("send", "--listen", "127.0.0.3:" + port, "\\\\*\\mailslot\\demo", "hello everyone");
                assertThat(topic.awaitLine(l -> l.contains("hello everyone"), START)).contains("MailslotDatagramType=");
                assertThat(topic.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            try (LauncherProcess listen = LauncherProcess.start(workDir, "mailslot", List.of("listen",
                    "--listen", "127.0.0.2:" + port, "--computer-name", "LISTENER", "--count", "1", "demo"))) {
                listen.awaitLine(l -> l.startsWith("listening on"), START);
                run("produce", "--url", url, "--target", "\\\\LISTENER\\mailslot\\demo", "hello listener");
                String line = listen.awaitLine(l -> l.contains("hello listener"), START);
                assertThat(line).contains("unique from BRIDGE (127.0.0.1:" + port + ")");
                assertThat(listen.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(listen.process().exitValue()).isZero();
            }

            try (LauncherProcess second = LauncherProcess.start(workDir, "mailslot-bridge", List.of(
                    "--listen", "127.0.0.4:" + port, "--tcp-port", Integer.toString(RunningBridge.freeTcpPort())))) {
                assertThat(second.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(second.process().exitValue()).isEqualTo(1);
                assertThat(second.stderr().lines().filter(l -> l.startsWith("mailslot-bridge:")).toList())
                        .singleElement().asString().contains("is in use by another bridge (UDP 127.0.0.1:" + port);
            }

            long stopping = System.nanoTime();
            bridge.process().destroy(); // SIGTERM
            assertThat(bridge.process().waitFor(5, TimeUnit.SECONDS)).as("stopped within 5 s").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(5));
            assertThat(bridge.stderr()).contains("Bridge stopped");
        }
    }

    // mailslot consume with the credentials file of the work directory, once it is subscribed.
    private LauncherProcess consume(String url, String destination) throws Exception {
        LauncherProcess consumer = LauncherProcess.start(workDir, "mailslot",
                List.of("consume", "--url", url, "--count", "1", destination));
        consumer.awaitLine(l -> l.startsWith("consuming " + destination), START);
        return consumer;
    }

    // One command to completion: exit code 0, and how long it took (the README promises about a second).
    private void run(String... args) throws Exception {
        long started = System.nanoTime();
        try (LauncherProcess command = LauncherProcess.start(workDir, "mailslot", List.of(args))) {
            assertThat(command.awaitLine(l -> l.startsWith("sent "), START)).isNotEmpty();
            assertThat(command.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(command.process().exitValue()).as(command.stderr()).isZero();
        }
        System.out.printf("mailslot %s took %d ms%n", args[0], Duration.ofNanos(System.nanoTime() - started).toMillis());
    }
}
