package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Jakarta Messaging 3.1 §6.2.10 and the {@code Session.recover} javadoc: recover "stops message delivery in this
 * session, and restarts message delivery with the oldest unacknowledged message"; in AUTO_ACKNOWLEDGE the message
 * a MessageListener is processing is not acknowledged until {@code onMessage} returns, so recover() inside
 * {@code onMessage} delivers it again, marked redelivered.
 */
@DisplayName("§6.2.10 recover() inside onMessage in AUTO_ACKNOWLEDGE")
class RecoverInListenerTest extends JmsTestSupport {

    private record Delivery(String text, boolean redelivered, int deliveryCount) {
        static Delivery of(Message message) throws JMSException {
            return new Delivery(message.getBody(String.class), message.getJMSRedelivered(),
                    message.getIntProperty("JMSXDeliveryCount"));
        }
    }

    @Test
    @DisplayName("Session.recover() in onMessage redelivers the current message with JMSRedelivered and count 2")
    void sessionRecoverRedeliversTheCurrentMessage() throws Exception {
        Connection connection = startedConnection();
        Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        Queue queue = session.createQueue(unique("recover"));
        List<Delivery> deliveries = new CopyOnWriteArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        session.createConsumer(queue).setMessageListener(message -> {
            try {
                deliveries.add(Delivery.of(message));
                if (deliveries.size() == 1) {
                    session.recover();
                }
            } catch (JMSException | RuntimeException e) {
                failures.add(e);
            }
        });

        session.createProducer(queue).send(session.createTextMessage("once"));

        await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.size() >= 2);
        assertThat(failures).isEmpty();
        assertThat(deliveries).startsWith(new Delivery("once", false, 1), new Delivery("once", true, 2));
        // The redelivery returned normally, so it is acknowledged: once the listener is idle nothing is left.
        connection.stop();
        assertThat(session.createConsumer(queue).receiveNoWait()).isNull();
    }

    @Test
    @DisplayName("JMSContext.recover() in onMessage does the same")
    void contextRecoverRedeliversTheCurrentMessage() {
        try (JMSContext context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            Queue queue = context.createQueue(unique("recover"));
            List<Delivery> deliveries = new CopyOnWriteArrayList<>();
            context.createConsumer(queue).setMessageListener(message -> {
                try {
                    deliveries.add(Delivery.of(message));
                } catch (JMSException e) {
                    throw new AssertionError(e);
                }
                if (deliveries.size() == 1) {
                    context.recover();
                }
            });
            context.createProducer().send(queue, "once");

            await().atMost(Duration.ofSeconds(10)).until(() -> deliveries.size() >= 2);
            assertThat(deliveries).startsWith(new Delivery("once", false, 1), new Delivery("once", true, 2));
        }
    }
}
