package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.config.SettingKey;
import org.mailslot.itests.support.RealPeers;
import org.mailslot.slot.LoopbackHosts;

/**
 * The distribution archive as an operator installs it: unpacked into a temporary directory, its systemd unit
 * checked by {@code systemd-analyze verify}, its {@code bin/mailslot-bridge} started from another directory with
 * remote JMX switched on as {@code etc/bridge.profile} documents; a datagram sent with its {@code bin/mailslot}
 * is read from the broker, counted over JMX, and SIGTERM stops the bridge with its final summary in the log file
 * and the broker's data in the installation's {@code data/}.
 */
@Timeout(180)
class DistributionIT {

    private static final Duration START = Duration.ofSeconds(90);
    // "Broker credentials: user=mailslot, password in <file> (...)": the generated password is kept in that file.
    private static final Pattern CREDENTIALS = Pattern.compile("user=([^,\\s]+), password in (\\S+)");

    @TempDir
    static Path unpacked;

    static Path home;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("distribution.archive"));
        assertThat(archive).as("built by the distribution module").isRegularFile();
        run(List.of("tar", "-xzf", archive.toString(), "-C", unpacked.toString()));
        try (Stream<Path> top = Files.list(unpacked)) {
            home = top.filter(p -> p.getFileName().toString().startsWith("mailslot-bridge-")).findFirst().orElseThrow();
        }
    }

    @Test
    void archiveHoldsTheLayoutAndEverySetting() throws IOException {
        assertThat(home.resolve("bin/mailslot-bridge")).isExecutable();
        assertThat(home.resolve("bin/mailslot")).isExecutable();
        assertThat(home.resolve("LICENSE")).content().contains("Apache License", "Version 2.0");
        assertThat(home.resolve("NOTICE")).content().contains("Apache Artemis", "Netty", "MIT");
        assertThat(home.resolve("etc/log4j2.properties")).content().contains("RollingFile");
        String settings = Files.readString(home.resolve("etc/bridge.properties"));
        for (SettingKey key : SettingKey.values()) {
            assertThat(settings).as("etc/bridge.properties documents " + key.key()).contains("#" + key.key() + " =");
        }
        try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
            List<String> jars = lib.map(p -> p.getFileName().toString()).toList();
            assertThat(jars).anyMatch(j -> j.startsWith("mailslot-bridge-")).anyMatch(j -> j.startsWith("mailslot-jms-"))
                    .anyMatch(j -> j.startsWith("log4j-core-")).noneMatch(j -> j.startsWith("slf4j-simple"));
        }
    }

    @Test
    void systemdAcceptsTheUnit() throws Exception {
        boolean available = Files.isExecutable(Path.of("/usr/bin/systemd-analyze"))
                || Files.isExecutable(Path.of("/bin/systemd-analyze"));
        RealPeers.assumeAvailable(available, "systemd-analyze (apt-get install systemd)");
        String unit = Files.readString(home.resolve("etc/mailslot-bridge.service"));
        assertThat(unit).contains("AmbientCapabilities=CAP_NET_BIND_SERVICE", "User=mailslot");
        Path installed = Files.createDirectories(unpacked.resolve("units")).resolve("mailslot-bridge.service");
        Files.writeString(installed, unit.replace("/opt/mailslot-bridge", home.toString()));

        Result verify = run(List.of("systemd-analyze", "verify", "--man=no", installed.toString()));

        assertThat(verify.exit()).as(verify.output()).isZero();
        assertThat(verify.output()).doesNotContain(installed.getFileName().toString());
    }

    @Test
    void serviceScriptForwardsADatagramAnswersJmxAndStopsCleanly(@TempDir Path elsewhere) throws Exception {
        int port = LoopbackHosts.freePort();
        int tcpPort = RunningBridge.freeTcpPort();
        int jmxPort = RunningBridge.freeTcpPort();
        enableRemoteJmx(jmxPort);

        try (LauncherProcess bridge = LauncherProcess.start(home.resolve("bin"), elsewhere, "mailslot-bridge",
                List.of("--listen", "127.0.0.1:" + port, "--tcp-port", Integer.toString(tcpPort),
                        "--computer-name", "BRIDGE"), Map.of())) {
            String url = bridge.awaitLine(l -> l.startsWith("Artemis broker for clients:"), START)
                    .substring("Artemis broker for clients:".length()).trim();
            Matcher credentials = CREDENTIALS.matcher(bridge.awaitLine(l -> CREDENTIALS.matcher(l).find(), START));
            assertThat(credentials.find()).isTrue();
            Path credentialsFile = Path.of(credentials.group(2));
            assertThat(credentialsFile).startsWith(home.resolve("data"));
            java.util.Properties kept = new java.util.Properties();
            try (var in = Files.newInputStream(credentialsFile)) {
                kept.load(in);
            }
            assertThat(kept.getProperty("user")).isEqualTo(credentials.group(1));

            try (Connection artemis = new ActiveMQConnectionFactory(url)
                    .createConnection(kept.getProperty("user"), kept.getProperty("password"))) {
                artemis.start();
                Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
                var demo = session.createConsumer(session.createQueue("mailslot.demo"));
                try (LauncherProcess send = LauncherProcess.start(home.resolve("bin"), elsewhere, "mailslot",
                        List.of("send", "--listen", "127.0.0.3:" + port, "--static-name", "BRIDGE=127.0.0.1",
                                "\\\\BRIDGE\\mailslot\\demo", "hello distribution"), Map.of())) {
                    send.awaitLine(l -> l.startsWith("sent "), START);
                    assertThat(send.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
                    assertThat(send.process().exitValue()).as(send.stderr()).isZero();
                }
                Message received = demo.receive(RunningBridge.WAIT.toMillis());
                assertThat(received).isInstanceOf(BytesMessage.class);
                assertThat(new String(received.getBody(byte[].class), StandardCharsets.UTF_8))
                        .isEqualTo("hello distribution");
            }

            JMXServiceURL jmx = new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + jmxPort + "/jmxrmi");
            try (JMXConnector connector = JMXConnectorFactory.connect(jmx,
                    Map.of(JMXConnector.CREDENTIALS, new String[] {"monitor", "it-secret"}))) {
                MBeanServerConnection beans = connector.getMBeanServerConnection();
                Object forwarded = beans.getAttribute(new ObjectName("org.mailslot.bridge:type=Bridge"), "Forwarded");
                assertThat((Long) forwarded).isEqualTo(1L);
            }

            bridge.process().destroy(); // SIGTERM, as systemctl stop sends
            assertThat(bridge.process().waitFor(30, TimeUnit.SECONDS)).as("stopped").isTrue();
            assertThat(bridge.process().exitValue()).as("0 or 143 (SuccessExitStatus)").isIn(0, 143);
        }

        String log = Files.readString(home.resolve("log/mailslot-bridge.log"));
        assertThat(log).contains("Bridge stopped: ").containsPattern("Bridge stopped: .*received 1, forwarded 1");
        try (Stream<Path> data = Files.list(home.resolve("data")); Stream<Path> cwd = Files.list(elsewhere)) {
            assertThat(data.map(p -> p.getFileName().toString())).as("broker data in the installation")
                    .anyMatch(n -> !n.startsWith("."));
            assertThat(cwd.map(p -> p.getFileName().toString())).as("nothing written to the current directory")
                    .allMatch(n -> n.endsWith(".err"));
        }
    }

    /** Does what etc/bridge.profile tells an operator to: password and access files, the commented lines on. */
    private static void enableRemoteJmx(int port) throws IOException {
        Path etc = home.resolve("etc");
        Path password = Files.writeString(etc.resolve("jmx.password"), "monitor it-secret\n");
        Files.setPosixFilePermissions(password, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Files.writeString(etc.resolve("jmx.access"), "monitor readonly\n");
        String profile = Files.readString(etc.resolve("bridge.profile"));
        Files.writeString(etc.resolve("bridge.profile"),
                profile.replace("#JAVA_ARGS=", "JAVA_ARGS=").replace("1099", Integer.toString(port)));
    }

    private record Result(int exit, String output) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
