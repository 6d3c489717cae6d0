package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailslot.jms.MailslotConnectionFactory;

/**
 * The simplified API's delivery controls the conformance test leaves out: recover and acknowledge in
 * CLIENT_ACKNOWLEDGE, DUPS_OK, createContext with credentials and a mode, delivery delay, time to live, disabled
 * message IDs, and every receive form of JMSConsumer.
 */
class JmsContextDeliveryTest extends JmsTestSupport {

    @Override
    protected MailslotConnectionFactory newFactory() {
        MailslotConnectionFactory secured = new MailslotConnectionFactory();
        secured.setCredentials(Map.of("clerk", "secret"));
        return secured;
    }

    @Test
    void recoverRedeliversWhatWasNotAcknowledgedAndAcknowledgeEndsIt() throws Exception {
        try (JMSContext context = factory.createContext("clerk", "secret", JMSContext.CLIENT_ACKNOWLEDGE)) {
            assertThat(context.getSessionMode()).isEqualTo(JMSContext.CLIENT_ACKNOWLEDGE);
            Queue queue = context.createQueue(unique("q"));
            context.createProducer().send(queue, "a").send(queue, "b");
            JMSConsumer consumer = context.createConsumer(queue);
            assertThat(consumer.receiveBody(String.class, 5_000)).isEqualTo("a");
            assertThat(consumer.receiveBody(String.class, 5_000)).isEqualTo("b");

            context.recover();

            Message again = consumer.receive(5_000);
            assertThat(((TextMessage) again).getText()).isEqualTo("a");
            assertThat(again.getJMSRedelivered()).isTrue();
            assertThat(consumer.receive(5_000).getBody(String.class)).isEqualTo("b");
            context.acknowledge();
            context.recover();
            assertThat(consumer.receiveNoWait()).as("acknowledged messages are not redelivered").isNull();
        }
    }

    @Test
    void dupsOkContextsDeliverEachMessage() {
        try (JMSContext context = factory.createContext("clerk", "secret", JMSContext.DUPS_OK_ACKNOWLEDGE)) {
            Queue queue = context.createQueue(unique("q"));
            context.createProducer().send(queue, "once");
            JMSConsumer consumer = context.createConsumer(queue);
            assertThat(consumer.receiveBody(String.class)).isEqualTo("once");
            assertThat(consumer.receiveBodyNoWait(String.class)).isNull();
        }
    }

    @Test
    void disabledIdsAndTimestampsAreLeftOut() throws Exception {
        try (JMSContext context = factory.createContext("clerk", "secret")) {
            Queue queue = context.createQueue(unique("q"));
            context.createProducer().setDisableMessageID(true).setDisableMessageTimestamp(true).send(queue, "bare");
            Message received = context.createConsumer(queue).receive(5_000);
            assertThat(received.getJMSMessageID()).isNull();
            assertThat(received.getJMSTimestamp()).isZero();
        }
    }

    @Test
    void everyReceiveFormOfTheConsumer() throws Exception {
        try (JMSContext context = factory.createContext("clerk", "secret")) {
            Queue queue = context.createQueue(unique("q"));
            JMSConsumer consumer = context.createConsumer(queue);
            context.createProducer().send(queue, "1").send(queue, "2").send(queue, "3").send(queue, "4");

            assertThat(consumer.receive().getBody(String.class)).isEqualTo("1");
            assertThat(consumer.receive(5_000).getBody(String.class)).isEqualTo("2");
            assertThat(consumer.receiveBody(String.class)).isEqualTo("3");
            assertThat(consumer.receiveBodyNoWait(String.class)).as("already queued").isEqualTo("4");
            assertThat(consumer.receiveNoWait()).isNull();
            assertThat(consumer.receive(1)).isNull();
        }
    }
}
