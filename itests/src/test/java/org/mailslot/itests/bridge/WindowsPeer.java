package org.mailslot.itests.bridge;

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
 * A Windows client as the bridge sees it: datagrams encoded with the Windows-client profile, sent from its own
 * loopback address on the bridge's port (real hosts share port 138), or arbitrary bytes for hostile input.
 */
final class WindowsPeer implements AutoCloseable {

    private final DatagramChannel channel;
    private final InetSocketAddress bridge;
    private final MailslotCodec codec = MailslotCodec.windows();
    private final int sourceIp;
    private final int port;

    WindowsPeer(String address, int port) throws IOException {
        this.port = port;
        this.bridge = new InetSocketAddress("127.0.0.1", port);
        this.channel = DatagramChannel.open(StandardProtocolFamily.INET);
        channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        channel.bind(new InetSocketAddress(address, port));
        this.sourceIp = ByteBuffer.wrap(InetAddress.getByName(address).getAddress()).getInt();
    }

    /** A unique write from {@code source} to {@code \\BRIDGE\mailslot\<slot>}. */
    MailslotDatagram unique(String source, int datagramId, String slot, byte[] data) {
        return datagram(DatagramType.DIRECT_UNIQUE, source, RunningBridge.COMPUTER, datagramId, slot, data);
    }

    MailslotDatagram datagram(DatagramType type, String source, String destination, int datagramId, String slot,
                              byte[] data) {
        return new MailslotDatagram(type, NodeType.B, datagramId, sourceIp, port, NetbiosName.of(source, 0),
                NetbiosName.of(destination, 0), "\\MAILSLOT\\" + slot, 0, data);
    }

    /** As {@link #datagram}, with both names in NetBIOS scope {@code scope}, as a host of that scope writes them. */
    MailslotDatagram scoped(String scope, DatagramType type, String source, String destination, int datagramId,
                            String slot, byte[] data) {
        return new MailslotDatagram(type, NodeType.B, datagramId, sourceIp, port, NetbiosName.of(source, 0, scope),
                NetbiosName.of(destination, 0, scope), "\\MAILSLOT\\" + slot, 0, data);
    }

    void send(MailslotDatagram datagram) throws IOException {
        sendBytes(codec.encode(datagram));
    }

    /** The same datagram to a computer on another loopback address (a second bridge on the segment). */
    void sendTo(String address, MailslotDatagram datagram) throws IOException {
        channel.send(ByteBuffer.wrap(codec.encode(datagram)), new InetSocketAddress(address, port));
    }

    void sendBytes(byte[] payload) throws IOException {
        channel.send(ByteBuffer.wrap(payload), bridge);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
