package org.mailslot.bench.bridge;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.mailslot.bridge.config.BrokerCredentials;

/** One core consumer draining a queue in the broker's JVM and counting, with a wait for a target count. */
final class DrainCounter implements AutoCloseable {

    private final ServerLocator locator;
    private final ClientSessionFactory factory;
    private final ClientSession session;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition progressed = lock.newCondition();
    private long count;
    private long lastMessageMillis;

    DrainCounter(String url, BrokerCredentials credentials, String queue, boolean durable) throws Exception {
        locator = ActiveMQClient.createServerLocator(url);
        factory = locator.createSessionFactory();
        session = factory.createSession(credentials.user(), credentials.password(), false, true, true, false,
                locator.getAckBatchSize());
        SimpleString name = SimpleString.of(queue);
        if (!session.queueQuery(name).isExists()) {
            session.createQueue(QueueConfiguration.of(name).setAddress(name).setRoutingType(RoutingType.ANYCAST)
                    .setDurable(durable));
        }
        ClientConsumer consumer = session.createConsumer(name);
        consumer.setMessageHandler(this::onMessage);
        session.start();
    }

    private void onMessage(ClientMessage message) {
        try {
            message.acknowledge();
        } catch (ActiveMQException e) {
            throw new IllegalStateException(e);
        }
        lock.lock();
        try {
            count++;
            lastMessageMillis = System.currentTimeMillis();
            progressed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    long count() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    /** The wall-clock millisecond of the last message counted. */
    long lastMessageMillis() {
        lock.lock();
        try {
            return lastMessageMillis;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until {@code target} messages arrived, or until none arrived for {@code quiet}; returns the count. */
    long awaitCount(long target, Duration quiet) throws InterruptedException {
        lock.lock();
        try {
            long quietNanos = quiet.toNanos();
            while (count < target) {
                long before = count;
                long left = quietNanos;
                while (count == before && left > 0) {
                    left = progressed.awaitNanos(left);
                }
                if (count == before) {
                    break;
                }
            }
            return count;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws Exception {
        session.close();
        factory.close();
        locator.close();
    }
}
