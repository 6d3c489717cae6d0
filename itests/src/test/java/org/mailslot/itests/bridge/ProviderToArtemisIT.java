package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.slot.LoopbackHosts;

/**
 * Provider → UDP → bridge → Artemis: a {@code MailslotConnectionFactory} application (JAVA1 on 127.0.0.2) sends
 * with its default JMS envelope; an Artemis JMS client over TCP, with the bridge's generated credentials, reads
 * the same message type, headers and properties from the slot's queue or topic.
 */
@Timeout(60)
class ProviderToArtemisIT {

    @TempDir
    static Path dataDir;

    private static RunningBridge bridge;
    private static MailslotConnectionFactory java1;

    @BeforeAll
    static void start() throws Exception {
        int port = LoopbackHosts.freePort();
        bridge = RunningBridge.start(port, dataDir, Map.of());
        java1 = new MailslotConnectionFactory("mailslot://127.0.0.2:" + port + "?computerName=JAVA1"
                + "&broadcast=127.255.255.255&nameLookup=none&names=BRIDGE=127.0.0.1");
    }

    @AfterAll
    static void stop() {
        if (java1 != null) {
            java1.close();
        }
        if (bridge != null) {
            bridge.close();
        }
    }

    @Test
    void textMessageKeepsItsTypeHeadersAndProperties() throws Exception {
        try (Connection artemis = bridge.connect(); Connection provider = java1.createConnection()) {
            Session consumerSession = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = consumerSession.createConsumer(consumerSession.createQueue("mailslot.orders"));

            Session producerSession = provider.createSession();
            MessageProducer producer = producerSession.createProducer(
                    producerSession.createQueue("\\\\BRIDGE\\mailslot\\orders"));
            TextMessage sent = producerSession.createTextMessage("order 42");
            sent.setJMSCorrelationID("corr-7");
            sent.setJMSType("Order");
            sent.setStringProperty("customer", "acme");
            sent.setIntProperty("quantity", 3);
            sent.setBooleanProperty("rush", true);
            producer.send(sent, DeliveryMode.NON_PERSISTENT, 7, 0);

            Message received = consumer.receive(RunningBridge.WAIT.toMillis());
            assertThat(received).isInstanceOf(TextMessage.class);
            assertThat(((TextMessage) received).getText()).isEqualTo("order 42");
            assertThat(received.getJMSCorrelationID()).isEqualTo("corr-7");
            assertThat(received.getJMSType()).isEqualTo("Order");
            assertThat(received.getJMSPriority()).isEqualTo(7);
            assertThat(received.getStringProperty("customer")).isEqualTo("acme");
            assertThat(received.getObjectProperty("quantity")).isEqualTo(3);
            assertThat(received.getBooleanProperty("rush")).isTrue();
            assertThat(received.getStringProperty("MailslotMessageId")).isEqualTo(sent.getJMSMessageID());
            assertThat(received.getStringProperty("MailslotSourceName")).isEqualTo("JAVA1");
            assertThat(received.getStringProperty("MailslotSourceAddress")).isEqualTo("127.0.0.2");
            assertThat(received.getStringProperty("MailslotDatagramType")).isEqualTo("DIRECT_UNIQUE");
        }
    }

    @Test
    void mapMessageArrivesAsAMapMessage() throws Exception {
        try (Connection artemis = bridge.connect(); Connection provider = java1.createConnection()) {
            Session consumerSession = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = consumerSession.createConsumer(consumerSession.createQueue("mailslot.readings"));

            Session producerSession = provider.createSession();
            MapMessage sent = producerSession.createMapMessage();
            sent.setDouble("temperature", 21.5);
            sent.setString("unit", "C");
            producerSession.createProducer(producerSession.createQueue("\\\\BRIDGE\\mailslot\\readings")).send(sent);

            Message received = consumer.receive(RunningBridge.WAIT.toMillis());
            assertThat(received).isInstanceOf(MapMessage.class);
            assertThat(((MapMessage) received).getDouble("temperature")).isEqualTo(21.5);
            assertThat(((MapMessage) received).getString("unit")).isEqualTo("C");
        }
    }

    @Test
    void topicBroadcastReachesArtemisTopicSubscribers() throws Exception {
        try (Connection artemis = bridge.connect(); Connection provider = java1.createConnection()) {
            Session consumerSession = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer subscriber = consumerSession.createConsumer(consumerSession.createTopic("mailslot.status"));

            Session producerSession = provider.createSession();
            producerSession.createProducer(producerSession.createTopic("status"))
                    .send(producerSession.createTextMessage("all good"));

            Message received = subscriber.receive(RunningBridge.WAIT.toMillis());
            assertThat(received).isInstanceOf(TextMessage.class);
            assertThat(((TextMessage) received).getText()).isEqualTo("all good");
            assertThat(received.getStringProperty("MailslotDatagramType")).isEqualTo("DIRECT_GROUP");
            assertThat(received.getStringProperty("MailslotDestinationName")).isEqualTo("WORKGROUP");
        }
    }
}
