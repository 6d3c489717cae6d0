package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.config.BrokerCredentials;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.slot.LoopbackHosts;

/**
 * Real AMQP 1.0, STOMP and MQTT clients (Debian's python3-qpid-proton, python3-stomp, mosquitto-clients) on the
 * embedded broker's one client port, with the credentials the bridge generated: a group write from
 * {@code mailslot send} reaches a subscriber of each protocol with its bytes (and, over AMQP and STOMP, the
 * mailslot properties); unique
 * writes reach an AMQP queue receiver and a STOMP anycast subscriber; an AMQP sender and a STOMP sender put
 * messages on the egress address that a {@code mailslot listen} process prints. An MQTT 5 subscriber gets the
 * payload and nothing else: no user properties, content type or payload format indicator.
 */
@Timeout(180)
class ClientProtocolsIT {

    @TempDir
    static Path workDir;

    private static RunningBridge bridge;
    private static int port;
    private static BrokerCredentials login;

    @BeforeAll
    static void start() throws Exception {
        ProtocolClient.assumeInstalled();
        port = LoopbackHosts.freePort();
        bridge = RunningBridge.start(port, workDir.resolve("data"), Map.of());
        login = bridge.credentials();
    }

    @AfterAll
    static void stop() {
        if (bridge != null) {
            bridge.close();
        }
    }

