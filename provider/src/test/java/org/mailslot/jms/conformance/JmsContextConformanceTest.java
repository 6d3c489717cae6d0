package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.CompletionListener;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.InvalidSelectorRuntimeException;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.MessageFormatRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Jakarta Messaging 3.1 simplified API: JMSContext, JMSProducer, JMSConsumer. */
class JmsContextConformanceTest extends JmsTestSupport {

    @Test
    void sendAndReceiveEveryBodyForm() {
        try (JMSContext context = factory.createContext()) {
            Queue queue = context.createQueue(unique("q"));
            JMSConsumer consumer = context.createConsumer(queue);
            JMSProducer producer = context.createProducer();
            producer.send(queue, "text");
            producer.send(queue, Map.<String, Object>of("k", 1));
            producer.send(queue, new byte[] {7, 8});
            producer.send(queue, (java.io.Serializable) List.of("x"));
            assertThat(consumer.receiveBody(String.class, 5_000)).isEqualTo("text");
            assertThat((Object) consumer.receiveBody(Map.class, 5_000)).isEqualTo(Map.of("k", 1));
            assertThat(consumer.receiveBody(byte[].class, 5_000)).containsExactly(7, 8);
            assertThat((Object) consumer.receiveBody(List.class, 5_000)).isEqualTo(List.of("x"));
            assertThat(consumer.receiveBodyNoWait(String.class)).isNull();
        }
    }

