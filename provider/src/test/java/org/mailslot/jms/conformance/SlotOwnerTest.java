package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.slot.LoopbackHosts;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.NetbiosName;

/**
 * A queue consumer of {@code x} is the Windows owner of {@code \\.\mailslot\x}: it reads group writes
 * ({@code \\*\mailslot\x}, {@code \\WORKGROUP\mailslot\x}) as well as unique ones, while the topic's subscribers
 * still get the group writes. Windows-client datagrams from a plain socket on loopback.
 */
@Timeout(30)
class SlotOwnerTest {

    private final int port = LoopbackHosts.freePort();
    private final MailslotConnectionFactory java = new MailslotConnectionFactory("mailslot://127.0.0.97:" + port
            + "?computerName=OWNER&broadcast=127.255.255.255&nameLookup=none");
    private WindowsWriter windows;

    @BeforeEach
    void bind() throws Exception {
        windows = new WindowsWriter(98, 97, port);
    }

    @AfterEach
    void close() throws Exception {
        windows.close();
        java.close();
    }

    @Test
    void theQueueConsumerReadsUniqueAndGroupWritesAndSubscribersStillGetTheGroupOnes() throws Exception {
        try (Connection connection = java.createConnection()) {
            connection.start();
            Session session = connection.createSession();
            MessageConsumer owner = session.createConsumer(session.createQueue("alerts"));
            MessageConsumer subscriber = session.createConsumer(session.createTopic("alerts"));

            send(DatagramType.DIRECT_GROUP, NetbiosName.WILDCARD, "ALERTS", "to everyone");
            send(DatagramType.DIRECT_GROUP, NetbiosName.of("WORKGROUP", 0), "alerts", "to the workgroup");
            send(DatagramType.DIRECT_UNIQUE, NetbiosName.of("OWNER", 0), "Alerts", "to me");

            assertThat(text(owner.receive(10_000))).isEqualTo("to everyone");
            assertThat(text(owner.receive(10_000))).isEqualTo("to the workgroup");
            assertThat(text(owner.receive(10_000))).isEqualTo("to me");
            assertThat(text(subscriber.receive(10_000))).isEqualTo("to everyone");
            assertThat(text(subscriber.receive(10_000))).isEqualTo("to the workgroup");
            assertThat(subscriber.receiveNoWait()).as("a unique write is the owner's alone").isNull();
        }
    }

    @Test
    void aGroupWriteMakesNoQueueWhereThereIsNone() throws Exception {
        try (Connection connection = java.createConnection()) {
            connection.start();
            Session session = connection.createSession();
            MessageConsumer subscriber = session.createConsumer(session.createTopic("news"));

            send(DatagramType.DIRECT_GROUP, NetbiosName.WILDCARD, "NEWS", "headline");
            assertThat(text(subscriber.receive(10_000))).isEqualTo("headline");

            assertThat(session.createConsumer(session.createQueue("news")).receiveNoWait()).isNull();
        }
    }

    @Test
    void ourOwnTopicSendReachesOurQueueOfThatSlotOnce() throws Exception {
        try (Connection connection = java.createConnection()) {
            connection.start();
            Session session = connection.createSession();
            MessageConsumer owner = session.createConsumer(session.createQueue("status"));

            session.createProducer(session.createTopic("status")).send(session.createTextMessage("all well"));

            assertThat(((TextMessage) owner.receive(10_000)).getText()).isEqualTo("all well");
            assertThat(owner.receiveNoWait()).as("the echo of our broadcast is not a second copy").isNull();
        }
    }

    private void send(DatagramType type, NetbiosName destination, String slot, String text) throws Exception {
        windows.write(type, destination, slot, text.getBytes(StandardCharsets.US_ASCII));
    }

    private static String text(Message message) throws Exception {
        assertThat(message).isInstanceOf(BytesMessage.class);
        return new String(message.getBody(byte[].class), StandardCharsets.US_ASCII);
    }
}
