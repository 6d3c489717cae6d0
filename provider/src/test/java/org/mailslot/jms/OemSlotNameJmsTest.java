package org.mailslot.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.slot.LoopbackHosts;

/**
 * Slot names beyond ASCII between a Windows computer and JMS, over real UDP on loopback. WINPC (a plain socket on
 * 127.0.0.62) writes Windows-client datagrams laid out byte by byte here, the transaction name in OEM code page 850:
 * {@code \MAILSLOT\CAF} and 0x82 reach the queue {@code CAFé} of the provider on 127.0.0.61 (0x90, {@code CAFÉ},
 * too: case is ignored as Windows ignores it); a send to {@code \\WINPC\mailslot\CAFé} writes 0x82; a name code page
 * 850 cannot write is refused before sending. A second provider with {@code wire.codePage=437} on 127.0.0.63 reads
 * 0x9B as '¢' where 850 reads 'ø'.
 */
@Timeout(30)
class OemSlotNameJmsTest {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");
    /** WINPC{@literal <00>} and JAVA1{@literal <00>} / JAVA437{@literal <00>}, RFC 1001 §14 first-level encoding. */
    private static final String WINPC = "FHEJEOFAEDCACACACACACACACACACAAA";
    private static final String JAVA1 = "EKEBFGEBDBCACACACACACACACACACAAA";
    private static final String JAVA437 = "EKEBFGEBDEDDDHCACACACACACACACAAA";

    private final int port = LoopbackHosts.freePort();
    private final MailslotConnectionFactory cp850 = new MailslotConnectionFactory("mailslot://127.0.0.61:" + port
            + "?computerName=JAVA1&broadcast=127.255.255.255&nameLookup=none&jms.payload=raw&names=WINPC=127.0.0.62");
    private final MailslotConnectionFactory cp437 = new MailslotConnectionFactory("mailslot://127.0.0.63:" + port
            + "?computerName=JAVA437&broadcast=127.255.255.255&nameLookup=none&wire.codePage=437");
    private DatagramChannel winpc;

    @BeforeEach
    void openPeer() throws IOException {
        winpc = DatagramChannel.open();
        winpc.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        winpc.bind(new InetSocketAddress(LoopbackHosts.loopback(62), port));
    }

    @AfterEach
    void close() throws IOException {
        winpc.close();
        cp850.close();
        cp437.close();
    }

    @Test
    void aWindowsWriteToCaf0x82ReachesTheQueueCafeAcute() throws Exception {
        try (Connection connection = cp850.createConnection()) {
            connection.start();
            Session session = connection.createSession();
            MessageConsumer owner = session.createConsumer(session.createQueue("CAF\u00e9"));

            sendFromWinpc(JAVA1, 61, "43 41 46 82", "bonjour");
            Message first = owner.receive(10_000);
            assertThat(body(first)).isEqualTo("bonjour");
            assertThat(first.getStringProperty("MailslotSlot")).isEqualTo("\\MAILSLOT\\CAF\u00e9");
            assertThat(first.getStringProperty("MailslotSourceComputer")).isEqualTo("WINPC");

            // 0x90 is 'É' in 850: the same slot, as Windows folds case.
            sendFromWinpc(JAVA1, 61, "43 41 46 90", "encore");
            Message second = owner.receive(10_000);
            assertThat(body(second)).isEqualTo("encore");
            assertThat(second.getStringProperty("MailslotSlot")).isEqualTo("\\MAILSLOT\\CAF\u00c9");
        }
    }

