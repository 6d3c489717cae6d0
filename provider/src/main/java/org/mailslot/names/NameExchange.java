package org.mailslot.names;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Request and answer on the name-service socket: hands out transaction ids, sends requests (unicast or to the
 * broadcast area) and gives each open transaction the answers the reader delivers for its id. Shared by the
 * broadcast procedures and the WINS client, so neither knows the socket. Thread-safe.
 */
final class NameExchange {

    /** The socket side: where packets go. */
    interface Link {
        void send(ByteBuffer packet, InetSocketAddress target) throws IOException;

        void broadcast(ByteBuffer packet) throws IOException;
    }

    private final PendingRequests pending = new PendingRequests();
    private final AtomicInteger ids = new AtomicInteger(ThreadLocalRandom.current().nextInt(0x10000));
    private final Link link;

    NameExchange(Link link) {
        this.link = link;
    }

    int nextId() {
        return ids.getAndIncrement() & 0xFFFF;
    }

    /** Opens a transaction under a fresh id; close it when done. */
    Transaction open() {
        int id = nextId();
        return new Transaction(id, pending.open(id));
    }

    /** @return false when no open transaction waits for this response's id (or its queue is full) */
    boolean deliver(NameServicePacket response, InetSocketAddress source) {
        return pending.deliver(response, source);
    }

    void send(NameServicePacket packet, InetSocketAddress target) throws IOException {
        link.send(ByteBuffer.wrap(NameServiceCodec.encode(packet)), target);
    }

    void broadcast(NameServicePacket packet) throws IOException {
        link.broadcast(ByteBuffer.wrap(NameServiceCodec.encode(packet)));
    }

    /** One request's id and the answers that arrive for it. */
    final class Transaction implements AutoCloseable {
        private final int id;
        private final PendingRequests.Request answers;

        private Transaction(int id, PendingRequests.Request answers) {
            this.id = id;
            this.answers = answers;
        }

        int id() {
            return id;
        }

        Optional<PendingRequests.Answer> await(Duration timeout) {
            return answers.await(timeout);
        }

        Optional<PendingRequests.Answer> poll() {
            return answers.poll();
        }

        @Override
        public void close() {
            pending.close(id);
        }
    }
}
