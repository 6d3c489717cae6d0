package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.jms.TopicSession;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Jakarta Messaging 3.1 §6.14 (temporary destinations), §6.2.8 (browsers), §6.11 (durable and shared
 * subscriptions) and the lifetime of queues in the factory's host.
 */
class DestinationConformanceTest extends JmsTestSupport {

    @Test
    void aMessageSentBeforeAnyConsumerWaitsForOne() throws JMSException {
        Session producerSession = connection().createSession();
        Queue queue = producerSession.createQueue(unique("q"));
        producerSession.createProducer(queue).send(producerSession.createTextMessage("early"));
        Session later = startedConnection().createSession();
        assertThat(((TextMessage) later.createConsumer(queue).receive(5_000)).getText()).isEqualTo("early");
    }

    @Test
    void queueNamesAreCaseInsensitive() throws JMSException {
        Session session = startedConnection().createSession();
        String name = unique("Orders");
        session.createProducer(session.createQueue(name)).send(session.createMessage());
        assertThat(session.createConsumer(session.createQueue("\\\\.\\MAILSLOT\\" + name.toUpperCase()))
                .receive(5_000)).isNotNull();
    }

    @Test
    void temporaryQueuesBelongToTheirConnection() throws JMSException {
        Connection owner = startedConnection();
        Session session = owner.createSession();
        TemporaryQueue temporary = session.createTemporaryQueue();
        session.createProducer(temporary).send(session.createTextMessage("reply"));
        MessageConsumer consumer = session.createConsumer(temporary);
        assertThat(consumer.receive(5_000)).isNotNull();

        Session other = connection().createSession();
        assertThatThrownBy(() -> other.createConsumer(temporary))
                .isInstanceOf(InvalidDestinationException.class)
                .hasMessageContaining("another connection");
        assertThatThrownBy(temporary::delete).isInstanceOf(IllegalStateException.class);
        consumer.close();
        temporary.delete();
        assertThatThrownBy(() -> other.createProducer(temporary).send(other.createMessage()))
                .isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void temporaryQueuesDieWithTheirConnection() throws JMSException {
        Connection owner = connection();
        TemporaryQueue temporary = owner.createSession().createTemporaryQueue();
        owner.close();
        Session session = connection().createSession();
        assertThatThrownBy(() -> session.createProducer(temporary).send(session.createMessage()))
                .isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void requestReplyThroughATemporaryQueue() throws Exception {
        Connection server = startedConnection();
        Session serverSession = server.createSession();
        Queue requests = serverSession.createQueue(unique("requests"));
        MessageProducer replies = serverSession.createProducer(null);
        serverSession.createConsumer(requests).setMessageListener(request -> {
            try {
                TextMessage reply = serverSession.createTextMessage("re: " + ((TextMessage) request).getText());
                reply.setJMSCorrelationID(request.getJMSMessageID());
                replies.send(request.getJMSReplyTo(), reply);
            } catch (JMSException e) {
                throw new java.lang.IllegalStateException(e);
            }
        });
        Session client = startedConnection().createSession();
        TemporaryQueue replyTo = client.createTemporaryQueue();
        TextMessage request = client.createTextMessage("ping");
        request.setJMSReplyTo(replyTo);
        client.createProducer(requests).send(request);
        TextMessage reply = (TextMessage) client.createConsumer(replyTo).receive(5_000);
        assertThat(reply.getText()).isEqualTo("re: ping");
        assertThat(reply.getJMSCorrelationID()).isEqualTo(request.getJMSMessageID());
    }

    @Test
    void aBrowserSeesWithoutConsuming() throws JMSException {
        Session session = startedConnection().createSession();
        Queue queue = session.createQueue(unique("q"));
        MessageProducer producer = session.createProducer(queue);
        for (int i = 0; i < 3; i++) {
            Message message = session.createTextMessage("m" + i);
            message.setIntProperty("n", i);
            producer.send(message);
        }
        QueueBrowser browser = session.createBrowser(queue, "n >= 1");
        List<?> seen = Collections.list((Enumeration<?>) browser.getEnumeration());
        assertThat(seen).hasSize(2);
        assertThat(Collections.list((Enumeration<?>) session.createBrowser(queue).getEnumeration())).hasSize(3);
        MessageConsumer consumer = session.createConsumer(queue);
        for (int i = 0; i < 3; i++) {
            assertThat(consumer.receive(5_000)).isNotNull();
        }
        assertThat(Collections.list((Enumeration<?>) browser.getEnumeration())).isEmpty();
    }

    @Test
    void aDurableSubscriptionKeepsMessagesWhileItsConsumerIsAway() throws JMSException {
        Connection connection = connection();
        connection.setClientID(unique("client"));
        connection.start();
        Session session = connection.createSession();
        Topic topic = session.createTopic(unique("t"));
        MessageConsumer durable = session.createDurableConsumer(topic, "audit");
        durable.close();
        session.createProducer(topic).send(session.createTextMessage("while away"));
        MessageConsumer again = session.createDurableConsumer(topic, "audit");
        assertThat(((TextMessage) again.receive(5_000)).getText()).isEqualTo("while away");
        assertThatThrownBy(() -> session.unsubscribe("audit")).isInstanceOf(IllegalStateException.class);
        again.close();
        session.unsubscribe("audit");
        assertThatThrownBy(() -> session.unsubscribe("audit")).isInstanceOf(InvalidDestinationException.class);
    }

    @Test
    void anUnsharedDurableSubscriptionNeedsAClientId() throws JMSException {
        Session session = connection().createSession();
        Topic topic = session.createTopic(unique("t"));
        assertThatThrownBy(() -> session.createDurableConsumer(topic, "audit"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("client ID");
    }

    @Test
    void sharedSubscriptionsSpreadMessagesOverTheirConsumers() throws JMSException {
        Session first = startedConnection().createSession();
        Session second = startedConnection().createSession();
        Topic topic = first.createTopic(unique("t"));
        MessageConsumer a = first.createSharedConsumer(topic, "workers");
        MessageConsumer b = second.createSharedConsumer(topic, "workers");
        MessageProducer producer = first.createProducer(topic);
        for (int i = 0; i < 10; i++) {
            producer.send(first.createTextMessage("job" + i));
        }
        java.util.concurrent.atomic.AtomicInteger received = new java.util.concurrent.atomic.AtomicInteger();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> {
            while (a.receiveNoWait() != null || b.receiveNoWait() != null) {
                received.incrementAndGet();
            }
            return received.get() >= 10;
        });
        // An eleventh message would come before this marker: each job went to exactly one consumer.
        producer.send(first.createTextMessage("marker"));
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> {
            Message next = a.receiveNoWait();
            next = next != null ? next : b.receiveNoWait();
            if (next != null) {
                assertThat(((TextMessage) next).getText()).isEqualTo("marker");
            }
            return next != null;
        });
        assertThat(received).hasValue(10);
    }

    @Test
    void sharedDurableSubscriptionsSurviveTheirConsumers() throws JMSException {
        Session session = startedConnection().createSession();
        Topic topic = session.createTopic(unique("t"));
        session.createSharedDurableConsumer(topic, "archive").close();
        session.createProducer(topic).send(session.createTextMessage("kept"));
        assertThat(session.createSharedDurableConsumer(topic, "archive").receive(5_000)).isNotNull();
    }

    @Test
    void legacyDomainSessionsRefuseTheOtherDomain() throws JMSException {
        QueueSession queueSession = factory.createQueueConnection().createQueueSession(false, Session.AUTO_ACKNOWLEDGE);
        assertThatThrownBy(() -> queueSession.createTopic("t")).isInstanceOf(IllegalStateException.class);
        TopicSession topicSession = factory.createTopicConnection().createTopicSession(false, Session.AUTO_ACKNOWLEDGE);
        assertThatThrownBy(() -> topicSession.createQueue("q")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> topicSession.createBrowser(null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingTheFactoryDiscardsItsQueues() throws JMSException {
        Session session = connection().createSession();
        Queue queue = session.createQueue(unique("q"));
        session.createProducer(queue).send(session.createMessage());
        factory.close();
        Session fresh = startedConnection().createSession();
        assertThat(fresh.createConsumer(queue).receiveNoWait()).isNull();
    }
}
