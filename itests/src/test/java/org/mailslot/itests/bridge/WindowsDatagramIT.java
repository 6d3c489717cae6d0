package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.metrics.DropReason;
import org.mailslot.slot.LoopbackHosts;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.MailslotDatagram;

/**
 * A Windows-style raw datagram (Windows-client SMB profile, from WINPC on 127.0.0.5) becomes a BytesMessage with
 * the datagram's bytes and origin; copies of one write (same sender, DGM_ID, slot and data, as two transports or
 * two sockets deliver them) become one message. Slot names beyond ASCII travel in the default OEM code page 850:
 * {@code \MAILSLOT\CAF} + 0x82 (and + 0x90, {@code CAFÉ}) lands on the address {@code mailslot.café}, an egress
 * message to {@code \\JAVA3\mailslot\CAFé} leaves with the byte 0x82 (read by a plain socket on 127.0.0.4), and a
 * target code page 850 cannot write is dead-lettered naming the character.
 */
@Timeout(60)
class WindowsDatagramIT {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

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

    @Test
    void aWindowsWriteToCaf0x82ReachesTheAddressMailslotCafeAcute() throws Exception {
        try (Connection artemis = bridge.connect(); WindowsPeer winpc = new WindowsPeer("127.0.0.5", port)) {
            Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue("mailslot.caf\u00e9"));

            winpc.sendBytes(withLastNameByte(winpc, 31, 0x82, "petit"));
            winpc.sendBytes(withLastNameByte(winpc, 32, 0x90, "grand"));

            Message lower = consumer.receive(RunningBridge.WAIT.toMillis());
            assertThat(text(lower)).isEqualTo("petit");
            assertThat(lower.getStringProperty("MailslotSlot")).isEqualTo("CAF\u00e9");
            Message upper = consumer.receive(RunningBridge.WAIT.toMillis());
            assertThat(text(upper)).isEqualTo("grand");
            assertThat(upper.getStringProperty("MailslotSlot")).isEqualTo("CAF\u00c9");
        }
    }

    @Test
    void egressToCafeAcuteWritesTheByte0x82() throws Exception {
        try (Connection artemis = bridge.connect(); DatagramChannel windows = DatagramChannel.open(
                StandardProtocolFamily.INET)) {
            windows.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            windows.bind(new InetSocketAddress("127.0.0.4", port));
            Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer deadLetters = session.createConsumer(session.createQueue("DLQ"));
            MessageProducer out = session.createProducer(session.createQueue("mailslot.out"));

            out.send(target(session.createTextMessage("no byte"), "\\\\JAVA3\\mailslot\\\u0151"));
            out.send(target(session.createTextMessage("salut"), "\\\\JAVA3\\mailslot\\CAF\u00e9"));

            ByteBuffer received = ByteBuffer.allocate(1024);
            windows.receive(received);
            byte[] datagram = Arrays.copyOf(received.array(), received.position());
            int name = 82 + 69;
            assertThat(HEX.formatHex(datagram, name, name + 15))
                    .isEqualTo("5c 4d 41 49 4c 53 4c 4f 54 5c 43 41 46 82 00");
            assertThat(new String(datagram, datagram.length - 5, 5, StandardCharsets.US_ASCII)).isEqualTo("salut");

            Message dead = deadLetters.receive(RunningBridge.WAIT.toMillis());
            assertThat(dead.getStringProperty("MailslotRejectReason")).isEqualTo("BAD_TARGET");
            assertThat(dead.getStringProperty("MailslotRejectDetail")).contains("'\u0151' (U+0151)",
                    "OEM code page 850", "--code-page 850");
        }
    }

    /**
     * A Windows-client write of {@code \MAILSLOT\CAFx} from WINPC to the bridge, whose name byte {@code x} is then
     * replaced by {@code oemByte}: the OEM byte is the test's, not the codec's.
     */
    private static byte[] withLastNameByte(WindowsPeer winpc, int datagramId, int oemByte, String text) {
        byte[] ascii = MailslotCodec.windows().encode(winpc.unique("WINPC", datagramId, "CAFx",
                text.getBytes(StandardCharsets.US_ASCII)));
        int x = 82 + 69 + "\\MAILSLOT\\CAF".length();
        assertThat(ascii[x]).isEqualTo((byte) 'x');
        ascii[x] = (byte) oemByte;
        return ascii;
    }

    private static Message target(Message message, String target) throws Exception {
        message.setStringProperty("MailslotTarget", target);
        return message;
    }

    private static String text(Message message) throws Exception {
        assertThat(message).isNotNull();
        return new String(message.getBody(byte[].class), StandardCharsets.US_ASCII);
    }
}
