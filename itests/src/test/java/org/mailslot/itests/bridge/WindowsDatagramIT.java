package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.metrics.DropReason;
import org.mailslot.slot.LoopbackHosts;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotDatagram;

/**
 * A Windows-style raw datagram (Windows-client SMB profile, from WINPC on 127.0.0.5) becomes a BytesMessage with
 * the datagram's bytes and origin; copies of one write (same sender, DGM_ID, slot and data, as two transports or
 * two sockets deliver them) become one message.
 */
@Timeout(60)
class WindowsDatagramIT {

    @TempDir
    static Path dataDir;

    private static int port;
    private static RunningBridge bridge;

    @BeforeAll
    static void start() throws Exception {
        port = LoopbackHosts.freePort();
        bridge = RunningBridge.start(port, dataDir, Map.of());
    }

    @AfterAll
    static void stop() {
        bridge.close();
    }

    @Test
    void rawWindowsDatagramBecomesABytesMessageWithItsOrigin() throws Exception {
        byte[] data = {0x00, 0x01, 0x02, (byte) 0xE5, (byte) 0xFF, 'o', 'k'};
        try (Connection artemis = bridge.connect(); WindowsPeer winpc = new WindowsPeer("127.0.0.5", port)) {
            Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue("mailslot.alerts.disk"));
            long before = System.currentTimeMillis();

            winpc.send(winpc.unique("WINPC", 4711, "ALERTS\\DISK", data));

            Message received = consumer.receive(RunningBridge.WAIT.toMillis());
            assertThat(received).isInstanceOf(BytesMessage.class);
            assertThat(received.getBody(byte[].class)).containsExactly(data);
            assertThat(received.getStringProperty("MailslotSourceName")).isEqualTo("WINPC");
            assertThat(received.getStringProperty("MailslotSourceAddress")).isEqualTo("127.0.0.5");
            assertThat(received.getIntProperty("MailslotSourcePort")).isEqualTo(port);
            assertThat(received.getStringProperty("MailslotDestinationName")).isEqualTo(RunningBridge.COMPUTER);
            assertThat(received.getStringProperty("MailslotDatagramType")).isEqualTo("DIRECT_UNIQUE");
            assertThat(received.getIntProperty("MailslotDatagramId")).isEqualTo(4711);
            assertThat(received.getStringProperty("MailslotSlot")).isEqualTo("ALERTS\\DISK");
            assertThat(received.getLongProperty("MailslotReceivedAt")).isBetween(before, System.currentTimeMillis());
            assertThat(received.getJMSMessageID()).startsWith("ID:");
        }
    }

    @Test
    void copiesOfOneWriteBecomeOneMessage() throws Exception {
        try (Connection artemis = bridge.connect(); WindowsPeer winpc = new WindowsPeer("127.0.0.5", port)) {
            Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue("mailslot.dup"));
            long forwardedBefore = bridge.counters().snapshot().forwarded();
            long duplicatesBefore = bridge.counters().snapshot().dropped(DropReason.DUPLICATE);
            MailslotDatagram write = winpc.unique("WINPC", 100, "DUP", "once".getBytes(StandardCharsets.US_ASCII));

            winpc.send(write);
            winpc.send(write);
            winpc.send(write);
            // Same id, other data: a different write, so it must arrive (after the single copy of the first).
            winpc.send(winpc.unique("WINPC", 100, "DUP", "next".getBytes(StandardCharsets.US_ASCII)));

            assertThat(text(consumer.receive(RunningBridge.WAIT.toMillis()))).isEqualTo("once");
            assertThat(text(consumer.receive(RunningBridge.WAIT.toMillis()))).isEqualTo("next");
            // The copies are dropped before the broker and counted as duplicates, not as forwarded.
            await().atMost(RunningBridge.WAIT)
                    .until(() -> bridge.counters().snapshot().dropped(DropReason.DUPLICATE) == duplicatesBefore + 2);
            assertThat(bridge.counters().snapshot().forwarded()).isEqualTo(forwardedBefore + 2);
            assertThat(consumer.receiveNoWait()).isNull();
        }
    }

    @Test
    void groupWriteHeardOnTwoSocketsIsOneTopicMessage() throws Exception {
        try (Connection artemis = bridge.connect(); WindowsPeer winpc = new WindowsPeer("127.0.0.5", port)) {
            Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer subscriber = session.createConsumer(session.createTopic("mailslot.browse"));
            MailslotDatagram broadcast = winpc.datagram(DatagramType.DIRECT_GROUP, "WINPC", "WORKGROUP", 9,
                    "BROWSE", "announce".getBytes(StandardCharsets.US_ASCII));
            long notForUs = bridge.counters().snapshot().dropped(DropReason.NOT_FOR_US);

            winpc.send(broadcast);
            winpc.send(broadcast);
            winpc.send(winpc.datagram(DatagramType.DIRECT_GROUP, "WINPC", "OTHERDOM", 10, "BROWSE",
                    "elsewhere".getBytes(StandardCharsets.US_ASCII)));
            winpc.send(winpc.datagram(DatagramType.DIRECT_GROUP, "WINPC", "WORKGROUP", 11, "BROWSE",
                    "last".getBytes(StandardCharsets.US_ASCII)));

            assertThat(text(subscriber.receive(RunningBridge.WAIT.toMillis()))).isEqualTo("announce");
            assertThat(text(subscriber.receive(RunningBridge.WAIT.toMillis()))).isEqualTo("last");
            assertThat(bridge.counters().snapshot().dropped(DropReason.NOT_FOR_US)).isEqualTo(notForUs + 1);
        }
    }

    private static String text(Message message) throws Exception {
        assertThat(message).isNotNull();
        return new String(message.getBody(byte[].class), StandardCharsets.US_ASCII);
    }
}
