package org.mailslot.jms.conformance;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import org.mailslot.slot.LoopbackHosts;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;

/**
 * A Windows program's host as a provider under test sees it: computer WINPC on 127.0.0.{@code last}, sharing the
 * hosts' port, writing Windows-client datagrams to one host on loopback.
 */
final class WindowsWriter implements AutoCloseable {

    private final DatagramChannel channel;
    private final int port;
    private final int sourceIp;
    private final InetSocketAddress host;
    private int nextId = 1;

    /**
     * @param last     the last byte of the writer's loopback address
     * @param hostLast the last byte of the receiving host's loopback address
     */
    WindowsWriter(int last, int hostLast, int port) throws IOException {
        this.port = port;
        this.sourceIp = 0x7F000000 | last;
        this.host = new InetSocketAddress(LoopbackHosts.loopback(hostLast), port);
        channel = DatagramChannel.open();
        channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        channel.bind(new InetSocketAddress(LoopbackHosts.loopback(last), port));
    }

    /** Writes {@code data} to {@code \MAILSLOT\<slot>} as a datagram of {@code type} addressed to {@code to}. */
    void write(DatagramType type, NetbiosName to, String slot, byte[] data) throws IOException {
        MailslotDatagram datagram = new MailslotDatagram(type, NodeType.B, nextId++, sourceIp, port,
                NetbiosName.of("WINPC", 0), to, "\\MAILSLOT\\" + slot, 0, data);
        channel.send(ByteBuffer.wrap(MailslotCodec.windows().encode(datagram)), host);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
