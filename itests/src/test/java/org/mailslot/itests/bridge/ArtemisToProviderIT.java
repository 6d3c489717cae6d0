package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.slot.LoopbackHosts;

/**
 * Artemis → bridge → UDP → provider: an Artemis JMS producer sends to {@code mailslot.out} with a
 * {@code MailslotTarget}; a {@code MailslotConnectionFactory} consumer (JAVA1 on 127.0.0.2) receives it, raw by
 * default and as the original JMS message with {@code --egress-payload jms}. A bad target goes to the dead-letter
 * address with its reason.
 */
@Timeout(60)
class ArtemisToProviderIT {

    @TempDir
    Path dataDir;

    private RunningBridge bridge;
    private MailslotConnectionFactory java1;

    private void start(Map<String, String> settings) throws Exception {
        int port = LoopbackHosts.freePort();
        bridge = RunningBridge.start(port, dataDir, settings);
        java1 = new MailslotConnectionFactory("mailslot://127.0.0.2:" + port + "?computerName=JAVA1"
                + "&broadcast=127.255.255.255&nameLookup=none&names=BRIDGE=127.0.0.1");
    }

    @AfterEach
    void stop() {
        if (java1 != null) {
            java1.close();
        }
        if (bridge != null) {
            bridge.close();
        }
    }

    @Test
    void rawEgressReachesAProviderQueueAndTopic() throws Exception {
        start(Map.of());
        try (Connection artemis = bridge.connect(); Connection provider = java1.createConnection()) {
            Session providerSession = provider.createSession();
            MessageConsumer inbox = providerSession.createConsumer(providerSession.createQueue("inbox"));
            MessageConsumer news = providerSession.createConsumer(providerSession.createTopic("news"));
            provider.start();

            Session artemisSession = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageProducer out = artemisSession.createProducer(artemisSession.createQueue("mailslot.out"));
            out.send(target(artemisSession.createTextMessage("to java1"), "\\\\JAVA1\\mailslot\\inbox"));
            out.send(target(artemisSession.createTextMessage("to everyone"), "\\\\*\\mailslot\\news"));

            Message unique = inbox.receive(RunningBridge.WAIT.toMillis());
            assertThat(unique).isInstanceOf(BytesMessage.class);
            assertThat(new String(unique.getBody(byte[].class), StandardCharsets.UTF_8)).isEqualTo("to java1");
            assertThat(unique.getStringProperty("MailslotSourceComputer")).isEqualTo(RunningBridge.COMPUTER);
            Message group = news.receive(RunningBridge.WAIT.toMillis());
            assertThat(new String(group.getBody(byte[].class), StandardCharsets.UTF_8)).isEqualTo("to everyone");
        }
        assertThat(bridge.counters().snapshot().sent()).isEqualTo(2);
    }

    @Test
    void jmsEgressKeepsTheMessageAndBadTargetsAreDeadLettered() throws Exception {
        start(Map.of("egress-payload", "jms"));
        try (Connection artemis = bridge.connect(); Connection provider = java1.createConnection()) {
            Session providerSession = provider.createSession();
            MessageConsumer inbox = providerSession.createConsumer(providerSession.createQueue("inbox"));
            provider.start();

            Session artemisSession = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer deadLetters = artemisSession.createConsumer(artemisSession.createQueue("DLQ"));
            MessageProducer out = artemisSession.createProducer(artemisSession.createQueue("mailslot.out"));
            TextMessage sent = artemisSession.createTextMessage("typed");
            sent.setJMSType("Command");
            sent.setStringProperty("verb", "reset");
            out.send(target(sent, "\\\\JAVA1\\mailslot\\inbox"));
            out.send(target(artemisSession.createTextMessage("lost?"), "JAVA1/inbox"));

            Message received = inbox.receive(RunningBridge.WAIT.toMillis());
            assertThat(received).isInstanceOf(TextMessage.class);
            assertThat(((TextMessage) received).getText()).isEqualTo("typed");
            assertThat(received.getJMSType()).isEqualTo("Command");
            assertThat(received.getStringProperty("verb")).isEqualTo("reset");
            assertThat(received.propertyExists("MailslotTarget")).isFalse();

            Message dead = deadLetters.receive(RunningBridge.WAIT.toMillis());
            assertThat(dead.getStringProperty("MailslotRejectReason")).isEqualTo("BAD_TARGET");
            assertThat(dead.getStringProperty("MailslotRejectDetail")).contains("JAVA1/inbox");
        }
    }

    private static Message target(Message message, String target) throws Exception {
        message.setStringProperty("MailslotTarget", target);
        return message;
    }
}
