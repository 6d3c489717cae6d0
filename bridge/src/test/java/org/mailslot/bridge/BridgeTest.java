package org.mailslot.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.management.ObjectName;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.config.BridgeSettings;
import org.mailslot.bridge.config.BrokerCredentials;
import org.mailslot.bridge.config.SettingsParser;
import org.mailslot.bridge.mapping.EgressTarget;
import org.mailslot.bridge.mapping.MailslotProperties;
import org.mailslot.bridge.metrics.BridgeMetrics;
import org.mailslot.bridge.metrics.ConnectionState;
import org.mailslot.bridge.metrics.DropReason;
import org.mailslot.bridge.testing.Datagrams;
import org.mailslot.bridge.testing.FreePort;
import org.mailslot.bridge.testing.JmsClient;
import org.mailslot.slot.BadNetPathException;
import org.mailslot.slot.MailslotName;
import org.mailslot.wire.MailslotDatagram;

/**
 * The bridge without its UDP endpoint, on a real embedded broker: datagrams handed to the ingress pipeline
 * arrive at Artemis's JMS client over TCP; JMS messages sent to the egress address reach the datagram sender.
 */
@Timeout(60)
class BridgeTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    static Path dataDir;

    private static Bridge bridge;
    private static BrokerCredentials credentials;
    private static String tcpUrl;
    private static final List<Sent> sent = new CopyOnWriteArrayList<>();
    private static final AtomicBoolean failNextSend = new AtomicBoolean();

    private record Sent(EgressTarget target, byte[] body) {
    }

    @BeforeAll
    static void startBridge() throws Exception {
        BridgeSettings settings = new SettingsParser().parse(Map.of(
                "tcp-port", Integer.toString(FreePort.onLoopback()),
                "data-dir", dataDir.toString(),
                "allow", "x,status,dup,both"));
        bridge = Bridge.start(settings, Optional.of(BridgeTest::send));
        credentials = bridge.generatedCredentials().orElseThrow();
        tcpUrl = bridge.embeddedBroker().orElseThrow().tcpUrl();
        await().atMost(WAIT).until(() -> bridge.counters().snapshot().connectionState() == ConnectionState.CONNECTED);
    }

    private static void send(EgressTarget target, byte[] body) throws IOException {
        if (failNextSend.getAndSet(false)) {
            throw new IOException("no route to " + target.name());
        }
        if (target.name().server().equals("NOWHERE")) {
            throw new BadNetPathException("cannot resolve NOWHERE: no static name, not learned, not in DNS");
        }
        sent.add(new Sent(target, body));
    }

    @AfterAll
    static void stopBridge() {
        if (bridge != null) {
            bridge.close();
        }
    }

    private static void receive(MailslotDatagram datagram) {
        bridge.ingress().onDecoded(datagram, Datagrams.SOURCE, Datagrams.RECEIVED_AT);
    }

    @Test
    void tcpClientsNeedTheCredentials() {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(tcpUrl);

        assertThatThrownBy(() -> factory.createConnection(credentials.user(), "wrong").close())
                .isInstanceOf(JMSSecurityException.class);
        assertThatThrownBy(() -> factory.createConnection().close()).isInstanceOf(JMSSecurityException.class);
    }

    @Test
    void aUniqueWriteIsConsumedAsAJmsQueue() throws Exception {
        receive(Datagrams.unique("\\MAILSLOT\\X", 11, "hello queue"));

        try (Connection c = JmsClient.connect(tcpUrl, credentials)) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message m = s.createConsumer(s.createQueue("mailslot.x")).receive(WAIT.toMillis());

            assertThat(m).isInstanceOf(BytesMessage.class);
            assertThat(JmsClient.text((BytesMessage) m)).isEqualTo("hello queue");
            assertThat(m.getStringProperty(MailslotProperties.SOURCE_NAME)).isEqualTo("HOSTA");
            assertThat(m.getStringProperty(MailslotProperties.SOURCE_ADDRESS)).isEqualTo("127.0.0.2");
            assertThat(m.getIntProperty(MailslotProperties.SOURCE_PORT)).isEqualTo(138);
            assertThat(m.getIntProperty(MailslotProperties.DATAGRAM_ID)).isEqualTo(11);
            assertThat(m.getStringProperty(MailslotProperties.SLOT)).isEqualTo("X");
            assertThat(m.getLongProperty(MailslotProperties.RECEIVED_AT))
                    .isEqualTo(Datagrams.RECEIVED_AT.toEpochMilli());
            assertThat(m.getJMSDeliveryMode()).isEqualTo(jakarta.jms.DeliveryMode.NON_PERSISTENT);
        }
    }

    @Test
    void aGroupWriteIsConsumedAsAJmsTopic() throws Exception {
        try (Connection c = JmsClient.connect(tcpUrl, credentials)) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer first = s.createConsumer(s.createTopic("mailslot.status"));
            MessageConsumer second = s.createConsumer(s.createTopic("mailslot.status"));

            receive(Datagrams.group("\\MAILSLOT\\STATUS", 12, "all is well"));

            assertThat(JmsClient.text((BytesMessage) first.receive(WAIT.toMillis()))).isEqualTo("all is well");
            assertThat(JmsClient.text((BytesMessage) second.receive(WAIT.toMillis()))).isEqualTo("all is well");
        }
    }

    @Test
    void oneSlotCanCarryUniqueAndGroupWritesSideBySide() throws Exception {
        try (Connection c = JmsClient.connect(tcpUrl, credentials)) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer queue = s.createConsumer(s.createQueue("mailslot.both"));
            MessageConsumer topic = s.createConsumer(s.createTopic("mailslot.both"));

            receive(Datagrams.unique("\\MAILSLOT\\BOTH", 41, "to me"));
            receive(Datagrams.group("\\MAILSLOT\\BOTH", 42, "to all"));

            assertThat(JmsClient.text((BytesMessage) queue.receive(WAIT.toMillis()))).isEqualTo("to me");
            assertThat(JmsClient.text((BytesMessage) topic.receive(WAIT.toMillis()))).isEqualTo("to all");
        }
    }

    @Test
    void theEmbeddedBrokerIsManageableOverJmx() throws Exception {
        ObjectName artemis = new ObjectName("org.apache.activemq.artemis:broker=\"mailslot-bridge\"");

        assertThat(ManagementFactory.getPlatformMBeanServer().getAttribute(artemis, "Started")).isEqualTo(true);
    }

    @Test
    void copiesOfOneWriteArriveOnce() throws Exception {
        receive(Datagrams.unique("\\MAILSLOT\\DUP", 21, "once"));
        receive(Datagrams.unique("\\MAILSLOT\\dup", 21, "once"));
        receive(Datagrams.unique("\\MAILSLOT\\DUP", 22, "next"));

        try (Connection c = JmsClient.connect(tcpUrl, credentials)) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = s.createConsumer(s.createQueue("mailslot.dup"));

            // One publisher thread keeps order, so if the copy had got through it would come before "next".
            assertThat(JmsClient.text((BytesMessage) consumer.receive(WAIT.toMillis()))).isEqualTo("once");
            assertThat(JmsClient.text((BytesMessage) consumer.receive(WAIT.toMillis()))).isEqualTo("next");
        }
    }

    @Test
    void disallowedAndMalformedDatagramsAreCountedAndVisibleOverJmx() throws Exception {
        long disallowedBefore = bridge.counters().snapshot().dropped(DropReason.DISALLOWED_SLOT);
        long malformedBefore = bridge.counters().snapshot().dropped(DropReason.MALFORMED);

        receive(Datagrams.unique("\\MAILSLOT\\SECRET", 31, "no"));
        bridge.ingress().onMalformed(Datagrams.SOURCE, "TRUNCATED_HEADER: 2 bytes");

        assertThat(bridge.counters().snapshot().dropped(DropReason.DISALLOWED_SLOT)).isEqualTo(disallowedBefore + 1);
        assertThat(bridge.counters().snapshot().dropped(DropReason.MALFORMED)).isEqualTo(malformedBefore + 1);
        Object state = ManagementFactory.getPlatformMBeanServer()
                .getAttribute(new ObjectName(BridgeMetrics.OBJECT_NAME), "BrokerConnectionState");
        assertThat(state).isEqualTo("CONNECTED");
    }

    @Test
    void egressSendsGoodMessagesAndDeadLettersBadOnesWithTheReason() throws Exception {
        long sentBefore = bridge.counters().snapshot().sent();
        try (Connection c = JmsClient.connect(tcpUrl, credentials)) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer deadLetters = s.createConsumer(s.createQueue("DLQ"));
            MessageProducer out = s.createProducer(s.createQueue("mailslot.out"));

            BytesMessage noTarget = s.createBytesMessage();
            noTarget.writeBytes(new byte[] {1});
            out.send(noTarget);
            BytesMessage tooBig = s.createBytesMessage();
            tooBig.writeBytes(new byte[425]);
            tooBig.setStringProperty(MailslotProperties.TARGET, "\\\\*\\mailslot\\status");
            out.send(tooBig);
            MapMessage map = s.createMapMessage();
            map.setStringProperty(MailslotProperties.TARGET, "\\\\PLC7\\mailslot\\cmd");
            out.send(map);
            failNextSend.set(true);
            out.send(withTarget(s, "lost"));
            Message unresolvable = s.createTextMessage("to nobody");
            unresolvable.setStringProperty(MailslotProperties.TARGET, "\\\\NOWHERE\\mailslot\\cmd");
            out.send(unresolvable);
            out.send(withTarget(s, "RESET"));

            assertThat(deadLetters.receive(WAIT.toMillis()).getStringProperty(MailslotProperties.REJECT_REASON))
                    .isEqualTo("MISSING_TARGET");
            Message oversize = deadLetters.receive(WAIT.toMillis());
            assertThat(oversize.getStringProperty(MailslotProperties.REJECT_REASON)).isEqualTo("OVERSIZE");
            assertThat(oversize.getStringProperty(MailslotProperties.REJECT_DETAIL)).contains("425", "424");
            assertThat(deadLetters.receive(WAIT.toMillis()).getStringProperty(MailslotProperties.REJECT_REASON))
                    .isEqualTo("UNSUPPORTED_BODY");
            Message failed = deadLetters.receive(WAIT.toMillis());
            assertThat(failed.getStringProperty(MailslotProperties.REJECT_REASON)).isEqualTo("SEND_FAILED");
            assertThat(failed.getStringProperty(MailslotProperties.REJECT_DETAIL)).contains("no route to");
            assertThat(failed.getBody(String.class)).isEqualTo("lost");
            Message unresolved = deadLetters.receive(WAIT.toMillis());
            assertThat(unresolved.getStringProperty(MailslotProperties.REJECT_REASON)).isEqualTo("UNRESOLVED_TARGET");
            assertThat(unresolved.getStringProperty(MailslotProperties.TARGET)).isEqualTo("\\\\NOWHERE\\mailslot\\cmd");
            assertThat(unresolved.getBody(String.class)).isEqualTo("to nobody");
        }
        await().atMost(WAIT).until(() -> bridge.counters().snapshot().sent() == sentBefore + 1);
        assertThat(sent).last().satisfies(d -> {
            assertThat(d.target()).isEqualTo(new EgressTarget(MailslotName.parse("\\\\PLC7\\mailslot\\cmd"), false));
            assertThat(new String(d.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("RESET");
        });
        assertThat(bridge.counters().snapshot().sendFailures()).isGreaterThanOrEqualTo(2);
        assertThat(bridge.counters().snapshot().egressRejected()).isGreaterThanOrEqualTo(5);
    }

    private static Message withTarget(Session s, String text) throws jakarta.jms.JMSException {
        Message m = s.createTextMessage(text);
        m.setStringProperty(MailslotProperties.TARGET, "\\\\PLC7\\mailslot\\cmd");
        return m;
    }
}
