package org.mailslot.jms.client;

import jakarta.jms.CompletionListener;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueSender;
import jakarta.jms.Topic;
import jakarta.jms.TopicPublisher;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.engine.MessageOrigin;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MessageCopies;

/**
 * A JMS producer (Jakarta Messaging 3.1 §7): sets the message headers, takes a private copy so later changes by
 * the application do not reach receivers, and routes the copy; in a transacted session the routing waits for
 * commit. Asynchronous sends complete at once and call their CompletionListener on the session's lane.
 */
final class MailslotMessageProducer implements QueueSender, TopicPublisher {

    private final MailslotSession session;
    private final MailslotDestination destination;
    private volatile int deliveryMode = DeliveryMode.PERSISTENT;
    private volatile int priority = Message.DEFAULT_PRIORITY;
    private volatile long timeToLive = Message.DEFAULT_TIME_TO_LIVE;
    private volatile long deliveryDelay = Message.DEFAULT_DELIVERY_DELAY;
    private volatile boolean disableMessageId;
    private volatile boolean disableTimestamp;
    private volatile boolean closed;
    private volatile Thread completionThread;

    MailslotMessageProducer(MailslotSession session, MailslotDestination destination) {
        this.session = session;
        this.destination = destination;
    }

    // ---- send ----------------------------------------------------------------------------------------------------

    @Override
    public void send(Message message) throws JMSException {
        send(message, deliveryMode, priority, timeToLive);
    }

    @Override
    public void send(Message message, int mode, int messagePriority, long ttl) throws JMSException {
        checkOpen();
        requireIdentified();
        sendTo(destination, message, mode, messagePriority, ttl, null);
    }

    @Override
    public void send(Destination target, Message message) throws JMSException {
        send(target, message, deliveryMode, priority, timeToLive);
    }

    @Override
    public void send(Destination target, Message message, int mode, int messagePriority, long ttl)
            throws JMSException {
        checkOpen();
        requireAnonymous();
        sendTo(Destinations.require(target), message, mode, messagePriority, ttl, null);
    }

    @Override
    public void send(Message message, CompletionListener completionListener) throws JMSException {
        send(message, deliveryMode, priority, timeToLive, completionListener);
    }

    @Override
    public void send(Message message, int mode, int messagePriority, long ttl,
                     CompletionListener completionListener) throws JMSException {
        checkOpen();
        requireIdentified();
        sendTo(destination, message, mode, messagePriority, ttl, requireListener(completionListener));
    }

    @Override
    public void send(Destination target, Message message, CompletionListener completionListener)
            throws JMSException {
        send(target, message, deliveryMode, priority, timeToLive, completionListener);
    }

    @Override
    public void send(Destination target, Message message, int mode, int messagePriority, long ttl,
                     CompletionListener completionListener) throws JMSException {
        checkOpen();
        requireAnonymous();
        sendTo(Destinations.require(target), message, mode, messagePriority, ttl,
                requireListener(completionListener));
    }

    @Override
    public void send(Queue queue, Message message) throws JMSException {
        send((Destination) queue, message);
    }

    @Override
    public void send(Queue queue, Message message, int mode, int messagePriority, long ttl) throws JMSException {
        send((Destination) queue, message, mode, messagePriority, ttl);
    }

    @Override
    public void publish(Message message) throws JMSException {
        send(message);
    }

    @Override
    public void publish(Message message, int mode, int messagePriority, long ttl) throws JMSException {
        send(message, mode, messagePriority, ttl);
    }

    @Override
    public void publish(Topic topic, Message message) throws JMSException {
        send(topic, message);
    }

    @Override
    public void publish(Topic topic, Message message, int mode, int messagePriority, long ttl)
            throws JMSException {
        send(topic, message, mode, messagePriority, ttl);
    }

    private void sendTo(MailslotDestination target, Message message, int mode, int messagePriority, long ttl,
                        CompletionListener completion) throws JMSException {
        if (message == null) {
            throw JmsExceptions.create(ErrorKind.MESSAGE_FORMAT, "The message to send is null");
        }
        checkDeliveryMode(mode);
        checkPriority(messagePriority);
        ProviderRuntime runtime = session.runtime();
        long now = runtime.now();
        message.setJMSDestination(target);
        message.setJMSDeliveryMode(mode);
        message.setJMSPriority(messagePriority);
        message.setJMSExpiration(ttl > 0 ? now + ttl : 0);
        message.setJMSTimestamp(disableTimestamp ? 0 : now);
        message.setJMSDeliveryTime(now + deliveryDelay);
        if (disableMessageId) {
            message.setJMSMessageID(null);
        } else if (message instanceof MailslotMessage ours) {
            runtime.assignMessageId(ours);
        } else {
            message.setJMSMessageID(runtime.nextMessageId());
        }
        try {
            session.connection().policies().checkDeliveryMode(mode);
            MessageOrigin origin = session.connection().origin();
            if (session.isTransacted()) {
                // Routed at commit: the application may change its message before then.
                MailslotMessage copy = message instanceof MailslotMessage ours ? ours.copy()
                        : MessageCopies.copyOf(message);
                session.send(() -> {
                    try {
                        runtime.route(target, copy, origin, true);
                    } catch (JMSException e) {
                        throw new MailslotSession.SendFailure(e);
                    }
                });
            } else if (message instanceof MailslotMessage ours) {
                runtime.route(target, ours, origin, false);
            } else {
                runtime.route(target, MessageCopies.copyOf(message), origin, true);
            }
        } catch (JMSException e) {
            if (completion == null) {
                throw e;
            }
            session.runCompletion(() -> inOwnCompletion(() -> completion.onException(message, e)));
            return;
        }
        if (completion != null) {
            session.runCompletion(() -> inOwnCompletion(() -> completion.onCompletion(message)));
        }
    }

