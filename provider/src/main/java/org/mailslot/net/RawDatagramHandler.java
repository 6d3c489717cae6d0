package org.mailslot.net;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/** Receives each UDP datagram an endpoint reads, on the endpoint's reader thread. */
@FunctionalInterface
public interface RawDatagramHandler {

    /**
     * One datagram. The buffer holds the UDP payload between position and limit and is reused after this call
     * returns, so copy what must outlive it. Must not block: the reader thread serves the whole endpoint.
     *
     * @param payload the UDP payload
     * @param source  the UDP source address and port
     */
    void onDatagram(ByteBuffer payload, InetSocketAddress source);
}
