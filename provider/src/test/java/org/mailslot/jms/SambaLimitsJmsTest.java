package org.mailslot.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.slot.LoopbackHosts;

/**
 * {@code wire.limits=samba} over real UDP on loopback: a raw write of 410 bytes to
 * {@code \\SAMBAPEER\mailslot\TEST} is a 576-byte datagram (what nmbd reads), one byte more is refused with a {@link MessageFormatException} that names
 * the limit and the option; the Windows profile still sends 424 bytes to the domain.
 */
@Timeout(30)
class SambaLimitsJmsTest {

    private final int port = LoopbackHosts.freePort();
    private final MailslotConnectionFactory samba = new MailslotConnectionFactory("mailslot://127.0.0.81:" + port
            + "?computerName=SAMBASAFE&broadcast=127.255.255.255&nameLookup=none&jms.payload=raw&wire.limits=samba"
            + "&names=SAMBAPEER=127.0.0.83");
    private final MailslotConnectionFactory windows = new MailslotConnectionFactory("mailslot://127.0.0.82:" + port
            + "?computerName=WINSAFE&broadcast=127.255.255.255&nameLookup=none&jms.payload=raw");

    @AfterEach
    void close() {
        samba.close();
        windows.close();
    }

    @Test
    void theSambaProfileSendsUpTo576ByteDatagramsAndRefusesMoreNamingTheOption() throws Exception {
        try (DatagramChannel listener = DatagramChannel.open();
             Connection connection = samba.createConnection()) {
            listener.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            listener.bind(new InetSocketAddress(LoopbackHosts.loopback(83), port));
            Session session = connection.createSession();
            // SAMBAPEER is a plain socket, reading what nmbd would read.
            MessageProducer producer = session.createProducer(session.createQueue("\\\\SAMBAPEER\\mailslot\\TEST"));
            ByteBuffer datagram = ByteBuffer.allocate(2048);

            producer.send(bytes(session, 410));
            InetSocketAddress from = (InetSocketAddress) listener.receive(datagram);
            assertThat(from.getAddress()).isEqualTo(LoopbackHosts.loopback(81));
            assertThat(datagram.flip().remaining()).isEqualTo(576);

            assertThatThrownBy(() -> producer.send(bytes(session, 411)))
                    .isInstanceOf(MessageFormatException.class)
                    .hasMessageContaining("411 bytes")
                    .hasMessageContaining("at most 410")
                    .hasMessageContaining("wire.limits=samba");
        }
    }

    @Test
    void theWindowsProfileKeepsTheWindowsGroupLimit() throws Exception {
        try (Connection out = windows.createConnection(); Connection in = samba.createConnection()) {
            in.start();
            Session inSession = in.createSession();
            MessageConsumer consumer = inSession.createConsumer(inSession.createTopic("TEST"));
            Session session = out.createSession();

            session.createProducer(session.createTopic("TEST")).send(bytes(session, 424));

            BytesMessage received = (BytesMessage) consumer.receive(10_000);
            assertThat(received.getBodyLength()).as("receiving is never limited by the profile").isEqualTo(424);
        }
    }

    private static BytesMessage bytes(Session session, int size) throws Exception {
        BytesMessage message = session.createBytesMessage();
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        message.writeBytes(body);
        return message;
    }
}
