package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
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
 * The README's run command as a real process ({@code bridge/bin/mailslot-bridge}, here on free ports so that it
 * cannot collide with anything else on the machine), used as the README says: {@code mailslot send} reaches an
 * Artemis consumer that logs in with the printed credentials, a message sent to {@code mailslot.out} reaches
 * {@code mailslot listen}, and SIGTERM stops the bridge within 5 seconds.
 */
@Timeout(120)
class ReadmeRunCommandIT {

    private static final Duration START = Duration.ofSeconds(60);
    private static final Pattern PASSWORD = Pattern.compile("user=(\\S+) password=(\\S+)");

    @TempDir
    Path workDir;

    @Test
    void bridgeProcessAnswersSendAndListenAndStopsOnSigterm() throws Exception {
        int port = LoopbackHosts.freePort();
        int tcpPort = RunningBridge.freeTcpPort();
        try (LauncherProcess bridge = LauncherProcess.start(workDir, "mailslot-bridge", List.of(
                "--listen", "127.0.0.1:" + port, "--tcp-port", Integer.toString(tcpPort),
                "--computer-name", "BRIDGE", "--static-name", "LISTENER=127.0.0.2"))) {
            String url = bridge.awaitLine(l -> l.startsWith("Artemis broker for clients:"), START)
                    .substring("Artemis broker for clients:".length()).trim();
            Matcher credentials = PASSWORD.matcher(bridge.awaitLine(l -> PASSWORD.matcher(l).find(), START));
            assertThat(credentials.find()).isTrue();
            assertThat(url).isEqualTo("tcp://127.0.0.1:" + tcpPort);

            try (Connection artemis = new ActiveMQConnectionFactory(url)
                    .createConnection(credentials.group(1), credentials.group(2))) {
                artemis.start();
                Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
                MessageConsumer demo = session.createConsumer(session.createQueue("mailslot.demo"));

                try (LauncherProcess send = LauncherProcess.start(workDir, "mailslot", List.of("send",
                        "--listen", "127.0.0.3:" + port, "--static-name", "BRIDGE=127.0.0.1",
                        "\\\\BRIDGE\\mailslot\\demo", "hello bridge"))) {
                    assertThat(send.awaitLine(l -> l.startsWith("sent "), START)).contains("12 bytes");
                    assertThat(send.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
                    assertThat(send.process().exitValue()).as(send.stderr()).isZero();
                }
                Message received = demo.receive(RunningBridge.WAIT.toMillis());
                assertThat(received).isInstanceOf(BytesMessage.class);
                assertThat(new String(received.getBody(byte[].class), StandardCharsets.UTF_8)).isEqualTo("hello bridge");

                try (LauncherProcess listen = LauncherProcess.start(workDir, "mailslot", List.of("listen",
                        "--listen", "127.0.0.2:" + port, "--computer-name", "LISTENER", "--count", "1", "demo"))) {
                    listen.awaitLine(l -> l.startsWith("listening on"), START);
                    TextMessage out = session.createTextMessage("hello listener");
                    out.setStringProperty("MailslotTarget", "\\\\LISTENER\\mailslot\\demo");
                    session.createProducer(session.createQueue("mailslot.out")).send(out);
                    String line = listen.awaitLine(l -> l.contains("hello listener"), START);
                    assertThat(line).contains("unique from BRIDGE (127.0.0.1:" + port + ")");
                    assertThat(listen.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
                    assertThat(listen.process().exitValue()).isZero();
                }
            }

            long stopping = System.nanoTime();
            bridge.process().destroy(); // SIGTERM
            assertThat(bridge.process().waitFor(5, TimeUnit.SECONDS)).as("stopped within 5 s").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(5));
            assertThat(bridge.stderr()).contains("Bridge stopped");
        }
    }
}
