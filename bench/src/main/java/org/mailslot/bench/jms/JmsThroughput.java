package org.mailslot.bench.jms;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Measures one producer against N consumers through any Jakarta Messaging provider, with only the standard API,
 * so every provider runs the very same code. A credit window keeps the producer at most {@code window} messages
 * ahead of every consumer, as broker flow control would, so the figure is a sustained rate, not a burst
 * into memory.
 */
public final class JmsThroughput {

    /** What one run measured. */
    public record Result(String label, int messages, double seconds) {
        public double messagesPerSecond() {
            return messages / seconds;
        }
    }

    private final ConnectionFactory producerFactory;
    private final ConnectionFactory consumerFactory;
    private final int window;

    /** Producer and consumers on one provider instance. */
    public JmsThroughput(ConnectionFactory factory, int window) {
        this(factory, factory, window);
    }

    /** Producer and consumers on two provider instances (two mailslot hosts talking over UDP). */
    public JmsThroughput(ConnectionFactory producerFactory, ConnectionFactory consumerFactory, int window) {
        this.producerFactory = producerFactory;
        this.consumerFactory = consumerFactory;
        this.window = window;
    }

    /**
     * Sends {@code messages} text messages of {@code size} characters to the destination and waits until each of
     * the {@code consumers} received all of them (a queue has one consumer; a topic one per subscriber).
     */
    public Result run(String label, Function<Session, Destination> destination, int consumers, int ackMode,
                      int size, int messages) throws Exception {
        return run(label, destination, destination, consumers, ackMode, size, messages);
    }

    /** As above, with the destination named differently on the producing side (a remote computer's queue). */
    public Result run(String label, Function<Session, Destination> producerDestination,
                      Function<Session, Destination> consumerDestination, int consumers, int ackMode, int size,
                      int messages) throws Exception {
        String body = "x".repeat(size);
        List<Semaphore> credits = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(consumers);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < consumers; i++) {
                Connection connection = consumerFactory.createConnection();
                connections.add(connection);
                Session session = connection.createSession(false, ackMode);
                MessageConsumer consumer = session.createConsumer(consumerDestination.apply(session));
                Semaphore credit = new Semaphore(window);
                credits.add(credit);
                consumer.setMessageListener(new CountingListener(messages, done, credit, failure));
                connection.start();
            }
            Connection producerConnection = producerFactory.createConnection();
            connections.add(producerConnection);
            Session session = producerConnection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(producerDestination.apply(session));
            producer.setDeliveryMode(DeliveryMode.NON_PERSISTENT);
            producer.setDisableMessageTimestamp(false);
            long start = System.nanoTime();
            for (int i = 0; i < messages; i++) {
                for (Semaphore credit : credits) {
                    if (!credit.tryAcquire(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException(label + ": consumers stalled after " + i + " messages");
                    }
                }
                TextMessage message = session.createTextMessage(body);
                producer.send(message);
            }
            if (!done.await(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException(label + ": not every consumer got all " + messages + " messages");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (failure.get() != null) {
                throw new IllegalStateException(label + ": a consumer failed", failure.get());
            }
            return new Result(label, messages, seconds);
        } finally {
            for (Connection connection : connections) {
                closeQuietly(connection);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (JMSException e) {
            // The measurement is over; a close failure does not change it.
        }
    }

    private static final class CountingListener implements jakarta.jms.MessageListener {
        private final int expected;
        private final CountDownLatch done;
        private final Semaphore credits;
        private final AtomicReference<Throwable> failure;
        private int received;

        CountingListener(int expected, CountDownLatch done, Semaphore credits, AtomicReference<Throwable> failure) {
            this.expected = expected;
            this.done = done;
            this.credits = credits;
            this.failure = failure;
        }

        @Override
        public void onMessage(jakarta.jms.Message message) {
            try {
                if (((TextMessage) message).getText().isEmpty()) {
                    throw new IllegalStateException("empty body");
                }
            } catch (JMSException | RuntimeException e) {
                failure.compareAndSet(null, e);
            }
            credits.release();
            if (++received == expected) {
                done.countDown();
            }
        }
    }
}