    @Test
    void groupWriteReachesAmqpStompAndMqttSubscribers() throws Exception {
        byte[] data = new byte[256];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i; // every byte value: nothing may be re-encoded on the way
        }
        Path file = Files.write(workDir.resolve("all-bytes.bin"), data);
        String url = bridge.tcpUrl();
        try (ProtocolClient amqp = ProtocolClient.amqpReceiver(workDir, url, login, "mailslot.news", true);
             ProtocolClient stomp = ProtocolClient.stompSubscriber(workDir, url, login, "mailslot.news", true);
             ProtocolClient mqtt = ProtocolClient.mqttSubscriber(workDir, url, login, "mailslot/news")) {
            try (LauncherProcess send = LauncherProcess.start(workDir, "mailslot", List.of("send",
                    "--listen", "127.0.0.5:" + port, "--computer-name", "SENDER", "--broadcast", "127.0.0.1",
                    "--file", file.toString(), "\\\\*\\mailslot\\news"))) {
                send.awaitLine(l -> l.startsWith("sent 256 bytes"), ProtocolClient.WAIT);
                assertThat(send.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            ProtocolClient.Received overAmqp = amqp.awaitMessage();
            assertThat(overAmqp.body()).isEqualTo(data);
            assertThat(overAmqp.properties()).containsEntry("MailslotSourceName", "SENDER")
                    .containsEntry("MailslotSourceAddress", "127.0.0.5")
                    .containsEntry("MailslotDatagramType", "DIRECT_GROUP")
                    .containsEntry("MailslotSlot", "news")
                    .containsKeys("MailslotDatagramId", "MailslotReceivedAt", "MailslotSourcePort");

            ProtocolClient.Received overStomp = stomp.awaitMessage();
            assertThat(overStomp.body()).isEqualTo(data);
            assertThat(overStomp.properties()).containsEntry("MailslotSourceName", "SENDER")
                    .containsEntry("MailslotDatagramType", "DIRECT_GROUP")
                    .containsEntry("MailslotSlot", "news");

            // MQTT carries the payload only: Artemis 2.55 makes MQTT 5 user properties only of the properties an
            // MQTT publisher's user properties were stored as, never of a core message's own properties
            // (bridge/README.md, "Client protocols").
            ProtocolClient.MqttReceived overMqtt = mqtt.awaitMqttMessage();
            assertThat(overMqtt.payload()).isEqualTo(data);
            assertThat(overMqtt.topic()).isEqualTo("mailslot/news");
            assertThat(overMqtt.qos()).isZero();
            assertThat(overMqtt.retained()).isFalse();
            assertThat(overMqtt.userProperties()).isEmpty();
            assertThat(overMqtt.contentType()).isEmpty();
            assertThat(overMqtt.payloadFormat()).isEmpty();
            assertThat(overMqtt.expiry()).isEmpty();
        }
    }

    @Test
    void aJmsTextMessageReachesAnMqttSubscriberAsUtf8WithoutItsProperties() throws Exception {
        String text = "Pumpe 3: Störung";
        MailslotConnectionFactory java7 = new MailslotConnectionFactory("mailslot://127.0.0.7:" + port
                + "?computerName=JAVA7&broadcast=127.255.255.255&nameLookup=none");
        try (ProtocolClient mqtt = ProtocolClient.mqttSubscriber(workDir, bridge.tcpUrl(), login, "mailslot/status");
             Connection provider = java7.createConnection()) {
            Session session = provider.createSession();
            TextMessage message = session.createTextMessage(text);
            message.setStringProperty("Plant", "north");
            session.createProducer(session.createTopic("status")).send(message);

            ProtocolClient.MqttReceived received = mqtt.awaitMqttMessage();
            assertThat(new String(received.payload(), StandardCharsets.UTF_8)).isEqualTo(text);
            assertThat(received.userProperties()).as("neither the sender's property nor the bridge's").isEmpty();
            assertThat(received.payloadFormat()).as("text, but not marked as UTF-8").isEmpty();
        } finally {
            java7.close();
        }
    }

    @Test
    void uniqueWritesReachAnAmqpQueueReceiverAndAStompAnycastSubscriber() throws Exception {
        String url = bridge.tcpUrl();
        try (ProtocolClient amqp = ProtocolClient.amqpReceiver(workDir, url, login, "mailslot.orders", false);
             ProtocolClient stomp = ProtocolClient.stompSubscriber(workDir, url, login, "mailslot.alarms", false);
             WindowsPeer winpc = new WindowsPeer("127.0.0.6", port)) {
            winpc.send(winpc.unique("WINPC", 1, "ORDERS", "order 42".getBytes()));
            winpc.send(winpc.unique("WINPC", 2, "ALARMS", "pump 3 stopped".getBytes()));

            ProtocolClient.Received order = amqp.awaitMessage();
            assertThat(new String(order.body())).isEqualTo("order 42");
            assertThat(order.properties()).containsEntry("MailslotDatagramType", "DIRECT_UNIQUE")
                    .containsEntry("MailslotSourceName", "WINPC").containsEntry("MailslotSlot", "ORDERS");
            ProtocolClient.Received alarm = stomp.awaitMessage();
            assertThat(new String(alarm.body())).isEqualTo("pump 3 stopped");
            assertThat(alarm.properties()).containsEntry("MailslotDatagramId", "2");
        }
    }

    @Test
    void amqpAndStompSendersReachAMailslotListener() throws Exception {
        String url = bridge.tcpUrl();
        try (LauncherProcess listen = LauncherProcess.start(workDir, "mailslot", List.of("listen",
                "--listen", "127.0.0.2:" + port, "--computer-name", "JAVA1", "--count", "2", "inbox"))) {
            listen.awaitLine(l -> l.startsWith("listening on"), ProtocolClient.WAIT);

            ProtocolClient.amqpSend(workDir, url, login, "mailslot.out", "\\\\JAVA1\\mailslot\\inbox", "via amqp");
            assertThat(listen.awaitLine(l -> l.contains("via amqp"), ProtocolClient.WAIT))
                    .contains("unique from BRIDGE (127.0.0.1:" + port + ")");
            ProtocolClient.stompSend(workDir, url, login, "mailslot.out", "\\\\JAVA1\\mailslot\\inbox", "via stomp");
            assertThat(listen.awaitLine(l -> l.contains("via stomp"), ProtocolClient.WAIT))
                    .contains("unique from BRIDGE (127.0.0.1:" + port + ")");

            assertThat(listen.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(listen.process().exitValue()).isZero();
        }
        assertThat(bridge.counters().snapshot().sent()).isGreaterThanOrEqualTo(2);
    }
}
