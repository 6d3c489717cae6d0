package org.mailslot.names;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Our outstanding requests by transaction id, and the answers the reader thread hands to them. Each request keeps
 * a few answers at most, so a flood of forged responses cannot grow memory.
 */
final class PendingRequests {

    private static final int ANSWERS_KEPT = 16;

    private final Map<Integer, Request> requests = new ConcurrentHashMap<>();

    Request open(int id) {
        Request request = new Request();
        requests.put(id, request);
        return request;
    }

    void close(int id) {
        requests.remove(id);
    }

    /** @return false when no request of ours waits for this transaction id (or its queue is full) */
    boolean deliver(NameServicePacket response, InetSocketAddress source) {
        Request request = requests.get(response.transactionId());
        return request != null && request.answers.offer(new Answer(response, source));
    }

    /**
     * A response and where it came from.
     *
     * @param packet the response
     * @param source its UDP source
     */
    record Answer(NameServicePacket packet, InetSocketAddress source) {
    }

    /** One request's answers. */
    static final class Request {
        private final BlockingQueue<Answer> answers = new ArrayBlockingQueue<>(ANSWERS_KEPT);

        /** Waits up to {@code timeout} for the next answer. */
        Optional<Answer> await(Duration timeout) {
            try {
                return Optional.ofNullable(answers.poll(timeout.toNanos(), TimeUnit.NANOSECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        /** The next answer already received, if any. */
        Optional<Answer> poll() {
            return Optional.ofNullable(answers.poll());
        }
    }
}
