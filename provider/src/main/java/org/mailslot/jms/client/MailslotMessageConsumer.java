package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.QueueReceiver;
import jakarta.jms.Topic;
import jakarta.jms.TopicSubscriber;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.mailslot.jms.engine.MessageQueue;
import org.mailslot.jms.engine.QueuedMessage;
import org.mailslot.jms.engine.Selection;
import org.mailslot.jms.engine.Subscription;
import org.mailslot.jms.engine.Waiter;

/**
 * A JMS consumer (Jakarta Messaging 3.1 §8): reads a queue of this host or its own topic subscription, by
 * {@code receive} or through a MessageListener run on the session's lane. While the connection is stopped it
 * takes nothing, so other consumers of the same queue get the messages.
 */
final class MailslotMessageConsumer implements QueueReceiver, TopicSubscriber, Waiter {

    private static final int MESSAGES_PER_TURN = 64;

    private final MailslotSession session;
    private final MailslotDestination destination;
    private final MessageSelector selector;
    private final MessageQueue source;
    private final Subscription subscription;
    private final boolean noLocal;
    private final Selection filter;
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private volatile MessageListener listener;
    private volatile Runnable stopListening;
    private final AtomicBoolean closed = new AtomicBoolean();

    MailslotMessageConsumer(MailslotSession session, MailslotDestination destination, MessageSelector selector,
                            MessageQueue source, Subscription subscription, boolean noLocal) {
        this.session = session;
        this.destination = destination;
        this.selector = selector;
        this.source = source;
        this.subscription = subscription;
        this.noLocal = noLocal;
        // Selectors run on this consumer's thread, outside the queue's lock (Selection), never on the publisher's.
        this.filter = subscription != null ? subscription.selection()
                : selector.selectsAll() ? Selection.ALL : Selection.keeping(m -> selector.matches(m.message()));
    }

    MailslotDestination destination() {
        return destination;
    }

    MessageQueue source() {
        return source;
    }

    Selection filter() {
        return filter;
    }

    /** True when the consumer reads a topic subscription, whose stored messages are shared with others. */
    boolean isSubscription() {
        return subscription != null;
    }

    boolean isClosed() {
        return closed.get() || session.isClosed();
    }

    // ---- Waiter: what a blocked receive looks at ------------------------------------------------------------------

    @Override
    public boolean paused() {
        return !session.connection().isStarted();
    }

    @Override
    public boolean cancelled() {
        return isClosed();
    }

    // ---- receive -------------------------------------------------------------------------------------------------

    @Override
    public Message receive() throws JMSException {
        return receive(0);
    }

    @Override
    public Message receive(long timeout) throws JMSException {
        checkReceivable();
        try {
            QueuedMessage queued = source.take(filter, Math.max(0, timeout), this);
            return queued == null ? null : session.deliver(queued, source, isSubscription());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public Message receiveNoWait() throws JMSException {
        checkReceivable();
        if (paused()) {
            return null;
        }
        QueuedMessage queued = source.poll(filter);
        return queued == null ? null : session.deliver(queued, source, isSubscription());
    }

    /**
     * Receives a message and returns its body as {@code type} (JMSConsumer.receiveBody). A message whose body is not
     * of that type fails with MessageFormatException; in AUTO and DUPS_OK modes it goes back to the queue.
     *
     * @param timeout -1 for no wait, 0 for forever, else milliseconds
     */
    <T> T receiveBody(Class<T> type, long timeout) throws JMSException {
        checkReceivable();
        QueuedMessage queued;
        try {
            queued = timeout < 0 ? (paused() ? null : source.poll(filter)) : source.take(filter, timeout, this);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (queued == null) {
            return null;
        }
        Message message = session.deliver(queued, source, isSubscription());
        if (!message.isBodyAssignableTo(type)) {
            session.undeliverable(queued, source, "its body could not be returned as " + type.getName());
            throw JmsExceptions.create(ErrorKind.MESSAGE_FORMAT, "The message body cannot be returned as "
                    + type.getName() + " (" + message.getClass().getSimpleName() + "); receive() the message"
                    + " instead, or ask for the body type it carries");
        }
        return message.getBody(type);
    }

    private void checkReceivable() throws JMSException {
        checkOpen();
        if (listener != null) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "This consumer has a MessageListener; receive()"
                    + " cannot be used at the same time (§8.2). Set the listener to null first");
        }
    }

    // ---- listener ------------------------------------------------------------------------------------------------

    @Override
    public MessageListener getMessageListener() throws JMSException {
        checkOpen();
        return listener;
    }

    @Override
    public void setMessageListener(MessageListener newListener) throws JMSException {
        checkOpen();
        Runnable previous = stopListening;
        if (previous != null) {
            previous.run();
            stopListening = null;
        }
        listener = newListener;
        if (newListener != null) {
            stopListening = source.onAvailable(this::scheduleDrain);
            scheduleDrain();
        }
    }

    void onConnectionStarted() {
        if (listener != null) {
            scheduleDrain();
        } else {
            source.wakeWaiters();
        }
    }

    /** Queues one delivery turn on the session's lane unless one is queued already. */
    private void scheduleDrain() {
        if (drainQueued.compareAndSet(false, true)) {
            session.requestDelivery(this);
        }
    }

    /** Delivers to the listener on the session's lane, a bounded number per turn so consumers share the lane. */
    void drain() {
        drainQueued.set(false);
        MessageListener current = listener;
        if (current == null) {
            return;
        }
        for (int i = 0; i < MESSAGES_PER_TURN; i++) {
            if (!session.runListener(this, current)) {
                return;
            }
        }
        scheduleDrain();
    }

    // ---- identity ------------------------------------------------------------------------------------------------

    @Override
    public String getMessageSelector() throws JMSException {
        checkOpen();
        return selector.selectsAll() ? null : selector.text();
    }

    @Override
    public Queue getQueue() throws JMSException {
        checkOpen();
        return (Queue) destination;
    }

    @Override
    public Topic getTopic() throws JMSException {
        checkOpen();
        return (Topic) destination;
    }

    @Override
    public boolean getNoLocal() throws JMSException {
        checkOpen();
        return noLocal;
    }

    // ---- lifecycle -----------------------------------------------------------------------------------------------

    @Override
    public void close() throws JMSException {
        if (closed.get()) {
            return;
        }
        closeQuietly();
        if (!session.isCallbackThread()) {
            session.awaitListenersIdle();
        }
    }

    /** Stops the consumer without waiting; a receive blocked in another thread returns null. */
    void closeQuietly() {
        // One caller wins: the session's close and the application's may race here.
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Runnable previous = stopListening;
        if (previous != null) {
            previous.run();
        }
        source.wakeWaiters();
        if (subscription != null) {
            session.runtime().topics().release(subscription);
        }
        session.forget(this);
    }

    private void checkOpen() throws JMSException {
        if (isClosed()) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "The consumer is closed; create a new one");
        }
        session.connection().checkHostAlive();
    }

    @Override
    public String toString() {
        return "consumer on " + destination + (selector.selectsAll() ? "" : " [" + selector.text() + "]");
    }
}