    private static CompletionListener requireListener(CompletionListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("The CompletionListener of an asynchronous send must not be null");
        }
        return listener;
    }

    private void requireIdentified() {
        if (destination == null) {
            throw new UnsupportedOperationException("This producer was created without a destination; use a send"
                    + " method that takes a Destination");
        }
    }

    private void requireAnonymous() {
        if (destination != null) {
            throw new UnsupportedOperationException("This producer was created for " + destination + "; use a send"
                    + " method without a Destination, or create a producer with a null destination");
        }
    }

    private static void checkDeliveryMode(int mode) throws JMSException {
        if (mode != DeliveryMode.PERSISTENT && mode != DeliveryMode.NON_PERSISTENT) {
            throw JmsExceptions.create(ErrorKind.GENERAL, "Delivery mode " + mode + " is neither PERSISTENT ("
                    + DeliveryMode.PERSISTENT + ") nor NON_PERSISTENT (" + DeliveryMode.NON_PERSISTENT + ")");
        }
    }

    private static void checkPriority(int value) throws JMSException {
        if (value < 0 || value > 9) {
            throw JmsExceptions.create(ErrorKind.GENERAL, "Priority " + value + " is outside 0..9");
        }
    }

    // ---- settings ------------------------------------------------------------------------------------------------

    @Override
    public void setDisableMessageID(boolean value) throws JMSException {
        checkOpen();
        disableMessageId = value;
    }

    @Override
    public boolean getDisableMessageID() throws JMSException {
        checkOpen();
        return disableMessageId;
    }

    @Override
    public void setDisableMessageTimestamp(boolean value) throws JMSException {
        checkOpen();
        disableTimestamp = value;
    }

    @Override
    public boolean getDisableMessageTimestamp() throws JMSException {
        checkOpen();
        return disableTimestamp;
    }

    @Override
    public void setDeliveryMode(int mode) throws JMSException {
        checkOpen();
        checkDeliveryMode(mode);
        deliveryMode = mode;
    }

    @Override
    public int getDeliveryMode() throws JMSException {
        checkOpen();
        return deliveryMode;
    }

    @Override
    public void setPriority(int value) throws JMSException {
        checkOpen();
        checkPriority(value);
        priority = value;
    }

    @Override
    public int getPriority() throws JMSException {
        checkOpen();
        return priority;
    }

    @Override
    public void setTimeToLive(long value) throws JMSException {
        checkOpen();
        timeToLive = value;
    }

    @Override
    public long getTimeToLive() throws JMSException {
        checkOpen();
        return timeToLive;
    }

    @Override
    public void setDeliveryDelay(long value) throws JMSException {
        checkOpen();
        if (value < 0) {
            throw JmsExceptions.create(ErrorKind.GENERAL, "Delivery delay must be >= 0 ms, was " + value);
        }
        deliveryDelay = value;
    }

    @Override
    public long getDeliveryDelay() throws JMSException {
        checkOpen();
        return deliveryDelay;
    }

    @Override
    public Destination getDestination() throws JMSException {
        checkOpen();
        return destination;
    }

    @Override
    public Queue getQueue() throws JMSException {
        return (Queue) getDestination();
    }

    @Override
    public Topic getTopic() throws JMSException {
        return (Topic) getDestination();
    }

    // ---- lifecycle -----------------------------------------------------------------------------------------------

    @Override
    public void close() throws JMSException {
        if (completionThread == Thread.currentThread()) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "MessageProducer.close() was called from a"
                    + " CompletionListener of this producer, which §7.3.8 forbids; close it from another thread");
        }
        if (closed) {
            return;
        }
        closed = true;
        session.forget(this);
    }

    /** Runs a CompletionListener callback of this producer, remembering the thread so close() can refuse it. */
    private void inOwnCompletion(Runnable callback) {
        completionThread = Thread.currentThread();
        try {
            callback.run();
        } finally {
            completionThread = null;
        }
    }

    void markClosed() {
        closed = true;
    }

    private void checkOpen() throws JMSException {
        if (closed || session.isClosed()) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "The producer is closed; create a new one");
        }
    }
}
