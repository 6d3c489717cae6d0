package org.mailslot.bench.host;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;

/** The baseline: a plain DatagramChannel sending to another on loopback, the receiver blocking in receive. */
final class RawUdpLink implements Link {

    private final DatagramChannel sender;
    private final DatagramChannel receiver;
    private final InetSocketAddress target;
    private final ByteBuffer receiveBuffer = ByteBuffer.allocateDirect(65_536);

    RawUdpLink(InetSocketAddress from, InetSocketAddress to) throws IOException {
        sender = DatagramChannel.open(StandardProtocolFamily.INET);
        sender.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        sender.bind(from);
        receiver = DatagramChannel.open(StandardProtocolFamily.INET);
        receiver.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        // The receive buffer the mailslot endpoint asks for, so that both sides get the same kernel buffering.
        receiver.setOption(StandardSocketOptions.SO_RCVBUF, 4 * 1024 * 1024);
        receiver.bind(to);
        target = to;
    }

    @Override
    public void send(byte[] message) throws IOException {
        sender.send(ByteBuffer.wrap(message), target);
    }

    @Override
    public boolean receive(byte[] into) throws IOException {
        receiveBuffer.clear();
        try {
            receiver.receive(receiveBuffer);
        } catch (ClosedChannelException closed) {
            return false;
        }
        receiveBuffer.flip();
        receiveBuffer.get(into, 0, Math.min(into.length, receiveBuffer.remaining()));
        return true;
    }

    @Override
    public void closeReceiver() throws IOException {
        receiver.close();
    }

    @Override
    public void close() throws IOException {
        sender.close();
        receiver.close();
    }
}
