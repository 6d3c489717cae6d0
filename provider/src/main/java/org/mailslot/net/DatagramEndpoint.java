package org.mailslot.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.WireFormatException;

/**
 * A {@link UdpEndpoint} that speaks mailslot datagrams: received payloads are decoded with the codec and handed to a
 * {@link DatagramHandler}; datagrams to send are encoded into a per-thread buffer (no allocation per send). The
 * codec does all byte work; this class only moves datagrams between it and the sockets.
 *
 * <p>Thread-safe.
 */
public final class DatagramEndpoint implements AutoCloseable {

    private static final ThreadLocal<ByteBuffer> SEND_BUFFER =
            ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(UdpEndpoint.MAX_UDP_PAYLOAD));

    private final UdpEndpoint udp;
    private final MailslotCodec codec;

    private DatagramEndpoint(UdpEndpoint udp, MailslotCodec codec) {
        this.udp = udp;
        this.codec = codec;
    }

    /**
     * Binds the sockets and starts the reader thread.
     *
     * @param settings where to bind and send
     * @param codec    encodes sends and decodes receipts
     * @param handler  gets every received datagram, decoded or rejected
     * @return the running endpoint
     * @throws IOException as {@link UdpEndpoint#open} does
     */
    public static DatagramEndpoint open(EndpointSettings settings, MailslotCodec codec, DatagramHandler handler)
            throws IOException {
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(handler, "handler");
        UdpEndpoint udp = UdpEndpoint.open(settings, new RawDatagramHandler() {
            @Override
            public void onDatagram(ByteBuffer payload, InetSocketAddress source) {
                if (handler.skipUndecoded(payload, source)) {
                    return;
                }
                MailslotDatagram datagram;
                try {
                    datagram = codec.decode(payload.duplicate());
                } catch (WireFormatException e) {
                    handler.onMalformed(e, source, payload);
                    return;
                }
                handler.onDatagram(datagram, source);
            }

            @Override
            public void onReaderFailure(Throwable cause) {
                handler.onReaderFailure(cause);
            }
        });
        return new DatagramEndpoint(udp, codec);
    }

    /**
     * Encodes and sends one datagram to one address.
     *
     * @param datagram the datagram
     * @param target   where to send it
     * @throws org.mailslot.wire.MessageTooLargeException when the payload exceeds the codec's limit for the target
     * @throws IOException                                when the send fails
     */
    public void send(MailslotDatagram datagram, InetSocketAddress target) throws IOException {
        udp.send(encode(datagram), target);
    }

    /**
     * Encodes one datagram and sends it to every group target (broadcast addresses, multicast group).
     *
     * @param datagram the datagram
     * @throws org.mailslot.wire.MessageTooLargeException when the payload exceeds the codec's limit for the target
     * @throws IOException                                when a send fails
     */
    public void sendToGroup(MailslotDatagram datagram) throws IOException {
        udp.sendToGroup(encode(datagram));
    }

    private ByteBuffer encode(MailslotDatagram datagram) {
        ByteBuffer buffer = SEND_BUFFER.get();
        buffer.clear();
        codec.encode(datagram, buffer);
        return buffer.flip();
    }

    /** The address and port datagrams leave from. */
    public InetSocketAddress localAddress() {
        return udp.localAddress();
    }

    /**
     * The address to put in SOURCE_IP: the bound address, or for a wildcard bind the first IPv4 address of an
     * interface that is up and not loopback (found from the interfaces, never by a name lookup), else 0.0.0.0.
     *
     * @throws IOException when the interfaces cannot be listed
     */
    public InetAddress advertisedAddress() throws IOException {
        return LocalAddresses.advertised(localAddress().getAddress());
    }

    /** Where group datagrams go. */
    public List<InetSocketAddress> groupTargets() {
        return udp.groupTargets();
    }

    /** The address of the socket that hears broadcasts; empty for a wildcard bind, whose one socket does. */
    public java.util.Optional<InetSocketAddress> groupAddress() {
        return udp.groupAddress();
    }

    /** The reader thread, in a list (ended after {@link #close()}). */
    public List<Thread> readerThreads() {
        return udp.readerThreads();
    }

    /** True until {@link #close()}. */
    public boolean isOpen() {
        return udp.isOpen();
    }

    /** Stops the reader thread and frees the sockets. Idempotent. */
    @Override
    public void close() {
        udp.close();
    }
}