    @Test
    void producerPropertiesAndHeadersAreSetOnEveryMessage() {
        try (JMSContext context = factory.createContext()) {
            Queue queue = context.createQueue(unique("q"));
            Queue replyTo = context.createQueue(unique("reply"));
            JMSConsumer consumer = context.createConsumer(queue);
            JMSProducer producer = context.createProducer()
                    .setProperty("color", "red").setProperty("n", 3)
                    .setJMSCorrelationID("c1").setJMSType("t").setJMSReplyTo(replyTo)
                    .setPriority(8).setDisableMessageTimestamp(true);
            assertThat(producer.getIntProperty("n")).isEqualTo(3);
            assertThat(producer.getStringProperty("n")).isEqualTo("3");
            assertThat(producer.getPropertyNames()).containsExactly("color", "n");
            assertThatThrownBy(() -> producer.getBooleanProperty("n")).isInstanceOf(MessageFormatRuntimeException.class);
            producer.send(queue, "with headers");
            Message received = consumer.receive(5_000);
            assertThat(received.getStringProperty("color")).isEqualTo("red");
            assertThat(received.getJMSCorrelationID()).isEqualTo("c1");
            assertThat(received.getJMSType()).isEqualTo("t");
            assertThat(received.getJMSReplyTo()).isEqualTo(replyTo);
            assertThat(received.getJMSPriority()).isEqualTo(8);
            assertThat(received.getJMSTimestamp()).isZero();
        } catch (jakarta.jms.JMSException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aWrongBodyTypeIsAMessageFormatErrorAndTheMessageComesBack() {
        try (JMSContext context = factory.createContext()) {
            Queue queue = context.createQueue(unique("q"));
            JMSConsumer consumer = context.createConsumer(queue);
            context.createProducer().send(queue, "text");
            assertThatThrownBy(() -> consumer.receiveBody(byte[].class, 5_000))
                    .isInstanceOf(MessageFormatRuntimeException.class);
            assertThat(consumer.receiveBody(String.class, 5_000)).isEqualTo("text");
        }
    }

    @Test
    void contextsMadeFromAContextShareItsConnection() {
        JMSContext first = factory.createContext();
        first.setClientID(unique("id"));
        JMSContext second = first.createContext(JMSContext.CLIENT_ACKNOWLEDGE);
        assertThat(second.getClientID()).isEqualTo(first.getClientID());
        Queue queue = second.createQueue(unique("q"));
        JMSConsumer consumer = second.createConsumer(queue);
        first.createProducer().send(queue, "shared");
        Message message = consumer.receive(5_000);
        assertThat(message).isNotNull();
        second.acknowledge();
        first.close();
        assertThat(second.createConsumer(queue).receiveNoWait()).isNull();
        second.close();
        assertThatThrownBy(second::createMessage).isInstanceOf(IllegalStateRuntimeException.class);
    }

    @Test
    void autoStartCanBeTurnedOff() {
        try (JMSContext context = factory.createContext()) {
            context.setAutoStart(false);
            Queue queue = context.createQueue(unique("q"));
            JMSConsumer consumer = context.createConsumer(queue);
            context.createProducer().send(queue, "waits for start");
            assertThat(consumer.receiveNoWait()).isNull();
            context.start();
            assertThat(consumer.receiveBody(String.class, 5_000)).isEqualTo("waits for start");
        }
    }

    @Test
    void transactedContextsCommitAndRollBack() {
        try (JMSContext context = factory.createContext(JMSContext.SESSION_TRANSACTED);
             JMSContext observer = factory.createContext()) {
            Queue queue = context.createQueue(unique("q"));
            JMSConsumer watching = observer.createConsumer(queue);
            context.createProducer().send(queue, "dropped");
            context.rollback();
            context.createProducer().send(queue, "kept");
            context.commit();
            assertThat(watching.receiveBody(String.class, 5_000)).isEqualTo("kept");
            assertThat(watching.receiveNoWait()).isNull();
            assertThat(context.getTransacted()).isTrue();
            assertThat(context.getSessionMode()).isEqualTo(JMSContext.SESSION_TRANSACTED);
        }
    }

    @Test
    void checkedFailuresBecomeTheirRuntimeTwins() {
        factory.setCredentials(Map.of("u", "p"));
        assertThatThrownBy(() -> factory.createContext("u", "bad")).isInstanceOf(JMSSecurityRuntimeException.class);
        try (JMSContext context = factory.createContext("u", "p")) {
            assertThatThrownBy(() -> context.createQueue("")).isInstanceOf(InvalidDestinationRuntimeException.class);
            Queue queue = context.createQueue(unique("q"));
            assertThatThrownBy(() -> context.createConsumer(queue, "a = = b"))
                    .isInstanceOf(InvalidSelectorRuntimeException.class);
            assertThatThrownBy(() -> context.createProducer().send(null, "x"))
                    .isInstanceOf(InvalidDestinationRuntimeException.class);
            assertThatThrownBy(context::commit).isInstanceOf(IllegalStateRuntimeException.class);
        }
    }

    @Test
    void aListenerMayNotCloseOrStopItsOwnContext() throws Exception {
        try (JMSContext context = factory.createContext()) {
            Queue queue = context.createQueue(unique("q"));
            AtomicReference<RuntimeException> closeFailure = new AtomicReference<>();
            AtomicReference<RuntimeException> stopFailure = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            context.createConsumer(queue).setMessageListener(m -> {
                try {
                    context.close();
                } catch (RuntimeException e) {
                    closeFailure.set(e);
                }
                try {
                    context.stop();
                } catch (RuntimeException e) {
                    stopFailure.set(e);
                }
                done.countDown();
            });
            context.createProducer().send(queue, "x");
            assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(closeFailure.get()).isInstanceOf(IllegalStateRuntimeException.class);
            assertThat(stopFailure.get()).isInstanceOf(IllegalStateRuntimeException.class);
        }
    }

    @Test
    void asyncSendsCompleteOnAnotherThread() throws Exception {
        try (JMSContext context = factory.createContext()) {
            Topic topic = context.createTopic(unique("t"));
            JMSConsumer subscriber = context.createConsumer(topic);
            CompletableFuture<Message> completed = new CompletableFuture<>();
            context.createProducer().setAsync(new CompletionListener() {
                @Override
                public void onCompletion(Message message) {
                    completed.complete(message);
                }

                @Override
                public void onException(Message message, Exception exception) {
                    completed.completeExceptionally(exception);
                }
            }).send(topic, "async");
            assertThat(((TextMessage) completed.get(5, TimeUnit.SECONDS)).getText()).isEqualTo("async");
            assertThat(subscriber.receiveBody(String.class, 5_000)).isEqualTo("async");
        }
    }

    @Test
    void durableSubscriptionsThroughTheContext() {
        try (JMSContext context = factory.createContext()) {
            context.setClientID(unique("client"));
            Topic topic = context.createTopic(unique("t"));
            context.createDurableConsumer(topic, "d").close();
            context.createProducer().send(topic, "kept");
            JMSConsumer again = context.createDurableConsumer(topic, "d");
            assertThat(again.receiveBody(String.class, 5_000)).isEqualTo("kept");
            again.close();
            context.unsubscribe("d");
            assertThatThrownBy(() -> context.unsubscribe("d")).isInstanceOf(InvalidDestinationRuntimeException.class);
        }
    }
}
