package org.mailslot.net;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/** Receives each UDP datagram an endpoint reads, on its reader thread. */
@FunctionalInterface
public interface RawDatagramHandler {

    /**
     * One datagram. The buffer holds the UDP payload between position and limit and is reused after this call
     * returns, so copy what must outlive it. Must not block: the readers serve the whole endpoint.
     *
     * @param payload the UDP payload
     * @param source  the UDP source address and port
     */
    void onDatagram(ByteBuffer payload, InetSocketAddress source);

    /**
     * The reader thread is ending because reading failed on its own (a socket error, the socket closed by an
     * interrupt, an Error thrown while handling a datagram), not because the endpoint was closed: nothing more will
     * be received. Called once, on the dying reader thread. The default does nothing.
     *
     * @param cause what ended it
     */
    default void onReaderFailure(Throwable cause) {
    }
}
