package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.mailslot.slot.LoopbackHosts;
import org.mailslot.wire.MailslotCodec;

/**
 * Slot names beyond ASCII through the bridge, in its default OEM code page 850. A Windows write to
 * {@code \MAILSLOT\CAF} + 0x82 (and + 0x90, {@code CAFÉ}) lands on the Artemis address {@code mailslot.café}; an
 * egress message to {@code \\WINPC\mailslot\CAFé} leaves as a datagram whose name has the byte 0x82, read by a plain
 * socket; a target code page 850 cannot write goes to the dead-letter address naming the character.
 */
@Timeout(60)
class OemSlotNameIT {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    @TempDir
    static Path dataDir;

    private static int port;
    private static RunningBridge bridge;

    @BeforeAll
    static void start() throws Exception {
        port = LoopbackHosts.freePort();
        bridge = RunningBridge.start(port, dataDir, Map.of("static-name", "WINPC=127.0.0.6"));
    }

    @AfterAll
    static void stop() {
        bridge.close();
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
            windows.bind(new InetSocketAddress("127.0.0.6", port));
            Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer deadLetters = session.createConsumer(session.createQueue("DLQ"));
            MessageProducer out = session.createProducer(session.createQueue("mailslot.out"));

            out.send(target(session.createTextMessage("no byte"), "\\\\WINPC\\mailslot\\\u0151"));
            out.send(target(session.createTextMessage("salut"), "\\\\WINPC\\mailslot\\CAF\u00e9"));

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
