package org.mailslot.jms.client;

import jakarta.jms.BytesMessage;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageListener;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.QueueReceiver;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TemporaryTopic;
import jakarta.jms.QueueSender;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.jms.TopicPublisher;
import jakarta.jms.TopicSession;
import jakarta.jms.TopicSubscriber;
import java.io.Serializable;
import org.mailslot.jms.MailslotDestinations;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.mailslot.jms.message.MailslotBytesMessage;
import org.mailslot.jms.message.MailslotMapMessage;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MailslotObjectMessage;
import org.mailslot.jms.message.MailslotStreamMessage;
import org.mailslot.jms.message.MailslotTextMessage;

/**
 * The parts of a session's API that only make things or stand for other calls: the message and destination
 * factories, the legacy {@code QueueSession}/{@code TopicSession} forms (each one of the unified calls), the
 * consumer and browser overloads that fill in a default, and the optional application-server facilities this
 * provider leaves out. {@link MailslotSession} does the session's own work: acknowledgement, transactions,
 * consumers, producers and closing.
 */
abstract class SessionShortcuts implements Session, QueueSession, TopicSession {

    /** Throws unless the session and its connection are open. */
    abstract void checkOpen() throws JMSException;

    /** The runtime whose settings new messages follow. */
    abstract ProviderRuntime runtime();

    /** The connection that makes temporary destinations. */
    abstract MailslotConnection connection();

    /** Throws when a legacy queue or topic session is asked for the other domain's method. */
    abstract void requireDomain(MailslotSession.Domain needed, String method) throws JMSException;

    @Override
    public BytesMessage createBytesMessage() throws JMSException {
        checkOpen();
        return new MailslotBytesMessage();
    }

    @Override
    public MapMessage createMapMessage() throws JMSException {
        checkOpen();
        return new MailslotMapMessage();
    }

    @Override
    public Message createMessage() throws JMSException {
        checkOpen();
        return new MailslotMessage();
    }

    @Override
    public ObjectMessage createObjectMessage() throws JMSException {
        checkOpen();
        MailslotObjectMessage message = new MailslotObjectMessage();
        message.setPolicy(connection().policies().objectBodies());
        return message;
    }

    @Override
    public ObjectMessage createObjectMessage(Serializable object) throws JMSException {
        ObjectMessage message = createObjectMessage();
        message.setObject(object);
        return message;
    }

    @Override
    public StreamMessage createStreamMessage() throws JMSException {
        checkOpen();
        return new MailslotStreamMessage();
    }

    @Override
    public TextMessage createTextMessage() throws JMSException {
        checkOpen();
        return new MailslotTextMessage();
    }

    @Override
    public TextMessage createTextMessage(String text) throws JMSException {
        checkOpen();
        return new MailslotTextMessage(text);
    }

    // ---- destinations -----------------------------------------------------------------------------------------------

    @Override
    public Queue createQueue(String queueName) throws JMSException {
        checkOpen();
        requireDomain(MailslotSession.Domain.QUEUE, "createQueue");
        return MailslotDestinations.parseQueue(queueName);
    }

    @Override
    public Topic createTopic(String topicName) throws JMSException {
        checkOpen();
        requireDomain(MailslotSession.Domain.TOPIC, "createTopic");
        return MailslotDestinations.parseTopic(topicName);
    }

    @Override
    public TemporaryQueue createTemporaryQueue() throws JMSException {
        checkOpen();
        requireDomain(MailslotSession.Domain.QUEUE, "createTemporaryQueue");
        return connection().createTemporaryQueue();
    }

    @Override
    public TemporaryTopic createTemporaryTopic() throws JMSException {
        checkOpen();
        requireDomain(MailslotSession.Domain.TOPIC, "createTemporaryTopic");
        return connection().createTemporaryTopic();
    }

    @Override
    public QueueReceiver createReceiver(Queue queue) throws JMSException {
        return (QueueReceiver) createConsumer(queue);
    }

    @Override
    public QueueReceiver createReceiver(Queue queue, String messageSelector) throws JMSException {
        return (QueueReceiver) createConsumer(queue, messageSelector);
    }

    @Override
    public QueueSender createSender(Queue queue) throws JMSException {
        return (QueueSender) createProducer(queue);
    }

    @Override
    public TopicSubscriber createSubscriber(Topic topic) throws JMSException {
        return (TopicSubscriber) createConsumer(topic);
    }

    @Override
    public TopicSubscriber createSubscriber(Topic topic, String messageSelector, boolean noLocal)
            throws JMSException {
        return (TopicSubscriber) createConsumer(topic, messageSelector, noLocal);
    }

    @Override
    public TopicPublisher createPublisher(Topic topic) throws JMSException {
        return (TopicPublisher) createProducer(topic);
    }

    // ---- overloads that fill in the defaults (no selector, noLocal false) ------------------------------------------

    @Override
    public MessageConsumer createConsumer(Destination destination) throws JMSException {
        return createConsumer(destination, null, false);
    }

    @Override
    public MessageConsumer createConsumer(Destination destination, String messageSelector) throws JMSException {
        return createConsumer(destination, messageSelector, false);
    }

    @Override
    public MessageConsumer createSharedConsumer(Topic topic, String sharedSubscriptionName) throws JMSException {
        return createSharedConsumer(topic, sharedSubscriptionName, null);
    }

    @Override
    public TopicSubscriber createDurableSubscriber(Topic topic, String name) throws JMSException {
        return createDurableSubscriber(topic, name, null, false);
    }

    @Override
    public MessageConsumer createDurableConsumer(Topic topic, String name) throws JMSException {
        return createDurableSubscriber(topic, name, null, false);
    }

    @Override
    public MessageConsumer createDurableConsumer(Topic topic, String name, String messageSelector, boolean noLocal)
            throws JMSException {
        return createDurableSubscriber(topic, name, messageSelector, noLocal);
    }

    @Override
    public MessageConsumer createSharedDurableConsumer(Topic topic, String name) throws JMSException {
        return createSharedDurableConsumer(topic, name, null);
    }

    @Override
    public QueueBrowser createBrowser(Queue queue) throws JMSException {
        return createBrowser(queue, null);
    }

    // ---- application-server facilities (optional) ------------------------------------------------------------------

    @Override
    public MessageListener getMessageListener() throws JMSException {
        checkOpen();
        throw JmsExceptions.unsupported("Session-level message listeners (an application server facility)");
    }

    @Override
    public void setMessageListener(MessageListener listener) throws JMSException {
        checkOpen();
        throw JmsExceptions.unsupported("Session-level message listeners (an application server facility)");
    }

    @Override
    public void run() {
        throw JmsExceptions.toRuntime(
                JmsExceptions.unsupported("Session.run() for ServerSessionPools (an application server facility)"));
    }
}
