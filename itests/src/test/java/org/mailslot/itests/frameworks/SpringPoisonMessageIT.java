package org.mailslot.itests.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.jms.engine.RedeliveryPolicy;
import org.mailslot.testing.ManualClock;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * The poison-message scenario of the README's Spring setup: a {@link DefaultMessageListenerContainer} with
 * {@code sessionTransacted=true} and a listener that always throws. With the default redelivery settings the
 * message is tried exactly {@code 1 + jms.maxRedeliveries} times, each redelivery after the second only when the
 * factory's clock reaches its delay (the test moves the clock; nothing else would bring the message back), and then
 * lands in the dead-letter queue {@code DLQ} with its delivery count and the listener's failure.
 */
@Timeout(120)
class SpringPoisonMessageIT {

    private static final RedeliveryPolicy DEFAULTS = RedeliveryPolicy.DEFAULT;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final MailslotConnectionFactory factory = new MailslotConnectionFactory("mailslot://local", clock);
    private DefaultMessageListenerContainer container;

    @AfterEach
    void close() {
        if (container != null) {
            container.shutdown();
        }
        factory.close();
    }

    @Test
    void anAlwaysFailingListenerEndsInTheDeadLetterQueueWithoutAHotLoop() throws Exception {
        String queue = "poison" + UUID.randomUUID().toString().substring(0, 6);
        List<Integer> attempts = new CopyOnWriteArrayList<>();
        container = new DefaultMessageListenerContainer();
        container.setConnectionFactory(factory);
        container.setDestinationName(queue);
        container.setSessionTransacted(true);
        container.setReceiveTimeout(100);
        container.setMessageListener((jakarta.jms.MessageListener) message -> {
            try {
                attempts.add(message.getIntProperty("JMSXDeliveryCount"));
            } catch (JMSException e) {
                throw new IllegalStateException(e);
            }
            throw new IllegalStateException("order " + attempts.size() + " cannot be booked");
        });
        container.afterPropertiesSet();
        container.start();

        new JmsTemplate(factory).convertAndSend(queue, "order 66");

        int limit = DEFAULTS.maxRedeliveries() + 1;
        await().atMost(Duration.ofSeconds(20)).until(() -> attempts.size() >= 2);
        for (int delivered = 2; delivered < limit; delivered++) {
            int expected = delivered;
            long delay = DEFAULTS.delayAfter(delivered);
            assertThat(delay).isPositive();
            clock.advance(Duration.ofMillis(delay - 1));
            // The container keeps polling all along; with the clock short of the delay nothing may come back.
            await().during(Duration.ofMillis(250)).atMost(Duration.ofSeconds(5))
                    .until(() -> attempts.size() == expected);
            clock.advance(Duration.ofMillis(1));
            await().atMost(Duration.ofSeconds(20)).until(() -> attempts.size() >= expected + 1);
        }

        Message dead;
        try (Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession();
            dead = session.createConsumer(session.createQueue(DEFAULTS.deadLetterQueue())).receive(20_000);
            assertThat(dead).as("the message reached the dead-letter queue").isNotNull();
            assertThat(dead.getBody(String.class)).isEqualTo("order 66");
            assertThat(dead.getIntProperty("MailslotDeliveryCount")).isEqualTo(limit);
            assertThat(dead.getStringProperty("MailslotDeadLetterReason")).contains("rolled back");
            assertThat(dead.getStringProperty("MailslotDeadLetterSource")).containsIgnoringCase(queue);
            container.stop();
            assertThat(session.createConsumer(session.createQueue(queue)).receiveNoWait())
                    .as("nothing is left in the original queue").isNull();
        }
        assertThat(attempts).as("JMSXDeliveryCount at every attempt, and no attempt beyond the limit")
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, limit).boxed().toList());
    }
}
