package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.testing.ManualClock;

/**
 * Delivery delay and expiry (§7.9, §4.8) read the factory's clock: the test moves it, so nothing waits and the
 * boundaries are exact to the millisecond.
 */
class ProviderClockTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final ManualClock clock = new ManualClock(START);
    private final MailslotConnectionFactory factory = new MailslotConnectionFactory("mailslot://local", clock);

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void timestampsComeFromTheInjectedClock() throws Exception {
        try (JMSContext context = factory.createContext()) {
            TextMessage sent = context.createTextMessage("t");
            context.createProducer().send(context.createQueue("stamps"), sent);
            assertThat(sent.getJMSTimestamp()).isEqualTo(START.toEpochMilli());
        }
    }

    @Test
    void aDelayedMessageIsHeldToTheMillisecondOfItsDeliveryTime() throws Exception {
        try (var connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession();
            Queue queue = session.createQueue("delayed");
            MessageProducer producer = session.createProducer(queue);
            producer.setDeliveryDelay(Duration.ofHours(1).toMillis());
            TextMessage sent = session.createTextMessage("later");
            producer.send(sent);
            assertThat(sent.getJMSDeliveryTime()).isEqualTo(START.plus(Duration.ofHours(1)).toEpochMilli());

            MessageConsumer consumer = session.createConsumer(queue);
            assertThat(consumer.receiveNoWait()).isNull();
            clock.advance(Duration.ofHours(1).minusMillis(1));
            assertThat(consumer.receiveNoWait()).as("one millisecond before its delivery time").isNull();
            clock.advance(Duration.ofMillis(1));
            Message received = consumer.receiveNoWait();
            assertThat(received).isNotNull();
            assertThat(received.getJMSMessageID()).isEqualTo(sent.getJMSMessageID());
        }
    }

    @Test
    void aDelayedMessageLetsAnEarlierOneThrough() throws Exception {
        try (JMSContext context = factory.createContext()) {
            Queue queue = context.createQueue("mixed");
            JMSConsumer consumer = context.createConsumer(queue);
            context.createProducer().setDeliveryDelay(Duration.ofHours(1).toMillis()).send(queue, "much later");
            context.createProducer().setDeliveryDelay(200).send(queue, "soon");
            clock.advance(Duration.ofMillis(200));
            assertThat(consumer.receiveBodyNoWait(String.class)).isEqualTo("soon");
            assertThat(consumer.receiveNoWait()).as("the one-hour message waits").isNull();
        }
    }

    @Test
    void anExpiredMessageIsNeverDeliveredAndOneAboutToExpireIs() throws Exception {
        try (JMSContext context = factory.createContext()) {
            Queue queue = context.createQueue("expiry");
            context.createProducer().setTimeToLive(50).send(queue, "stale");
            context.createProducer().setTimeToLive(51).send(queue, "just in time");
            context.createProducer().send(queue, "fresh");
            clock.advance(Duration.ofMillis(50));
            JMSConsumer consumer = context.createConsumer(queue);
            assertThat(consumer.receiveBodyNoWait(String.class)).isEqualTo("just in time");
            assertThat(consumer.receiveBodyNoWait(String.class)).isEqualTo("fresh");
            assertThat(consumer.receiveNoWait()).isNull();
        }
    }
}
