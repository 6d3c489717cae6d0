package org.mailslot.jms.client;

import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageListener;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import jakarta.jms.TopicSession;
import jakarta.jms.TopicSubscriber;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.mailslot.jms.engine.MessageQueue;
import org.mailslot.jms.engine.QueuedMessage;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MailslotObjectMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JMS session (Jakarta Messaging 3.1 §6.2): a single-threaded context that makes messages, producers and
 * consumers, and that owns acknowledgement and local transactions. Delivered messages stay tracked until they are
 * acknowledged or committed; recover, rollback and close give them back to their queues for redelivery.
 */
public final class MailslotSession extends SessionShortcuts {

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
    private final SessionTransaction transaction = new SessionTransaction(deliveries);
    private final SessionAcknowledgement acknowledgement;
    private final SessionDispatch dispatch;
    private final Subscriptions subscriptions;
    private volatile boolean closed;
    private final AtomicBoolean closing = new AtomicBoolean();

    MailslotSession(MailslotConnection connection, int ackMode, Domain domain) {
        this.connection = connection;
        this.ackMode = ackMode;
        this.domain = domain;
        this.subscriptions = new Subscriptions(this);
        this.acknowledgement = new SessionAcknowledgement(ackMode, deliveries, message -> acknowledge());
        this.dispatch = new SessionDispatch(connection.runtime().deliveryPool(), CLOSE_WAIT_MILLIS);
    }

    @Override
    MailslotConnection connection() {
        return connection;
    }

    @Override
    ProviderRuntime runtime() {
        return connection.runtime();
    }

    boolean isTransacted() {
        return ackMode == SESSION_TRANSACTED;
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
        dispatch.refuseFromCompletionListener("commit");
        dispatch.awaitCompletions();
        transaction.commit();
    }

    @Override
    public void rollback() throws JMSException {
        checkOpen();
        requireTransacted("rollback");
        dispatch.refuseFromCompletionListener("rollback");
        dispatch.awaitCompletions();
        transaction.rollback();
    }

