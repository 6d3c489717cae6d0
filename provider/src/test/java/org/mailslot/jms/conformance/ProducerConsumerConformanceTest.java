package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.CompletionListener;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.InvalidSelectorException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mailslot.jms.MailslotConnectionFactory;

/** Jakarta Messaging 3.1 §7 (producers), §8 (consumers), §3.8 (selectors), §7.3 (asynchronous send). */
class ProducerConsumerConformanceTest extends JmsTestSupport {

    @Test
    void producerDefaultsAreThoseOfTheSpecification() throws JMSException {
        Session session = connection().createSession();
        MessageProducer producer = session.createProducer(session.createQueue(unique("q")));
        assertThat(producer.getDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
        assertThat(producer.getPriority()).isEqualTo(4);
        assertThat(producer.getTimeToLive()).isZero();
        assertThat(producer.getDeliveryDelay()).isZero();
        assertThat(producer.getDisableMessageID()).isFalse();
        assertThat(producer.getDisableMessageTimestamp()).isFalse();
    }

    @Test
    void sendSetsHeadersOnTheSentMessageAndReceiversSeeThem() throws JMSException {
        Session session = startedConnection().createSession();
        Queue queue = session.createQueue(unique("q"));
        MessageProducer producer = session.createProducer(queue);
        TextMessage sent = session.createTextMessage("hello");
        long before = System.currentTimeMillis();
        producer.send(sent, DeliveryMode.NON_PERSISTENT, 7, 60_000);
        assertThat(sent.getJMSMessageID()).startsWith("ID:");
        assertThat(sent.getJMSTimestamp()).isBetween(before, System.currentTimeMillis());
        assertThat(sent.getJMSDestination()).isEqualTo(queue);
        assertThat(sent.getJMSExpiration()).isEqualTo(sent.getJMSTimestamp() + 60_000);
        Message received = session.createConsumer(queue).receive(5_000);
        assertThat(received.getJMSMessageID()).isEqualTo(sent.getJMSMessageID());
        assertThat(received.getJMSPriority()).isEqualTo(7);
        assertThat(received.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        assertThat(received.getJMSDestination()).isEqualTo(queue);
    }

    @Test
    void changingAMessageAfterSendDoesNotChangeWhatIsReceived() throws JMSException {
        Session session = startedConnection().createSession();
        Queue queue = session.createQueue(unique("q"));
        TextMessage message = session.createTextMessage("original");
        session.createProducer(queue).send(message);
        message.setText("changed");
        assertThat(((TextMessage) session.createConsumer(queue).receive(5_000)).getText()).isEqualTo("original");
    }

    @Test
    void disabledIdAndTimestampAreNotSet() throws JMSException {
        Session session = startedConnection().createSession();
        Queue queue = session.createQueue(unique("q"));
        MessageProducer producer = session.createProducer(queue);
        producer.setDisableMessageID(true);
        producer.setDisableMessageTimestamp(true);
        producer.send(session.createMessage());
        Message received = session.createConsumer(queue).receive(5_000);
        assertThat(received.getJMSMessageID()).isNull();
        assertThat(received.getJMSTimestamp()).isZero();
    }

    @Test
    void higherPriorityIsDeliveredFirst() throws JMSException {
        Session session = startedConnection().createSession();
        Queue queue = session.createQueue(unique("q"));
        MessageProducer producer = session.createProducer(queue);
        producer.send(session.createTextMessage("low"), DeliveryMode.NON_PERSISTENT, 1, 0);
        producer.send(session.createTextMessage("high"), DeliveryMode.NON_PERSISTENT, 9, 0);
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(((TextMessage) consumer.receive(5_000)).getText()).isEqualTo("high");
        assertThat(((TextMessage) consumer.receive(5_000)).getText()).isEqualTo("low");
    }

    @Test
    void anExpiredMessageIsNeverDelivered() throws Exception {
        Session session = startedConnection().createSession();
        Queue queue = session.createQueue(unique("q"));
        MessageProducer producer = session.createProducer(queue);
        producer.send(session.createTextMessage("expires"), DeliveryMode.NON_PERSISTENT, 4, 1);
        producer.send(session.createTextMessage("stays"));
        MessageConsumer consumer = session.createConsumer(queue);
        // The first message expires 1 ms after its send; the consumer waits for the second, so time has passed.
        Message first = consumer.receive(5_000);
        long waitedUntil = System.currentTimeMillis();
        assertThat(waitedUntil).isGreaterThanOrEqualTo(first.getJMSTimestamp());
        assertThat(((TextMessage) first).getText()).isIn("expires", "stays");
        if ("expires".equals(((TextMessage) first).getText())) {
            // It was taken within its 1 ms of life; that is allowed. The other one still arrives.
            assertThat(((TextMessage) consumer.receive(5_000)).getText()).isEqualTo("stays");
        }
    }

    @Test
    void anonymousProducersNameTheDestinationPerSend() throws JMSException {
        Session session = startedConnection().createSession();
        Queue queue = session.createQueue(unique("q"));
        MessageProducer anonymous = session.createProducer(null);
        assertThatThrownBy(() -> anonymous.send(session.createMessage()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> anonymous.send(null, session.createMessage()))
                .isInstanceOf(InvalidDestinationException.class);
        anonymous.send(queue, session.createTextMessage("routed"));
        assertThat(session.createConsumer(queue).receive(5_000)).isNotNull();
        MessageProducer identified = session.createProducer(queue);
        assertThatThrownBy(() -> identified.send(queue, session.createMessage()))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void invalidPriorityAndDeliveryModeAreRefused() throws JMSException {
        Session session = connection().createSession();
        MessageProducer producer = session.createProducer(session.createQueue(unique("q")));
        assertThatThrownBy(() -> producer.setPriority(10)).isInstanceOf(JMSException.class).hasMessageContaining("0..9");
        assertThatThrownBy(() -> producer.setDeliveryMode(5)).isInstanceOf(JMSException.class);
    }

    @Test
    void selectorsPickMessagesAndLeaveTheRestForOthers() throws JMSException {
        Session session = startedConnection().createSession();
        Queue queue = session.createQueue(unique("q"));
        MessageProducer producer = session.createProducer(queue);
        for (String color : new String[] {"red", "blue", "red"}) {
            Message message = session.createTextMessage(color);
            message.setStringProperty("color", color);
            producer.send(message);
        }
        MessageConsumer blue = session.createConsumer(queue, "color = 'blue'");
        assertThat(((TextMessage) blue.receive(5_000)).getText()).isEqualTo("blue");
        assertThat(blue.receiveNoWait()).isNull();
        assertThat(blue.getMessageSelector()).isEqualTo("color = 'blue'");
        MessageConsumer any = session.createConsumer(queue);
        assertThat(((TextMessage) any.receive(5_000)).getText()).isEqualTo("red");
        assertThat(((TextMessage) any.receive(5_000)).getText()).isEqualTo("red");
    }

    @Test
    void aBadSelectorIsAnInvalidSelectorException() throws JMSException {
        Session session = connection().createSession();
        assertThatThrownBy(() -> session.createConsumer(session.createQueue(unique("q")), "color = = 1"))
                .isInstanceOf(InvalidSelectorException.class);
    }

    @Test
    void noLocalHidesTheConnectionsOwnTopicMessages() throws JMSException {
        Connection own = startedConnection();
        Session session = own.createSession();
        jakarta.jms.Topic topic = session.createTopic(unique("t"));
        MessageConsumer noLocal = session.createConsumer(topic, null, true);
        MessageConsumer all = session.createConsumer(topic);
        session.createProducer(topic).send(session.createTextMessage("mine"));
        Session other = startedConnection().createSession();
        other.createProducer(topic).send(other.createTextMessage("theirs"));
        assertThat(((TextMessage) noLocal.receive(5_000)).getText()).isEqualTo("theirs");
        assertThat(noLocal.receiveNoWait()).isNull();
        assertThat(((TextMessage) all.receive(5_000)).getText()).isEqualTo("mine");
        assertThat(((TextMessage) all.receive(5_000)).getText()).isEqualTo("theirs");
    }

    @Test
    void receiveOnAConsumerWithAListenerIsRefused() throws JMSException {
        Session session = connection().createSession();
        MessageConsumer consumer = session.createConsumer(session.createQueue(unique("q")));
        consumer.setMessageListener(m -> { });
        assertThatThrownBy(consumer::receiveNoWait).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingAConsumerReleasesABlockedReceive() throws Exception {
        Session session = startedConnection().createSession();
        MessageConsumer consumer = session.createConsumer(session.createQueue(unique("q")));
        CompletableFuture<Message> blocked = new CompletableFuture<>();
        Thread receiver = new Thread(() -> {
            try {
                blocked.complete(consumer.receive());
            } catch (JMSException | RuntimeException e) {
                blocked.completeExceptionally(e);
            }
        }, "blocked-receiver");
        receiver.start();
        // Blocked means parked inside receive(), not merely started.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> receiver.getState() == Thread.State.TIMED_WAITING
                        || receiver.getState() == Thread.State.WAITING);
        assertThat(blocked).isNotDone();
        consumer.close();
        assertThat(blocked.get(5, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void asyncSendCallsTheCompletionListenerOnAnotherThread() throws Exception {
        Session session = startedConnection().createSession();
        Queue queue = session.createQueue(unique("q"));
        CompletableFuture<Message> completed = new CompletableFuture<>();
        CompletableFuture<Thread> callbackThread = new CompletableFuture<>();
        TextMessage message = session.createTextMessage("async");
        session.createProducer(queue).send(message, new CompletionListener() {
            @Override
            public void onCompletion(Message m) {
                callbackThread.complete(Thread.currentThread());
                completed.complete(m);
            }

            @Override
            public void onException(Message m, Exception e) {
                completed.completeExceptionally(e);
            }
        });
        assertThat(completed.get(5, TimeUnit.SECONDS)).isSameAs(message);
        assertThat(callbackThread.get()).isNotSameAs(Thread.currentThread());
        assertThat(session.createConsumer(queue).receive(5_000)).isNotNull();
    }

    @Test
    void aSessionMayNotBeClosedFromItsOwnCompletionListener() throws Exception {
        Session session = startedConnection().createSession();
        CompletableFuture<Exception> failure = new CompletableFuture<>();
        session.createProducer(session.createQueue(unique("q"))).send(session.createMessage(),
                new CompletionListener() {
                    @Override
                    public void onCompletion(Message m) {
                        try {
                            session.close();
                            failure.complete(null);
                        } catch (JMSException e) {
                            failure.complete(e);
                        }
                    }

                    @Override
                    public void onException(Message m, Exception e) {
                        failure.complete(e);
                    }
                });
        assertThat(failure.get(5, TimeUnit.SECONDS)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theRejectPolicyRefusesPersistentSendsAndAcceptsNonPersistentOnes() throws JMSException {
        try (MailslotConnectionFactory strict = new MailslotConnectionFactory("mailslot://local?jms.persistentDelivery=reject")) {
            Connection connection = strict.createConnection();
            connection.start();
            Session session = connection.createSession();
            Queue queue = session.createQueue(unique("q"));
            MessageProducer producer = session.createProducer(queue);
            assertThatThrownBy(() -> producer.send(session.createTextMessage("durable?")))
                    .isInstanceOf(JMSException.class)
                    .hasMessageContaining("PERSISTENT")
                    .hasMessageContaining("NON_PERSISTENT");
            producer.send(session.createTextMessage("fine"), DeliveryMode.NON_PERSISTENT, 4, 0);
            assertThat(session.createConsumer(queue).receive(5_000)).isNotNull();
            connection.close();
        }
    }

    @Test
    void aForeignMessageIsSentAsOurCopy() throws JMSException {
        Session session = startedConnection().createSession();
        Queue queue = session.createQueue(unique("q"));
        TextMessage foreign = org.mockito.Mockito.mock(TextMessage.class);
        org.mockito.Mockito.when(foreign.getText()).thenReturn("from another provider");
        org.mockito.Mockito.when(foreign.getPropertyNames())
                .thenReturn(java.util.Collections.enumeration(java.util.List.of("origin")));
        org.mockito.Mockito.when(foreign.getObjectProperty("origin")).thenReturn("elsewhere");
        session.createProducer(queue).send(foreign);
        org.mockito.Mockito.verify(foreign).setJMSMessageID(org.mockito.ArgumentMatchers.startsWith("ID:"));
        TextMessage received = (TextMessage) session.createConsumer(queue).receive(5_000);
        assertThat(received.getText()).isEqualTo("from another provider");
        assertThat(received.getStringProperty("origin")).isEqualTo("elsewhere");
    }

    @Test
    void aRemoteQueueCannotBeConsumed() throws JMSException {
        Session session = connection().createSession();
        assertThatThrownBy(() -> session.createConsumer(session.createQueue("\\\\PLC7\\mailslot\\cmd")))
                .isInstanceOf(InvalidDestinationException.class)
                .hasMessageContaining("read only on the computer that owns it");
    }
}
