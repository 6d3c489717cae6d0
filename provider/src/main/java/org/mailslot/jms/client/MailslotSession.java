package org.mailslot.jms.client;

import jakarta.jms.BytesMessage;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageListener;
import jakarta.jms.MessageProducer;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.QueueReceiver;
import jakarta.jms.QueueSender;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import jakarta.jms.StreamMessage;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TemporaryTopic;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.jms.TopicPublisher;
import jakarta.jms.TopicSession;
import jakarta.jms.TopicSubscriber;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.MailslotDestinations;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.mailslot.jms.engine.MessageQueue;
import org.mailslot.jms.engine.QueuedMessage;
import org.mailslot.jms.message.MailslotBytesMessage;
import org.mailslot.jms.message.MailslotMapMessage;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MailslotObjectMessage;
import org.mailslot.jms.message.MailslotStreamMessage;
import org.mailslot.jms.message.MailslotTextMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JMS session (Jakarta Messaging 3.1 §6.2): a single-threaded context that makes messages, producers and
 * consumers, and that owns acknowledgement and local transactions. Delivered messages stay tracked until they are
 * acknowledged or committed; recover, rollback and close give them back to their queues for redelivery.
 */
public final class MailslotSession implements Session, QueueSession, TopicSession {

    private static final Logger LOG = LoggerFactory.getLogger(MailslotSession.class);
    private static final long CLOSE_WAIT_MILLIS = 30_000;

    /** Which API created the session: the unified one, or the legacy queue- or topic-only one. */
    enum Domain { UNIFIED, QUEUE, TOPIC }

    private final MailslotConnection connection;
    private final int ackMode;
    private final Domain domain;
    private final SessionDeliveries deliveries = new SessionDeliveries();
    private final List<MailslotMessageConsumer> consumers = new CopyOnWriteArrayList<>();
    private final List<MailslotMessageProducer> producers = new CopyOnWriteArrayList<>();
    private final List<Runnable> transactedSends = new ArrayList<>();
    private final ReentrantLock deliveryLock = new ReentrantLock();
    private final Object dispatcherLock = new Object();
    private final Subscriptions subscriptions;
    private volatile ListenerDispatcher dispatcher;
    private volatile boolean inCompletionListener;
    private volatile boolean closed;
    private final AtomicBoolean closing = new AtomicBoolean();

    MailslotSession(MailslotConnection connection, int ackMode, Domain domain) {
        this.connection = connection;
        this.ackMode = ackMode;
        this.domain = domain;
        this.subscriptions = new Subscriptions(this);
    }

    MailslotConnection connection() {
        return connection;
    }

    ProviderRuntime runtime() {
        return connection.runtime();
    }

    boolean isTransacted() {
        return ackMode == SESSION_TRANSACTED;
    }

    // ---- messages ------------------------------------------------------------------------------------------------

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
        message.setPolicy(runtime().settings().objectBodyPolicy());
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

    // ---- transactions and acknowledgement ------------------------------------------------------------------------

    @Override
    public boolean getTransacted() throws JMSException {
        checkOpen();
        return isTransacted();
    }

    @Override
    public int getAcknowledgeMode() throws JMSException {
        checkOpen();
        return ackMode;
    }

