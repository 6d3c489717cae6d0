package org.mailslot.net;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.WireFormatException;

/** Receives the datagrams a {@link DatagramEndpoint} decodes, on the endpoint's reader thread. Must not block. */
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
     * Asked for every datagram before it is decoded. A handler that answers true has dealt with the datagram
     * (counted it, say) and it is neither decoded nor passed on; the default decodes everything.
     *
     * @param payload the raw UDP payload between position and limit, valid only during the call; leave the
     *                position and limit as they are
     * @param source  the UDP source address and port
     * @return true to skip decoding this datagram
     */
    default boolean skipUndecoded(ByteBuffer payload, InetSocketAddress source) {
        return false;
    }

    /**
     * A datagram the codec rejected. The default ignores it.
     *
     * @param error   why it was rejected
     * @param source  the UDP source address and port
     * @param payload the raw UDP payload, valid only during the call
     */
    default void onMalformed(WireFormatException error, InetSocketAddress source, ByteBuffer payload) {
    }

    /**
     * The endpoint's reader thread ended because reading failed on its own (see
     * {@link RawDatagramHandler#onReaderFailure}); nothing more will be received. The default does nothing.
     *
     * @param cause what ended it
     */
    default void onReaderFailure(Throwable cause) {
    }
}
