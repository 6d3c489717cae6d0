package org.mailslot.net;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/** Receives each UDP datagram an endpoint reads, on one of its reader threads, one datagram at a time. */
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
}
