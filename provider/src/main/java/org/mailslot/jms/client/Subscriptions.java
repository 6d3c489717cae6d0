package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import jakarta.jms.Topic;
import java.util.function.Predicate;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.mailslot.jms.engine.MessageQueue;
import org.mailslot.jms.engine.QueuedMessage;
import org.mailslot.jms.engine.Subscription;
import org.mailslot.jms.engine.SubscriptionException;

/**
 * Creates a session's consumers: finds or makes the queue or subscription a consumer reads from, under the rules
 * of §6.11 (subscriptions) and §6.14 (temporary destinations).
 */
final class Subscriptions {

    private final MailslotSession session;

    Subscriptions(MailslotSession session) {
        this.session = session;
    }

    MailslotMessageConsumer consumer(MailslotDestination destination, String selectorText, boolean noLocal)
            throws JMSException {
        MessageSelector selector = MessageSelector.parse(selectorText);
        checkTemporaryOwner(destination);
        if (destination.isTopic()) {
            session.runtime().openTopic(destination);
            session.runtime().receiveRaw(destination);
            Subscription subscription = session.runtime().topics().subscribe(ProviderRuntime.key(destination),
                    selector.text(), selects(selector), noLocal, session.connection().id());
            return new MailslotMessageConsumer(session, destination, selector, subscription.queue(), subscription,
                    noLocal);
        }
        MessageQueue queue = queueOf(destination);
        session.runtime().receiveRaw(destination);
        return new MailslotMessageConsumer(session, destination, selector, queue, null, false);
    }

    MailslotMessageConsumer durable(Topic topic, String name, String selectorText, boolean noLocal)
            throws JMSException {
        // The destination is checked before the client ID: a null topic is an InvalidDestinationException.
        Destinations.require(topic);
        String clientId = session.connection().getClientID();
        if (clientId == null) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "An unshared durable subscription needs a client ID"
                    + " (§6.11.1); call Connection.setClientID() first, or use createSharedDurableConsumer()");
        }
        return named(Subscription.Kind.DURABLE, topic, name, selectorText, noLocal);
    }

    MailslotMessageConsumer shared(Topic topic, String name, String selectorText, boolean durable)
            throws JMSException {
        return named(durable ? Subscription.Kind.SHARED_DURABLE : Subscription.Kind.SHARED_NON_DURABLE, topic, name,
                selectorText, false);
    }

    void unsubscribe(String name) throws JMSException {
        requireName(name);
        try {
            session.runtime().topics().unsubscribe(session.connection().getClientID(), name);
        } catch (SubscriptionException e) {
            throw JmsExceptions.toJms(e);
        }
    }

    /** The queue of this host behind a queue destination; remote queues cannot be read (only owners read slots). */
    MessageQueue queueOf(MailslotDestination queue) throws JMSException {
        if (!session.runtime().isHere(queue)) {
            throw JmsExceptions.create(ErrorKind.INVALID_DESTINATION, "Queue " + queue + " belongs to computer "
                    + queue.serverName() + ": a mailslot is read only on the computer that owns it. Consume from"
                    + " the local form \\\\.\\mailslot\\" + queue.slotPath() + " on that computer");
        }
        checkTemporaryOwner(queue);
        return session.runtime().queue(queue);
    }

    private MailslotMessageConsumer named(Subscription.Kind kind, Topic topic, String name, String selectorText,
                                          boolean noLocal) throws JMSException {
        MailslotDestination destination = Destinations.require(topic);
        requireName(name);
        MessageSelector selector = MessageSelector.parse(selectorText);
        String clientId = session.connection().getClientID();
        session.runtime().openTopic(destination);
        session.runtime().receiveRaw(destination);
        try {
            Subscription subscription = session.runtime().topics().subscribeNamed(kind, clientId, name,
                    ProviderRuntime.key(destination), selector.text(), selects(selector), noLocal,
                    session.connection().id());
            return new MailslotMessageConsumer(session, destination, selector, subscription.queue(), subscription,
                    noLocal);
        } catch (SubscriptionException e) {
            throw JmsExceptions.toJms(e);
        }
    }

    private void checkTemporaryOwner(MailslotDestination destination) throws JMSException {
        if (destination.isTemporary() && !session.connection().owns(destination)) {
            throw JmsExceptions.create(ErrorKind.INVALID_DESTINATION, "Temporary destination " + destination
                    + " belongs to another connection; only the connection that created it may consume from it"
                    + " (§6.14)");
        }
    }

    private static void requireName(String name) throws JMSException {
        if (name == null || name.isBlank()) {
            throw JmsExceptions.create(ErrorKind.INVALID_DESTINATION, "A subscription name must not be null or"
                    + " blank");
        }
    }

    private static Predicate<QueuedMessage> selects(MessageSelector selector) {
        return selector.selectsAll() ? m -> true : m -> selector.matches(m.message());
    }
}
