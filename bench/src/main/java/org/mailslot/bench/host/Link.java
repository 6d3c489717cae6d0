package org.mailslot.bench.host;

import java.io.IOException;

/** One direction of a message path under test: the sending end and the receiving end. */
interface Link extends AutoCloseable {

    /** Sends one message (one datagram). */
    void send(byte[] message) throws IOException;

    /**
     * Waits for the next message and copies its first bytes (enough for the sequence number) into {@code into}.
     *
     * @return false once the receiving end has been closed
     */
    boolean receive(byte[] into) throws Exception;

    /** Closes the receiving end, which ends a blocked {@link #receive}. */
    void closeReceiver() throws IOException;

    @Override
    void close() throws IOException;
}
