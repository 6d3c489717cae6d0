package org.mailslot.raitests;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;

/**
 * A Windows computer outside the server: datagrams in the Windows-client profile from its own loopback address on
 * the shared port, to one computer or broadcast to the loopback network.
 */
final class WindowsSender implements AutoCloseable {

    private final DatagramChannel channel;
    private final MailslotCodec codec = MailslotCodec.windows();
    private final String computerName;
    private final int sourceIp;
    private final int port;

    WindowsSender(String computerName, String address, int port) throws IOException {
        this.computerName = computerName;
        this.port = port;
        this.channel = DatagramChannel.open(StandardProtocolFamily.INET);
        channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        channel.setOption(StandardSocketOptions.SO_BROADCAST, true);
        channel.bind(new InetSocketAddress(address, port));
        this.sourceIp = java.nio.ByteBuffer.wrap(InetAddress.getByName(address).getAddress()).getInt();
    }

    /** {@code \\COMPUTER\mailslot\SLOT} written to the computer's address. */
    void unique(String computer, String computerAddress, int datagramId, String slot, byte[] data)
            throws IOException {
        send(DatagramType.DIRECT_UNIQUE, computer, datagramId, slot, data, computerAddress);
    }

    /** {@code \\*\mailslot\SLOT}: a group write to the domain, broadcast on the loopback network. */
    void broadcast(String domain, int datagramId, String slot, byte[] data) throws IOException {
        send(DatagramType.DIRECT_GROUP, domain, datagramId, slot, data, "127.255.255.255");
    }

    private void send(DatagramType type, String destination, int datagramId, String slot, byte[] data, String to)
            throws IOException {
        MailslotDatagram datagram = new MailslotDatagram(type, NodeType.B, datagramId, sourceIp, port,
                NetbiosName.of(computerName, 0), NetbiosName.of(destination, 0), "\\MAILSLOT\\" + slot, 0, data);
        channel.send(ByteBuffer.wrap(codec.encode(datagram)), new InetSocketAddress(to, port));
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
