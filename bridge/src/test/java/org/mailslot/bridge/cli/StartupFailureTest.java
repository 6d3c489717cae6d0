package org.mailslot.bridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.testing.FreePort;

/**
 * Each way the bridge commonly fails to start, run through the real command line with real sockets and files:
 * exit code 1, one line on standard error saying what and what to do, a stack trace only with --verbose. None of
 * these starts a broker: the checks run before anything is bound.
 */
@Timeout(30)
class StartupFailureTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return BridgeCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), Map.of()).execute(args);
    }

    private String oneLineFailure(String... args) {
        assertThat(run(args)).as(err.toString()).isEqualTo(BridgeCli.EXIT_FAILURE);
        assertThat(out.toString()).isEmpty();
        List<String> lines = err.toString().lines().toList();
        assertThat(lines).as(err.toString()).hasSize(1);
        assertThat(lines.get(0)).startsWith("mailslot-bridge: ");
        return lines.get(0);
    }

    private static int freeUdpPort() throws Exception {
        try (DatagramChannel probe = DatagramChannel.open(StandardProtocolFamily.INET)) {
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
    }

    @Test
    void aSecondBridgeOnTheSameUdpAddressIsRefusedNamingIt() throws Exception {
        int port = freeUdpPort();
        try (DatagramChannel first = DatagramChannel.open(StandardProtocolFamily.INET)) {
            // What a running bridge holds: the address, with reuse on, so a second bind would succeed silently.
            first.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            first.bind(new InetSocketAddress("127.0.0.1", port));

            String line = oneLineFailure("--listen", "127.0.0.1:" + port, "--data-dir", dir.toString(),
                    "--tcp-port", Integer.toString(FreePort.onLoopback()));

            assertThat(line).contains("UDP 127.0.0.1:" + port + " is already bound by another process")
                    .contains("--listen");
        }
    }

    @Test
    void aSecondBridgeOnTheSameDataDirectoryIsRefusedNamingTheFirst() throws Exception {
        int firstPort = freeUdpPort();
        try (DataDirectoryLock first = DataDirectoryLock.claim(dir, new InetSocketAddress("127.0.0.1", firstPort))) {
            String line = oneLineFailure("--listen", "127.0.0.1:" + freeUdpPort(), "--data-dir", dir.toString(),
                    "--tcp-port", Integer.toString(FreePort.onLoopback()));

            assertThat(line).contains("data directory " + dir.toAbsolutePath() + " is in use by another bridge")
                    .contains("UDP 127.0.0.1:" + firstPort).contains("--data-dir");
        }
    }

    @Test
    void aTakenBrokerPortNamesTcpPort() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String line = oneLineFailure("--listen", "127.0.0.1:" + freeUdpPort(), "--data-dir", dir.toString(),
                    "--tcp-port", Integer.toString(taken.getLocalPort()));

            assertThat(line).contains("TCP 127.0.0.1:" + taken.getLocalPort()).contains("--tcp-port");
        }
    }

    @Test
    void anUnusableDataDirectorySaysSoAndStackTraceOnlyWithVerbose() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x").resolve("data");
        String[] args = {"--listen", "127.0.0.1:" + freeUdpPort(), "--data-dir", notADirectory.toString(),
            "--tcp-port", Integer.toString(FreePort.onLoopback())};

        assertThat(oneLineFailure(args)).contains("data directory " + notADirectory.toAbsolutePath())
                .contains("--data-dir DIR");

        err.getBuffer().setLength(0);
        String[] verbose = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of(
                "--verbose")).toArray(String[]::new);
        assertThat(run(verbose)).isEqualTo(BridgeCli.EXIT_FAILURE);
        assertThat(err.toString().lines().toList().get(0)).contains("data directory");
        assertThat(err.toString()).contains("\tat org.mailslot.bridge.cli.");
    }
}
