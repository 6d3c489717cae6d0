package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Jakarta Messaging 3.1 §6.11.1 (durable subscriptions) and the {@code createDurableConsumer} javadoc: "the noLocal
 * argument may be used to specify that messages published to the topic by its own connection or any other with
 * the same client identifier will not be added to the durable subscription".
 */
@DisplayName("§6.11.1 noLocal on durable subscriptions")
class DurableNoLocalTest extends JmsTestSupport {

    private Connection withClientId(String clientId) throws JMSException {
        Connection connection = connection();
        connection.setClientID(clientId);
        connection.start();
        return connection;
    }

    private static void publish(Connection connection, Topic topic, String text) throws JMSException {
        Session session = connection.createSession();
        session.createProducer(topic).send(session.createTextMessage(text));
        session.close();
    }

    private static String textOf(MessageConsumer consumer) throws JMSException {
        TextMessage message = (TextMessage) consumer.receive(5_000);
        return message == null ? null : message.getText();
    }

    /** The two ways to ask for a durable subscription with noLocal. */
    private interface DurableWithNoLocal {
        MessageConsumer create(Session session, Topic topic) throws JMSException;
    }

    private void ownConnectionIsIgnored(DurableWithNoLocal create) throws Exception {
        Connection own = withClientId(unique("client"));
        Session session = own.createSession();
        Topic topic = session.createTopic(unique("news"));
        MessageConsumer subscriber = create.create(session, topic);

        publish(own, topic, "own");
        publish(startedConnection(), topic, "other");

        assertThat(textOf(subscriber)).isEqualTo("other");
        assertThat(subscriber.receiveNoWait()).isNull();
    }

    @Test
    @DisplayName("createDurableSubscriber(topic, name, selector, true) gets nothing its own connection published")
    void classicDurableSubscriberIgnoresItsOwnConnection() throws Exception {
        ownConnectionIsIgnored((session, topic) -> session.createDurableSubscriber(topic, "sub", null, true));
    }

    @Test
    @DisplayName("createDurableConsumer(topic, name, selector, true) gets nothing its own connection published")
    void durableConsumerIgnoresItsOwnConnection() throws Exception {
        ownConnectionIsIgnored((session, topic) -> session.createDurableConsumer(topic, "sub", null, true));
    }

    @Test
    @DisplayName("nor what any later connection with the same client identifier published")
    void durableSubscriptionIgnoresEveryConnectionWithItsClientId() throws Exception {
        String clientId = unique("client");
        Connection first = withClientId(clientId);
        Topic topic = first.createSession().createTopic(unique("news"));
        first.createSession().createDurableConsumer(topic, "sub", null, true).close();
        first.close();

        Connection second = withClientId(clientId);
        publish(second, topic, "same client ID");
        publish(startedConnection(), topic, "stranger");

        MessageConsumer consumer = second.createSession().createDurableConsumer(topic, "sub", null, true);
        assertThat(textOf(consumer)).isEqualTo("stranger");
        assertThat(consumer.receiveNoWait()).isNull();
    }

    @Test
    @DisplayName("without noLocal the durable subscription gets its own connection's messages")
    void withoutNoLocalOwnMessagesArrive() throws Exception {
        Connection own = withClientId(unique("client"));
        Session session = own.createSession();
        Topic topic = session.createTopic(unique("news"));
        MessageConsumer consumer = session.createDurableConsumer(topic, "sub", null, false);

        publish(own, topic, "own");

        assertThat(textOf(consumer)).isEqualTo("own");
    }
}
