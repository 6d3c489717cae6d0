package org.mailslot.jms.engine;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A topic subscription: its own queue, fed with a copy of every message published to the topic that its selector
 * (and noLocal) admits. Durable and shared subscriptions are named; an unshared non-durable one is not.
 */
public final class Subscription {

    /** The four kinds of subscription Jakarta Messaging 3.1 §6.11 defines. */
    public enum Kind {
        NON_DURABLE, SHARED_NON_DURABLE, DURABLE, SHARED_DURABLE;

        public boolean durable() {
            return this == DURABLE || this == SHARED_DURABLE;
        }

        public boolean shared() {
            return this == SHARED_NON_DURABLE || this == SHARED_DURABLE;
        }
    }

    private final Kind kind;
    private final String topic;
    private final String name;
    private final String clientId;
    private final String selector;
    private final boolean noLocal;
    private final String localOrigin;
    private final MessageQueue queue;
    private final Selection selection;
    private int consumers;

    Subscription(Kind kind, String topic, String name, String clientId, String selector, boolean noLocal,
                 String localOrigin, Predicate<QueuedMessage> selects, MessageQueue queue) {
        this.kind = kind;
        this.topic = topic;
        this.name = name;
        this.clientId = clientId;
        this.selector = selector == null ? "" : selector;
        this.noLocal = noLocal;
        this.localOrigin = localOrigin;
        this.queue = queue;
        this.selection = selector == null || selector.isBlank() ? Selection.ALL : Selection.discarding(selects);
    }

    public Kind kind() {
        return kind;
    }

    public String topic() {
        return topic;
    }

    /** The subscription name; null for an unshared non-durable subscription. */
    public String name() {
        return name;
    }

    public String clientId() {
        return clientId;
    }

    public String selector() {
        return selector;
    }

    public boolean noLocal() {
        return noLocal;
    }

    public MessageQueue queue() {
        return queue;
    }

    /** Whether a message published to the topic enters this subscription: noLocal only (see {@link #selection}). */
    boolean admits(QueuedMessage message) {
        // The client ID counts only for a durable subscription (§6.11.1); a non-durable one compares connections.
        if (noLocal && message.origin() != null
                && message.origin().isLocalTo(localOrigin, kind.durable() ? clientId : null)) {
            return false;
        }
        return true;
    }

    /**
     * What the subscription's consumers take: the selector, evaluated by them rather than by the publisher (the
     * host's reader thread for remote messages), discarding what it rejects.
     */
    public Selection selection() {
        return selection;
    }

    boolean sameDefinition(String otherTopic, String otherSelector, boolean otherNoLocal) {
        return topic.equalsIgnoreCase(otherTopic)
                && selector.equals(otherSelector == null ? "" : otherSelector)
                && noLocal == otherNoLocal;
    }

    synchronized int consumers() {
        return consumers;
    }

    synchronized void attach() {
        consumers++;
    }

    /** Returns the number of consumers left. */
    synchronized int detach() {
        return --consumers;
    }

    @Override
    public String toString() {
        return "Subscription[" + kind + " " + Objects.requireNonNullElse(name, "-") + " on " + topic + "]";
    }
}
