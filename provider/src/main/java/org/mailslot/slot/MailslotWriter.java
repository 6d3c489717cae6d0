package org.mailslot.slot;

import java.io.IOException;
import java.util.Arrays;

/**
 * A writer to one mailslot name (the client handle of CreateFile + WriteFile): a local slot, one computer, or
 * every host of a domain. Each {@code write} is one message, sent at once; remote writes are fire-and-forget.
 *
 * <p>Thread-safe.
 */
public final class MailslotWriter implements AutoCloseable {

    private final MailslotHost host;
    private final MailslotName target;
    private volatile boolean open = true;

    MailslotWriter(MailslotHost host, MailslotName target) {
        this.host = host;
        this.target = target;
    }

    /** {@return where this writer writes} */
    public MailslotName target() {
        return target;
    }

    /**
     * Writes one message with priority 0.
     *
     * @param data the message (not kept)
     * @throws IOException see {@link MailslotHost#send}
     */
    public void write(byte[] data) throws IOException {
        write(data, 0);
    }

    /**
     * Writes one message.
     *
     * @param data     the message (not kept)
     * @param priority 0..9: kept by a local write; a datagram carries the SMB profile's priority word (Windows: 0)
     * @throws IOException see {@link MailslotHost#send}
     */
    public void write(byte[] data, int priority) throws IOException {
        if (!open) {
            throw new MailslotClosedException("writer to " + target);
        }
        host.send(target, data, priority);
    }

    /**
     * Writes {@code length} bytes of {@code data} from {@code offset} as one message with priority 0.
     *
     * @param data   holds the message
     * @param offset where the message starts in {@code data}
     * @param length the message's length
     * @throws IOException see {@link MailslotHost#send}
     */
    public void write(byte[] data, int offset, int length) throws IOException {
        write(Arrays.copyOfRange(data, offset, offset + length), 0);
    }

    /** {@return true until {@link #close()}} */
    public boolean isOpen() {
        return open;
    }

    /** Closes the writer; the slot is not affected. */
    @Override
    public void close() {
        open = false;
    }

    @Override
    public String toString() {
        return "MailslotWriter[" + target + "]";
    }
}
