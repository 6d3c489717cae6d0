package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.slot.LoopbackHosts;

/**
 * Jakarta Messaging 3.1 §6.2.4 (a session serialises its listeners) held by many sessions at once: each session's
 * listener sees its messages in the order they were sent and never runs twice at once, while the sessions share
 * a bounded set of provider threads instead of one thread each.
 */
@DisplayName("§6.2.4 with many sessions: serial, ordered delivery on a bounded set of threads")
@Timeout(120)
class ManySessionsTest {

    private static final int DELIVERY_THREADS = 8;
    private final List<MailslotConnectionFactory> factories = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();

    @AfterEach
    void close() throws JMSException {
        for (Connection connection : connections) {
            connection.close();
        }
        for (MailslotConnectionFactory factory : factories) {
            factory.close();
        }
    }

    @Test
    @DisplayName("1,000 sessions, each a MessageListener on its own queue, receive in order on at most"
            + " jms.deliveryThreads threads")
    void aThousandLocalSessionsEachReceiveInOrder() throws Exception {
        MailslotConnectionFactory factory = factory(new MailslotConnectionFactory(
                "mailslot://local?jms.deliveryThreads=" + DELIVERY_THREADS));
        deliverInOrder(factory, factory, 1_000, 20, "\\\\.\\mailslot\\many-");
    }

    @Test
    @DisplayName("Hundreds of slots with listeners on one UDP host receive in order on at most"
            + " jms.deliveryThreads threads")
    void hundredsOfSlotsOnOneUdpHostEachReceiveInOrder() throws Exception {
        int port = LoopbackHosts.freePort();
        String names = "&nameLookup=none&names=MANYRECV=127.0.0.51,MANYSEND=127.0.0.52"
                + "&broadcast=127.255.255.255&jms.deliveryThreads=" + DELIVERY_THREADS;
        MailslotConnectionFactory receiving = factory(new MailslotConnectionFactory("mailslot://127.0.0.51:" + port
                + "?computerName=MANYRECV" + names));
        MailslotConnectionFactory sending = factory(new MailslotConnectionFactory("mailslot://127.0.0.52:" + port
                + "?computerName=MANYSEND" + names));
        deliverInOrder(receiving, sending, 300, 5, "\\\\MANYRECV\\mailslot\\many-");
    }

    private void deliverInOrder(MailslotConnectionFactory receiving, MailslotConnectionFactory sending,
            int sessions, int perSession, String sendPrefix) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int threadsBefore = threads.getThreadCount();
        threads.resetPeakThreadCount();
        Connection receiver = connection(receiving);
        AtomicIntegerArray next = new AtomicIntegerArray(sessions);
        AtomicIntegerArray inside = new AtomicIntegerArray(sessions);
        AtomicInteger outOfOrder = new AtomicInteger();
        AtomicInteger overlapping = new AtomicInteger();
        AtomicInteger received = new AtomicInteger();
        for (int i = 0; i < sessions; i++) {
            int index = i;
            Session session = receiver.createSession();
            session.createConsumer(session.createQueue("many-" + i)).setMessageListener(message -> {
                if (inside.incrementAndGet(index) != 1) {
                    overlapping.incrementAndGet();
                }
                try {
                    if (message.getIntProperty("n") != next.getAndIncrement(index)) {
                        outOfOrder.incrementAndGet();
                    }
                } catch (JMSException e) {
                    outOfOrder.incrementAndGet();
                }
                received.incrementAndGet();
                inside.decrementAndGet(index);
            });
        }
        receiver.start();

        Connection sender = sending == receiving ? receiver : connection(sending);
        Session session = sender.createSession();
        List<MessageProducer> producers = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            Queue queue = session.createQueue(sendPrefix + i);
            producers.add(session.createProducer(queue));
        }
        for (int n = 0; n < perSession; n++) {
            for (int i = 0; i < sessions; i++) {
                TextMessage message = session.createTextMessage("x");
                message.setIntProperty("n", n);
                producers.get(i).send(message);
            }
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> received.get() == sessions * perSession);
        assertThat(outOfOrder).as("messages out of their session's order").hasValue(0);
        assertThat(overlapping).as("listener calls that overlapped another of the same session").hasValue(0);
        // The watcher, the host's reader and the test's own threads come on top of the pool.
        assertThat(threads.getPeakThreadCount() - threadsBefore).as("threads started during the test")
                .isLessThanOrEqualTo(DELIVERY_THREADS + 10);
    }

    private MailslotConnectionFactory factory(MailslotConnectionFactory factory) {
        factories.add(factory);
        return factory;
    }

    private Connection connection(MailslotConnectionFactory factory) throws JMSException {
        Connection connection = factory.createConnection();
        connections.add(connection);
        return connection;
    }
}
