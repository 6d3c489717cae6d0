package org.mailslot.ra.inbound;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageListener;
import jakarta.jms.Session;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import java.lang.reflect.Method;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One session of an endpoint, run as a {@link Work} on a server thread: receives a message, delivers it to the
 * endpoint and commits the session, or rolls it back so the provider redelivers. When the endpoint's
 * {@code onMessage} is transacted the delivery runs inside the container's transaction, which decides the outcome
 * through {@link TransactionOutcome}. After {@code maxDeliveryAttempts} a message goes to the dead-letter queue
 * instead (see {@link DeadLetters}).
 */
final class SessionWorker implements Work {

    private static final Logger LOG = Logger.getLogger(SessionWorker.class.getName());
    private static final Method ON_MESSAGE = onMessage();

    private final MessageEndpointFactory factory;
    private final Session session;
    private final MessageConsumer consumer;
    private final DeadLetters deadLetters;
    private final CountDownLatch ended = new CountDownLatch(1);
    private boolean released;
    private boolean started;

    SessionWorker(MessageEndpointFactory factory, Session session, MessageConsumer consumer,
                  ActivationSettings settings) {
        this.factory = factory;
        this.session = session;
        this.consumer = consumer;
        this.deadLetters = new DeadLetters(session, settings);
    }

    private static Method onMessage() {
        try {
            return MessageListener.class.getMethod("onMessage", Message.class);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public void run() {
        synchronized (this) {
            if (released) {
                ended.countDown();
                return;
            }
            started = true;
        }
        MessageEndpoint endpoint = null;
        TransactionOutcome outcome = null;
        try {
            boolean transacted = factory.isDeliveryTransacted(ON_MESSAGE);
            outcome = transacted ? new TransactionOutcome(session) : null;
            endpoint = factory.createEndpoint(outcome);
            while (!isReleased()) {
                Message message = consumer.receive();
                if (message == null) {
                    break;
                }
                if (deadLetters.exhausted(message)) {
                    deadLetters.divert(message);
                } else if (transacted) {
                    deliverInTransaction(endpoint, outcome, message);
                } else {
                    deliver(endpoint, message);
                }
            }
        } catch (UnavailableException e) {
            LOG.log(Level.WARNING, "The message endpoint is unavailable; this session stops delivering", e);
        } catch (JMSException | ResourceException | NoSuchMethodException | RuntimeException e) {
            if (!isReleased()) {
                LOG.log(Level.WARNING, "A mailslot endpoint session stopped delivering", e);
            }
        } finally {
            if (endpoint != null) {
                endpoint.release();
            }
            ended.countDown();
        }
    }

    private void deliver(MessageEndpoint endpoint, Message message) throws JMSException {
        try {
            ((MessageListener) endpoint).onMessage(message);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "onMessage failed; the message is redelivered", e);
            session.rollback();
            return;
        }
        session.commit();
    }

    private void deliverInTransaction(MessageEndpoint endpoint, TransactionOutcome outcome, Message message)
            throws JMSException, ResourceException, NoSuchMethodException {
        outcome.reset();
        boolean failed = false;
        endpoint.beforeDelivery(ON_MESSAGE);
        try {
            ((MessageListener) endpoint).onMessage(message);
        } catch (RuntimeException e) {
            failed = true;
            LOG.log(Level.FINE, "onMessage failed; the transaction rolls back and the message is redelivered", e);
        } finally {
            try {
                endpoint.afterDelivery();
            } catch (ResourceException e) {
                failed = true;
                LOG.log(Level.FINE, "Completing the delivery's transaction failed; the message is redelivered", e);
            }
        }
        // A container that did not enlist the session leaves the outcome to us.
        outcome.settleIfUndecided(!failed);
    }

    /** Stops receiving; the delivery in progress, if any, completes (also the WorkManager's stop request). */
    @Override
    public void release() {
        synchronized (this) {
            released = true;
        }
        try {
            consumer.close();
        } catch (JMSException e) {
            LOG.log(Level.FINE, "Closing a mailslot endpoint consumer failed", e);
        }
    }

    /** Waits until {@link #run()} has returned, or returns at once when the work never started. */
    void awaitEnd() {
        synchronized (this) {
            if (!started) {
                return;
            }
        }
        try {
            ended.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized boolean isReleased() {
        return released;
    }

    @Override
    public String toString() {
        return "mailslot endpoint session on " + consumer;
    }
}
