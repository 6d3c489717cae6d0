package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.slot.DropReason;
import org.mailslot.slot.HostCounters;
import org.mailslot.slot.LoopbackHosts;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;
import org.mailslot.wire.WireFormatException;

/**
 * Every drop reason of the receive path, from the codec up to the JMS queue, increments its counter in the one
 * public snapshot, {@link MailslotConnectionFactory#statistics()}. A Windows-profile peer on 127.0.0.29 sends to
 * the provider on 127.0.0.28.
 */
@Timeout(30)
class InboundDropsTest {

    private static final int QUOTA = 4096;

    private final AtomicInteger datagramIds = new AtomicInteger(100);
    private MailslotConnectionFactory factory;
    private Connection connection;
    private DatagramChannel peer;
    private int port;

    @BeforeEach
    void start() throws Exception {
        port = LoopbackHosts.freePort();
        factory = new MailslotConnectionFactory("mailslot://127.0.0.28:" + port + "?computerName=JAVA1"
                + "&broadcast=127.255.255.255&nameLookup=none&jms.queueQuotaBytes=" + QUOTA);
        connection = factory.createConnection();
        connection.start();
        peer = DatagramChannel.open().bind(new InetSocketAddress(LoopbackHosts.loopback(29), 0));
    }

    @AfterEach
    void stop() throws Exception {
        peer.close();
        connection.close();
        factory.close();
    }

    @Test
    void aFactoryThatNeverRanReportsZeros() {
        try (MailslotConnectionFactory idle = new MailslotConnectionFactory()) {
            HostCounters counters = idle.statistics();
            assertThat(counters.totalDrops()).isZero();
            assertThat(counters.drops().keySet()).containsExactlyInAnyOrder(DropReason.values());
        }
    }

    @Test
    void malformedDatagramsAreCountedWithTheCodecReason() throws IOException {
        peer.send(ByteBuffer.wrap(new byte[] {0x11, 0x02, 0x00}), provider());
        await().until(() -> factory.statistics().drops(DropReason.MALFORMED) == 1);
        assertThat(factory.statistics().malformed()).containsKey(WireFormatException.Reason.TRUNCATED_HEADER);
    }

    @Test
    void aDatagramForAnotherComputerIsNotForUs() throws IOException {
        send("OTHERPC", "x", new byte[] {1}, DatagramType.DIRECT_UNIQUE);
        await().until(() -> factory.statistics().drops(DropReason.NOT_FOR_US) == 1);
    }

    @Test
    void aDatagramForASlotNobodyOpenedIsUnknown() throws IOException {
        send("JAVA1", "nobody", new byte[] {1}, DatagramType.DIRECT_UNIQUE);
        await().until(() -> factory.statistics().drops(DropReason.UNKNOWN_SLOT) == 1);
    }

    @Test
    void aRepeatedDatagramIsADuplicate() throws IOException, JMSException {
        openQueue("dups");
        MailslotDatagram datagram = datagram("JAVA1", "dups", new byte[] {'a'}, DatagramType.DIRECT_UNIQUE);
        send(datagram);
        send(datagram);
        await().until(() -> factory.statistics().drops(DropReason.DUPLICATE) == 1);
        assertThat(factory.statistics().remoteDelivered()).isEqualTo(1);
    }

    @Test
    void anEnvelopeTheJmsLayerCannotReadIsABadEnvelope() throws IOException, JMSException {
        openQueue("garbled");
        // The envelope magic, then a version nobody writes: neither a raw body nor a valid envelope.
        send("JAVA1", "garbled", new byte[] {(byte) 0xE5, 0x4D, (byte) 0xFF, 0x00, 0x01}, DatagramType.DIRECT_UNIQUE);
        await().until(() -> factory.statistics().drops(DropReason.BAD_ENVELOPE) == 1);
        assertThat(factory.statistics().drops(DropReason.UNREADABLE)).isZero();
    }

    @Test
    void aMessageTheJmsQueueQuotaRefusesIsQueueFull() throws IOException, JMSException {
        openQueue("full");
        byte[] body = new byte[400];
        int sent = 0;
        while (factory.statistics().drops(DropReason.QUEUE_FULL) == 0 && sent < 4 * QUOTA / body.length) {
            send("JAVA1", "full", body, DatagramType.DIRECT_UNIQUE);
            int expected = ++sent;
            await().until(() -> factory.statistics().remoteDelivered()
                    + factory.statistics().drops(DropReason.QUEUE_FULL) == expected);
        }
        assertThat(factory.statistics().drops(DropReason.QUEUE_FULL)).isEqualTo(1);
        assertThat(factory.statistics().remoteDelivered()).isEqualTo(sent - 1);
    }

    @Test
    void ourOwnBroadcastComingBackIsAnOwnEcho() throws JMSException {
        try (Session session = connection.createSession()) {
            session.createProducer(session.createTopic("news")).send(session.createTextMessage("hello"));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> factory.statistics().drops(DropReason.OWN_ECHO) >= 1);
    }

    private void openQueue(String name) throws JMSException {
        Session session = connection.createSession();
        // A queue opens its slot; nobody consumes, so arrivals stay in the JMS queue.
        session.createBrowser(session.createQueue(name)).close();
        session.close();
    }

    private InetSocketAddress provider() {
        return new InetSocketAddress(LoopbackHosts.loopback(28), port);
    }

    private void send(String to, String slot, byte[] data, DatagramType type) throws IOException {
        send(datagram(to, slot, data, type));
    }

    private MailslotDatagram datagram(String to, String slot, byte[] data, DatagramType type) {
        return new MailslotDatagram(type, NodeType.B, datagramIds.incrementAndGet() & 0xFFFF, 0x7f00001d, 138,
                NetbiosName.of("WINPC", 0), NetbiosName.of(to, 0), "\\MAILSLOT\\" + slot, 0, data);
    }

    private void send(MailslotDatagram datagram) throws IOException {
        peer.send(ByteBuffer.wrap(MailslotCodec.windows().encode(datagram)), provider());
    }
}
