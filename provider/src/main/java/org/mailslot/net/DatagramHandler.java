package org.mailslot.net;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.WireFormatException;

/** Receives the datagrams a {@link DatagramEndpoint} decodes, on one of the endpoint's reader threads, one
 * datagram at a time. Must not block. */
@FunctionalInterface
public interface DatagramHandler {

    /**
     * A well-formed mailslot datagram.
     *
     * @param datagram the decoded datagram
     * @param source   the UDP source address and port (replies go there)
     */
    void onDatagram(MailslotDatagram datagram, InetSocketAddress source);

    /**
     * A datagram the codec rejected. The default ignores it.
     *
     * @param error   why it was rejected
     * @param source  the UDP source address and port
     * @param payload the raw UDP payload, valid only during the call
     */
    default void onMalformed(WireFormatException error, InetSocketAddress source, ByteBuffer payload) {
    }
}
