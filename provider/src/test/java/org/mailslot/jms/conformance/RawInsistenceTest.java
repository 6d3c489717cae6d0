package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.jms.message.MailslotTextMessage;
import org.mailslot.jms.payload.EnvelopeCodec;
import org.mailslot.slot.DropReason;
import org.mailslot.slot.LoopbackHosts;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.NetbiosName;

/**
 * A Windows program's raw payload that happens to begin with the envelope magic {@code E5 4D}: a receiver that
 * recognises both forms cannot read it and counts it as {@code BAD_ENVELOPE}; a consumer of {@code x?payload=raw}
 * insists on raw and gets the bytes. Real datagrams from a plain socket on loopback.
 */
@Timeout(30)
class RawInsistenceTest {

    private static final byte[] LOOKS_LIKE_AN_ENVELOPE = {(byte) 0xE5, 0x4D, 0x00, 0x07, 'r', 'a', 'w'};

    private final int port = LoopbackHosts.freePort();
    private final MailslotConnectionFactory java = new MailslotConnectionFactory("mailslot://127.0.0.95:" + port
            + "?computerName=JAVARAW&broadcast=127.255.255.255&nameLookup=none");
    private WindowsWriter windows;

    @BeforeEach
    void bind() throws Exception {
        windows = new WindowsWriter(96, 95, port);
    }

    @AfterEach
    void close() throws Exception {
        windows.close();
        java.close();
    }

    @Test
    void aReceiverOfBothFormsCountsTheUnreadableEnvelope() throws Exception {
        try (Connection connection = java.createConnection()) {
            connection.start();
            Session session = connection.createSession();
            MessageConsumer consumer = session.createConsumer(session.createQueue("plcstatus"));

            send("plcstatus", LOOKS_LIKE_AN_ENVELOPE);

            await().atMost(Duration.ofSeconds(10)).until(() -> java.statistics().drops(DropReason.BAD_ENVELOPE) == 1);
            assertThat(java.statistics().drops(DropReason.UNREADABLE)).isZero();
            assertThat(consumer.receiveNoWait()).isNull();
        }
    }

    @Test
    void aConsumerOfPayloadRawGetsTheBytesWhateverTheyStartWith() throws Exception {
        try (Connection connection = java.createConnection()) {
            connection.start();
            Session session = connection.createSession();
            MessageConsumer consumer = session.createConsumer(session.createQueue("plcraw?payload=raw"));

            send("PLCRAW", LOOKS_LIKE_AN_ENVELOPE);
            byte[] envelope = EnvelopeCodec.encode(new MailslotTextMessage("typed"));
            send("plcraw", envelope);

            BytesMessage first = (BytesMessage) consumer.receive(10_000);
            assertThat(first.getBody(byte[].class)).isEqualTo(LOOKS_LIKE_AN_ENVELOPE);
            assertThat(first.getStringProperty("MailslotSlot")).isEqualTo("\\MAILSLOT\\PLCRAW");
            BytesMessage second = (BytesMessage) consumer.receive(10_000);
            assertThat(second.getBody(byte[].class)).as("even a real envelope stays bytes").isEqualTo(envelope);
            assertThat(java.statistics().drops(DropReason.BAD_ENVELOPE)).isZero();
        }
    }

    @Test
    void aTopicSubscriberCanInsistOnRawToo() throws Exception {
        try (Connection connection = java.createConnection()) {
            connection.start();
            Session session = connection.createSession();
            MessageConsumer subscriber = session.createConsumer(session.createTopic("plcnews?payload=raw"));

            sendGroup("plcnews", LOOKS_LIKE_AN_ENVELOPE);

            assertThat(subscriber.receive(10_000)).isInstanceOf(BytesMessage.class)
                    .isNotInstanceOf(TextMessage.class);
        }
    }

    private void send(String slot, byte[] data) throws Exception {
        windows.write(DatagramType.DIRECT_UNIQUE, NetbiosName.of("JAVARAW", 0), slot, data);
    }

    private void sendGroup(String slot, byte[] data) throws Exception {
        windows.write(DatagramType.DIRECT_GROUP, NetbiosName.of("WORKGROUP", 0), slot, data);
    }
}
