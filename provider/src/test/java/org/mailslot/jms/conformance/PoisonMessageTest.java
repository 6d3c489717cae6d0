package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.testing.ManualClock;

/**
 * Poison messages: a message that keeps coming back is redelivered {@code jms.maxRedeliveries} times, the first
 * at once and each later one after a growing delay read from the factory's clock, then moved to the dead-letter
 * queue with its delivery count and the last failure; {@code JMSXDeliveryCount} (§3.5.11) counts every delivery.
 */
@Timeout(30)
@DisplayName("Poison messages: redelivery limit, delay with backoff, dead-letter queue")
class PoisonMessageTest {

    private static final String URI = "mailslot://local?jms.maxRedeliveries=3&jms.redeliveryDelayMillis=100"
            + "&jms.redeliveryBackoff=2&jms.deadLetterQueue=poison.DLQ";

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final MailslotConnectionFactory factory = new MailslotConnectionFactory(URI, clock);

    @AfterEach
    void close() {
        factory.close();
    }

    private static int countOf(Message message) throws JMSException {
        return message.getIntProperty("JMSXDeliveryCount");
    }

    @Test
    @DisplayName("transacted rollback: counts 1..4 with delays 0, 100 ms, 200 ms, then the dead-letter queue")
    void rolledBackMessageEndsInTheDeadLetterQueue() throws Exception {
        try (Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession(Session.SESSION_TRANSACTED);
            Queue queue = session.createQueue("orders");
            session.createProducer(queue).send(session.createTextMessage("poison"));
            session.commit();
            MessageConsumer consumer = session.createConsumer(queue);

            Message first = consumer.receiveNoWait();
            assertThat(countOf(first)).isEqualTo(1);
            assertThat(first.getJMSRedelivered()).isFalse();
            session.rollback();

            Message second = consumer.receiveNoWait();
            assertThat(second).as("the first redelivery is immediate").isNotNull();
            assertThat(countOf(second)).isEqualTo(2);
            assertThat(second.getJMSRedelivered()).isTrue();
            session.rollback();

            assertThat(consumer.receiveNoWait()).as("the second redelivery waits 100 ms").isNull();
            clock.advance(Duration.ofMillis(99));
            assertThat(consumer.receiveNoWait()).isNull();
            clock.advance(Duration.ofMillis(1));
            Message third = consumer.receiveNoWait();
            assertThat(countOf(third)).isEqualTo(3);
            session.rollback();

            clock.advance(Duration.ofMillis(199));
            assertThat(consumer.receiveNoWait()).as("the third redelivery waits 200 ms").isNull();
            clock.advance(Duration.ofMillis(1));
            Message fourth = consumer.receiveNoWait();
            assertThat(countOf(fourth)).isEqualTo(4);
            session.rollback();

            clock.advance(Duration.ofHours(1));
            assertThat(consumer.receiveNoWait()).as("past jms.maxRedeliveries=3 it is gone from the queue").isNull();
            Message dead = session.createConsumer(session.createQueue("poison.DLQ")).receiveNoWait();
            session.commit();
            assertThat(dead.getBody(String.class)).isEqualTo("poison");
            assertThat(dead.getIntProperty("MailslotDeliveryCount")).isEqualTo(4);
            assertThat(dead.getStringProperty("MailslotDeadLetterReason")).contains("rolled back");
            assertThat(dead.getStringProperty("MailslotDeadLetterSource")).containsIgnoringCase("orders");
            assertThat(countOf(dead)).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("durable subscription, listener that always throws: four attempts, then the dead-letter queue")
    void throwingListenerOnDurableSubscription() throws Exception {
        try (Connection connection = factory.createConnection()) {
            connection.setClientID("poison-client");
            connection.start();
            Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
            Topic topic = session.createTopic("alerts");
            List<Integer> counts = new CopyOnWriteArrayList<>();
            session.createDurableConsumer(topic, "pager").setMessageListener(message -> {
                try {
                    counts.add(countOf(message));
                } catch (JMSException e) {
                    throw new IllegalStateException(e);
                }
                throw new IllegalArgumentException("cannot page anyone");
            });
            Session sender = connection.createSession();
            MessageConsumer deadLetters = sender.createConsumer(sender.createQueue("poison.DLQ"));
            sender.createProducer(topic).send(sender.createTextMessage("fire"));

            await().until(() -> counts.size() == 2);
            clock.advance(Duration.ofMillis(100));
            await().until(() -> counts.size() == 3);
            clock.advance(Duration.ofMillis(200));
            Message dead = deadLetters.receive(10_000);

            assertThat(counts).containsExactly(1, 2, 3, 4);
            assertThat(dead.getBody(String.class)).isEqualTo("fire");
            assertThat(dead.getIntProperty("MailslotDeliveryCount")).isEqualTo(4);
            assertThat(dead.getStringProperty("MailslotDeadLetterReason")).contains("cannot page anyone");
            assertThat(dead.getStringProperty("MailslotDeadLetterSource")).containsIgnoringCase("pager");
        }
    }
}