    @Override
    public void recover() throws JMSException {
        checkOpen();
        if (isTransacted()) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "recover() is not allowed in a transacted session;"
                    + " use rollback()");
        }
        // In an automatic mode only the message a listener is processing is unacknowledged (§6.2.10).
        boolean listenerMessage = dispatch.isCallbackThread() && acknowledgement.recoverCurrent();
        if (!listenerMessage) {
            deliveries.returnAll("Session.recover() was called");
        }
    }

    /** What {@code Message.acknowledge()} does for messages this session delivered. */
    void acknowledge() throws JMSException {
        if (closed) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "The session that received this message is closed;"
                    + " its unacknowledged messages went back to their queues and will be redelivered");
        }
        acknowledgement.acknowledgeAll();
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
            transaction.defer(routing);
        } else {
            routing.run();
        }
    }

    // ---- delivery ------------------------------------------------------------------------------------------------

    /** Turns a message taken from a queue into the delivered message, tracking it until acknowledged. */
    MailslotMessage deliver(QueuedMessage queued, MessageQueue source, boolean shared) throws JMSException {
        MailslotMessage message = acknowledgement.deliver(queued, source, shared);
        if (message instanceof MailslotObjectMessage object) {
            // The receiving factory's allow-list decides, whichever factory of the in-JVM network sent it.
            object.setPolicy(connection.policies().objectBodies());
        }
        return message;
    }

    /** A delivered message the application could not take (wrong body type): AUTO modes give it back at once. */
    void undeliverable(QueuedMessage queued, MessageQueue source, String reason) {
        acknowledgement.undeliverable(queued, source, reason);
    }

    /** Runs a listener for one message on the session's lane, with the redelivery rules of §8.7. */
    boolean runListener(MailslotMessageConsumer consumer, MessageListener listener) {
        ReentrantLock deliveryLock = dispatch.deliveryLock();
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
                consumer.source().requeue(queued, "it could not be prepared for delivery: " + e);
                return false;
            }
            acknowledgement.listenerStarted(queued, consumer.source());
            RuntimeException failure = null;
            try {
                listener.onMessage(message);
            } catch (RuntimeException e) {
                failure = e;
            }
            boolean requeued = acknowledgement.listenerFinished(failure);
            if (failure != null) {
                LOG.warn("MessageListener of {} threw; the message {}", consumer,
                        requeued ? "goes back for redelivery" : "stays unacknowledged", failure);
            }
            return true;
        } finally {
            deliveryLock.unlock();
        }
    }

    /** Asks the session's lane to deliver what the consumer's queue holds to its listener. */
    void requestDelivery(MailslotMessageConsumer consumer) {
        dispatch.submit(consumer::drain);
    }

    /** Runs a completion callback on the session's lane, after those already queued. */
    void runCompletion(Runnable callback) {
        dispatch.runCompletion(callback);
    }

    boolean isCallbackThread() {
        return dispatch.isCallbackThread();
    }

    void onConnectionStarted() {
        for (MailslotMessageConsumer consumer : consumers) {
            consumer.onConnectionStarted();
        }
    }

    /** Returns once no listener of this session is running (for Connection.stop and close). */
    void awaitListenersIdle() {
        dispatch.awaitListenersIdle();
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
    public MessageConsumer createConsumer(Destination destination, String messageSelector, boolean noLocal)
            throws JMSException {
        checkOpen();
        return register(subscriptions.consumer(Destinations.require(destination), messageSelector, noLocal));
    }

    @Override
    public MessageConsumer createSharedConsumer(Topic topic, String sharedSubscriptionName, String messageSelector)
            throws JMSException {
        checkOpen();
        requireDomain(Domain.TOPIC, "createSharedConsumer");
        return register(subscriptions.shared(topic, sharedSubscriptionName, messageSelector, false));
    }

    @Override
    public TopicSubscriber createDurableSubscriber(Topic topic, String name, String messageSelector, boolean noLocal)
            throws JMSException {
        checkOpen();
        requireDomain(Domain.TOPIC, "createDurableSubscriber");
        return register(subscriptions.durable(topic, name, messageSelector, noLocal));
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
    public QueueBrowser createBrowser(Queue queue, String messageSelector) throws JMSException {
        checkOpen();
        requireDomain(Domain.QUEUE, "createBrowser");
        MailslotDestination target = Destinations.require(queue);
        return new MailslotQueueBrowser(this, (Queue) target, MessageSelector.parse(messageSelector),
                subscriptions.queueOf(target));
    }

    /** Legacy queue and topic sessions refuse the other domain's methods (§4.1, QueueSession/TopicSession). */
    @Override
    void requireDomain(Domain needed, String method) throws JMSException {
        if (domain != Domain.UNIFIED && domain != needed) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, method + "() is not available on a "
                    + (domain == Domain.QUEUE ? "QueueSession" : "TopicSession")
                    + "; use a Session from Connection.createSession()");
        }
    }

    // ---- lifecycle -----------------------------------------------------------------------------------------------

    @Override
    public void close() throws JMSException {
        if (closed) {
            return;
        }
        dispatch.refuseFromCompletionListener("Session.close");
        if (dispatch.isCallbackThread()) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "Session.close() was called from a MessageListener"
                    + " of this session, which would deadlock (Session.close javadoc); close it from another thread");
        }
        // One caller closes; a racing close returns (it must not wait here: it may be a listener of this session).
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        dispatch.awaitCompletions();
        closed = true;
        for (MailslotMessageConsumer consumer : consumers) {
            consumer.closeQuietly();
        }
        for (MailslotMessageProducer producer : producers) {
            producer.markClosed();
        }
        awaitListenersIdle();
        transaction.discardSends();
        int returned = deliveries.returnAll("the session was closed before it acknowledged the message");
        if (returned > 0) {
            LOG.debug("Session closed with {} unacknowledged messages; they go back for redelivery", returned);
        }
        dispatch.shutdown();
        connection.forget(this);
    }

    boolean isClosed() {
        return closed || connection.isClosed();
    }

    @Override
    void checkOpen() throws JMSException {
        if (isClosed()) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "The session is closed; create a new one");
        }
        connection.checkHostAlive();
        connection.fixClientId();
    }

    /** A send that failed inside a transaction's commit. */
    static final class SendFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SendFailure(JMSException cause) {
            super(cause);
        }
    }
}