    @Test
    void aSendToCafeAcuteWritesTheByte0x82AndANameWithoutAByteIsRefusedFirst() throws Exception {
        try (Connection connection = cp850.createConnection()) {
            Session session = connection.createSession();
            MessageProducer producer = session.createProducer(null);

            assertThatThrownBy(() -> producer.send(session.createQueue("\\\\WINPC\\mailslot\\\u0151"), bytes(session,
                    "no")))
                    .isInstanceOf(InvalidDestinationException.class)
                    .hasMessageContaining("'\u0151' (U+0151) at position 0 has no byte in OEM code page 850")
                    .hasMessageContaining("wire.codePage");
            producer.send(session.createQueue("\\\\WINPC\\mailslot\\CAF\u00e9"), bytes(session, "salut"));

            // The refused send put nothing on the wire: the first datagram WINPC reads is the second send.
            ByteBuffer received = ByteBuffer.allocate(1024);
            assertThat(winpc.receive(received)).isEqualTo(new InetSocketAddress(LoopbackHosts.loopback(61), port));
            byte[] datagram = Arrays.copyOf(received.array(), received.position());
            int name = 82 + 69;
            assertThat(HEX.formatHex(datagram, name, name + 15))
                    .isEqualTo("5c 4d 41 49 4c 53 4c 4f 54 5c 43 41 46 82 00");
            assertThat(new String(datagram, datagram.length - 5, 5, StandardCharsets.US_ASCII)).isEqualTo("salut");
            assertThat(datagram.length).isEqualTo(82 + 84 + 5);
        }
    }

    @Test
    void byte0x9BIsCentUnder437AndOSlashUnder850() throws Exception {
        try (Connection western = cp850.createConnection(); Connection us = cp437.createConnection()) {
            western.start();
            us.start();
            Session westernSession = western.createSession();
            Session usSession = us.createSession();
            MessageConsumer oSlash = westernSession.createConsumer(westernSession.createQueue("K\u00f8GE"));
            MessageConsumer cent = usSession.createConsumer(usSession.createQueue("K\u00a2GE"));

            sendFromWinpc(JAVA1, 61, "4b 9b 47 45", "850");
            sendFromWinpc(JAVA437, 63, "4b 9b 47 45", "437");

            assertThat(body(oSlash.receive(10_000))).isEqualTo("850");
            assertThat(body(cent.receive(10_000))).isEqualTo("437");
        }
    }

    /**
     * A unique write from WINPC as a Windows client writes it (MAILSLOT-PROTOCOL §2.4/§2.5): \MAILSLOT\ and four
     * path bytes, which keeps DataOffset at 84 without padding.
     */
    private void sendFromWinpc(String destination, int last, String pathHex, String text) throws IOException {
        byte[] data = text.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer b = ByteBuffer.allocate(82 + 84 + data.length).order(ByteOrder.BIG_ENDIAN);
        b.put((byte) 0x10).put((byte) 0x02).putShort((short) 0x0082)        // DIRECT_UNIQUE, B-node first, DGM_ID
                .put(LoopbackHosts.loopback(62).getAddress()).putShort((short) port)
                .putShort((short) (b.capacity() - 14)).putShort((short) 0);  // DGM_LENGTH, PACKET_OFFSET
        b.put((byte) 0x20).put(WINPC.getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
        b.put((byte) 0x20).put(destination.getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
        b.put(HEX.parseHex("ff 53 4d 42 25 00 00 00 00 18 04 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ff fe 00 00"
                + " 00 00 11 00 00"));
        b.order(ByteOrder.LITTLE_ENDIAN).putShort((short) data.length)          // TotalDataCount
                .put(HEX.parseHex("02 00 00 00 00 00 02 00 00 00 00 00 00 00 00 00 54 00"))
                .putShort((short) data.length)                                  // DataCount
                .put(HEX.parseHex("54 00 03 00 01 00 00 00 02 00"))             // DataOffset 84, setup
                .putShort((short) (84 - 69 + data.length))                      // ByteCount
                .put("\\MAILSLOT\\".getBytes(StandardCharsets.US_ASCII)).put(HEX.parseHex(pathHex)).put((byte) 0)
                .put(data);
        assertThat(b.remaining()).isZero();
        winpc.send(b.flip(), new InetSocketAddress(LoopbackHosts.loopback(last), port));
    }

    private static BytesMessage bytes(Session session, String text) throws Exception {
        BytesMessage message = session.createBytesMessage();
        message.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
        return message;
    }

    private static String body(Message message) throws Exception {
        assertThat(message).isNotNull();
        return new String(message.getBody(byte[].class), StandardCharsets.US_ASCII);
    }
}
