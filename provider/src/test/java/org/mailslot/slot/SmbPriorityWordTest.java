package org.mailslot.slot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.SmbProfile;

/**
 * The SMB priority word of what we send is the sender profile's (Windows writes 0, Samba's nmbd 1), whatever
 * priority the write or the JMS message had; a Java receiver still gets the JMS priority from the envelope.
 * Real datagrams on loopback, read by a plain socket as a Windows or Samba peer would.
 */
@Timeout(30)
class SmbPriorityWordTest {

    private final int port = LoopbackHosts.freePort();
    private DatagramChannel peer;

    @BeforeEach
    void bindPeer() throws Exception {
        peer = DatagramChannel.open();
        peer.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        peer.bind(new InetSocketAddress(LoopbackHosts.loopback(92), port));
    }

    @AfterEach
    void closePeer() throws Exception {
        peer.close();
    }

    @Test
    void theWindowsProfileWritesPriority0AndTheSambaProfile1() throws Exception {
        for (SmbProfile profile : SmbProfile.values()) {
            try (MailslotHost host = MailslotHost.start(LoopbackHosts.host("PRIO", "WORKGROUP", 91, port)
                    .smbProfile(profile).staticName("PEER", LoopbackHosts.loopback(92)).build())) {
                host.openWriter("\\\\PEER\\mailslot\\prio").write("x".getBytes(StandardCharsets.US_ASCII));

                assertThat(receive().priority()).as(profile.name()).isEqualTo(profile.priority());
            }
        }
        assertThat(SmbProfile.WINDOWS_CLIENT.priority()).isZero();
        assertThat(SmbProfile.SAMBA.priority()).isEqualTo(1);
    }

    @Test
    void aJmsPriorityTravelsInTheEnvelopeNotInTheSmbWord() throws Exception {
        MailslotConnectionFactory factory = new MailslotConnectionFactory("mailslot://127.0.0.91:" + port
                + "?computerName=PRIO&broadcast=127.255.255.255&nameLookup=none&names=PEER=127.0.0.92");
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession();
            MessageProducer producer = session.createProducer(session.createQueue("\\\\PEER\\mailslot\\prio"));
            Message message = session.createTextMessage("urgent");

            producer.send(message, jakarta.jms.DeliveryMode.NON_PERSISTENT, 9, 0);

            MailslotDatagram datagram = receive();
            assertThat(datagram.priority()).isZero();
            assertThat(org.mailslot.jms.payload.EnvelopeCodec.decode(datagram.data()).getJMSPriority())
                    .isEqualTo(9);
        } finally {
            factory.close();
        }
    }

    private MailslotDatagram receive() throws Exception {
        ByteBuffer buffer = ByteBuffer.allocate(1024);
        peer.receive(buffer);
        return MailslotCodec.windows().decode(buffer.flip());
    }
}