    @Override
    public void commit() throws JMSException {
        checkOpen();
        requireTransacted("commit");
        refuseFromCompletionListener("commit");
        awaitCompletions();
        List<Runnable> sends;
        synchronized (transactedSends) {
            sends = new ArrayList<>(transactedSends);
            transactedSends.clear();
        }
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).run();
            } catch (SendFailure failure) {
                deliveries.returnAll();
                throw JmsExceptions.create(ErrorKind.TRANSACTION_ROLLED_BACK, "The transaction was rolled back:"
                        + " send " + (i + 1) + " of " + sends.size() + " failed (" + failure.getCause().getMessage()
                        + "); the sends before it were delivered, consumed messages will be redelivered",
                        failure.getCause());
            }
        }
        deliveries.acknowledgeAll();
    }

    @Override
    public void rollback() throws JMSException {
        checkOpen();
        requireTransacted("rollback");
        refuseFromCompletionListener("rollback");
        awaitCompletions();
        synchronized (transactedSends) {
            transactedSends.clear();
        }
        deliveries.returnAll();
    }

    @Override
    public void recover() throws JMSException {
        checkOpen();
        if (isTransacted()) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "recover() is not allowed in a transacted session;"
                    + " use rollback()");
        }
        deliveries.returnAll();
    }

    /** What {@code Message.acknowledge()} does for messages this session delivered. */
    void acknowledge() throws JMSException {
        if (closed) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "The session that received this message is closed;"
                    + " its unacknowledged messages went back to their queues and will be redelivered");
        }
        if (ackMode == CLIENT_ACKNOWLEDGE) {
            deliveries.acknowledgeAll();
        }
    }

    private void requireTransacted(String operation) throws JMSException {
        if (!isTransacted()) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, operation + "() needs a transacted session;"
                    + " create one with createSession(Session.SESSION_TRANSACTED)");
        }
    }

    /** In a transacted session, defers a send to commit; otherwise runs it now. */
    void send(Runnable routing) {
        if (isTransacted()) {
            synchronized (transactedSends) {
                transactedSends.add(routing);
            }
        } else {
            routing.run();
        }
    }

    // ---- delivery ------------------------------------------------------------------------------------------------

    /** Turns a message taken from a queue into the delivered message, tracking it until acknowledged. */
    MailslotMessage deliver(QueuedMessage queued, MessageQueue source, boolean shared) throws JMSException {
        MailslotMessage message = (MailslotMessage) queued.message();
        if (shared) {
            // A topic message is one snapshot for every subscription; each delivery gets its own state on top.
            message = message.deliveryCopy();
        }
        message.setDeliveryCount(queued.deliveryCount());
        message.makeReadOnly();
        message.setAcknowledger(m -> acknowledge());
        if (ackMode == CLIENT_ACKNOWLEDGE || isTransacted()) {
            deliveries.add(queued, source);
        }
        return message;
    }

    /** A delivered message the application could not take (wrong body type): AUTO modes give it back at once. */
    void undeliverable(QueuedMessage queued, MessageQueue source) {
        if (ackMode == AUTO_ACKNOWLEDGE || ackMode == DUPS_OK_ACKNOWLEDGE) {
            source.requeue(queued);
        }
    }

    /** Runs a listener for one message on the session thread, with the redelivery rules of §8.7. */
    boolean runListener(MailslotMessageConsumer consumer, MessageListener listener) {
        deliveryLock.lock();
        try {
            if (closed || !connection.isStarted() || consumer.isClosed()) {
                return false;
            }
            QueuedMessage queued = consumer.source().poll(consumer.filter());
            if (queued == null) {
                return false;
            }
            MailslotMessage message;
            try {
                message = deliver(queued, consumer.source(), consumer.isSubscription());
            } catch (JMSException e) {
                LOG.warn("Could not prepare a message for delivery to {}; it goes back to its queue", consumer, e);
                consumer.source().requeue(queued);
                return false;
            }
            try {
                listener.onMessage(message);
            } catch (RuntimeException e) {
                if (ackMode == AUTO_ACKNOWLEDGE || ackMode == DUPS_OK_ACKNOWLEDGE) {
                    LOG.warn("MessageListener of {} threw; the message will be redelivered", consumer, e);
                    consumer.source().requeue(queued);
                } else {
                    LOG.warn("MessageListener of {} threw; the message stays unacknowledged", consumer, e);
                }
            }
            return true;
        } finally {
            deliveryLock.unlock();
        }
    }

    /** Asks the session thread to deliver what the consumer's queue holds to its listener. */
    void requestDelivery(MailslotMessageConsumer consumer) {
        dispatcher().submit(consumer::drain);
    }

    /** Runs a completion callback on the session thread, after those already queued. */
    void runCompletion(Runnable callback) {
        boolean accepted = dispatcher().submit(() -> {
            inCompletionListener = true;
            try {
                callback.run();
            } finally {
                inCompletionListener = false;
            }
        });
        if (!accepted) {
            callback.run();
        }
    }

    private ListenerDispatcher dispatcher() {
        ListenerDispatcher current = dispatcher;
        if (current == null) {
            synchronized (dispatcherLock) {
                current = dispatcher;
                if (current == null) {
                    current = new ListenerDispatcher("mailslot-session-" + connection.id());
                    dispatcher = current;
                }
            }
        }
        return current;
    }

    /** Waits until every completion callback queued so far has run. */
    private void awaitCompletions() {
        ListenerDispatcher current = dispatcher;
        if (current == null || current.isDispatcherThread()) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        if (current.submit(done::countDown)) {
            try {
                done.await(CLOSE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean isCallbackThread() {
        ListenerDispatcher current = dispatcher;
        return current != null && current.isDispatcherThread();
    }

    private void refuseFromCompletionListener(String operation) throws JMSException {
        if (inCompletionListener && isCallbackThread()) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, operation + "() was called from a"
                    + " CompletionListener of this session, which §7.3.8 forbids; call it from another thread");
        }
    }

    void onConnectionStarted() {
        for (MailslotMessageConsumer consumer : consumers) {
            consumer.onConnectionStarted();
        }
    }

    /** Returns once no listener of this session is running (for Connection.stop and close). */
    void awaitListenersIdle() {
        if (isCallbackThread()) {
            return;
        }
        deliveryLock.lock();
        try {
            // Nothing to do inside: holding the lock once proves no listener is running.
        } finally {
            deliveryLock.unlock();
        }
    }

    boolean hasConsumerOn(Destination destination) {
        return consumers.stream().anyMatch(c -> c.destination().equals(destination));
    }

    // ---- consumers, producers, browsers --------------------------------------------------------------------------

    @Override
    public MessageProducer createProducer(Destination destination) throws JMSException {
        checkOpen();
        MailslotDestination target = destination == null ? null : Destinations.require(destination);
        MailslotMessageProducer producer = new MailslotMessageProducer(this, target);
        producers.add(producer);
        return producer;
    }

    void forget(MailslotMessageProducer producer) {
        producers.remove(producer);
    }

    @Override
    public MessageConsumer createConsumer(Destination destination) throws JMSException {
        return createConsumer(destination, null, false);
    }

    @Override
    public MessageConsumer createConsumer(Destination destination, String messageSelector) throws JMSException {
        return createConsumer(destination, messageSelector, false);
    }

    @Override
    public MessageConsumer createConsumer(Destination destination, String messageSelector, boolean noLocal)
            throws JMSException {
        checkOpen();
        return register(subscriptions.consumer(Destinations.require(destination), messageSelector, noLocal));
    }

    @Override
    public MessageConsumer createSharedConsumer(Topic topic, String sharedSubscriptionName) throws JMSException {
        return createSharedConsumer(topic, sharedSubscriptionName, null);
    }

    @Override
    public MessageConsumer createSharedConsumer(Topic topic, String sharedSubscriptionName, String messageSelector)
            throws JMSException {
        checkOpen();
        requireDomain(Domain.TOPIC, "createSharedConsumer");
        return register(subscriptions.shared(topic, sharedSubscriptionName, messageSelector, false));
    }

    @Override
    public TopicSubscriber createDurableSubscriber(Topic topic, String name) throws JMSException {
        return createDurableSubscriber(topic, name, null, false);
    }

    @Override
    public TopicSubscriber createDurableSubscriber(Topic topic, String name, String messageSelector, boolean noLocal)
            throws JMSException {
        checkOpen();
        requireDomain(Domain.TOPIC, "createDurableSubscriber");
        return register(subscriptions.durable(topic, name, messageSelector, noLocal));
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
    public MessageConsumer createSharedDurableConsumer(Topic topic, String name, String messageSelector)
            throws JMSException {
        checkOpen();
        requireDomain(Domain.TOPIC, "createSharedDurableConsumer");
        return register(subscriptions.shared(topic, name, messageSelector, true));
    }

    @Override
    public void unsubscribe(String name) throws JMSException {
        checkOpen();
        requireDomain(Domain.TOPIC, "unsubscribe");
        subscriptions.unsubscribe(name);
    }

    private MailslotMessageConsumer register(MailslotMessageConsumer consumer) {
        consumers.add(consumer);
        return consumer;
    }

    void forget(MailslotMessageConsumer consumer) {
        consumers.remove(consumer);
    }

    @Override
    public QueueBrowser createBrowser(Queue queue) throws JMSException {
        return createBrowser(queue, null);
    }

    @Override
    public QueueBrowser createBrowser(Queue queue, String messageSelector) throws JMSException {
        checkOpen();
        requireDomain(Domain.QUEUE, "createBrowser");
        MailslotDestination target = Destinations.require(queue);
        return new MailslotQueueBrowser(this, (Queue) target, MessageSelector.parse(messageSelector),
                subscriptions.queueOf(target));
    }

    @Override
    public Queue createQueue(String queueName) throws JMSException {
        checkOpen();
        requireDomain(Domain.QUEUE, "createQueue");
        return MailslotDestinations.parseQueue(queueName);
    }

    @Override
    public Topic createTopic(String topicName) throws JMSException {
        checkOpen();
        requireDomain(Domain.TOPIC, "createTopic");
        return MailslotDestinations.parseTopic(topicName);
    }

    @Override
    public TemporaryQueue createTemporaryQueue() throws JMSException {
        checkOpen();
        requireDomain(Domain.QUEUE, "createTemporaryQueue");
        return connection.createTemporaryQueue();
    }

    @Override
    public TemporaryTopic createTemporaryTopic() throws JMSException {
        checkOpen();
        requireDomain(Domain.TOPIC, "createTemporaryTopic");
        return connection.createTemporaryTopic();
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

    /** Legacy queue and topic sessions refuse the other domain's methods (§4.1, QueueSession/TopicSession). */
    private void requireDomain(Domain needed, String method) throws JMSException {
        if (domain != Domain.UNIFIED && domain != needed) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, method + "() is not available on a "
                    + (domain == Domain.QUEUE ? "QueueSession" : "TopicSession")
                    + "; use a Session from Connection.createSession()");
        }
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

    // ---- lifecycle -----------------------------------------------------------------------------------------------

    @Override
    public void close() throws JMSException {
        if (closed) {
            return;
        }
        refuseFromCompletionListener("Session.close");
        // One caller closes; a racing close returns (it must not wait here: it may be a listener of this session).
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        awaitCompletions();
        closed = true;
        for (MailslotMessageConsumer consumer : consumers) {
            consumer.closeQuietly();
        }
        for (MailslotMessageProducer producer : producers) {
            producer.markClosed();
        }
        awaitListenersIdle();
        synchronized (transactedSends) {
            transactedSends.clear();
        }
        int returned = deliveries.returnAll();
        if (returned > 0) {
            LOG.debug("Session closed with {} unacknowledged messages; they go back for redelivery", returned);
        }
        ListenerDispatcher current = dispatcher;
        if (current != null) {
            current.shutdown(CLOSE_WAIT_MILLIS);
        }
        connection.forget(this);
    }

    boolean isClosed() {
        return closed || connection.isClosed();
    }

    void checkOpen() throws JMSException {
        if (isClosed()) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "The session is closed; create a new one");
        }
        connection.checkHostAlive();
        connection.fixClientId();
    }

    /** A send that failed inside a transaction's commit. */
    static final class SendFailure extends RuntimeException {
        SendFailure(JMSException cause) {
            super(cause);
        }
    }
}
