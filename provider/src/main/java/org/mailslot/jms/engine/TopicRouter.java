package org.mailslot.jms.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The subscriptions of every topic of one host, and the fan-out of a published message to them. Named
 * subscriptions (durable, shared) live until unsubscribed; unnamed and shared non-durable ones go with their last
 * consumer (Jakarta Messaging 3.1 §6.11).
 */
public final class TopicRouter {

    private final Function<String, MessageQueue> queueFactory;
    private final Map<String, List<Subscription>> byTopic = new ConcurrentHashMap<>();
    private final Map<String, Subscription> named = new HashMap<>();

    /** @param queueFactory makes the queue behind a new subscription, given a diagnostic name */
    public TopicRouter(Function<String, MessageQueue> queueFactory) {
        this.queueFactory = queueFactory;
    }

    /** Copies the message into every subscription of the topic that admits it; returns how many took it. */
    public int publish(String topic, QueuedMessage message) {
        List<Subscription> subscriptions = byTopic.get(key(topic));
        if (subscriptions == null) {
            return 0;
        }
        int reached = 0;
        for (Subscription subscription : subscriptions) {
            if (subscription.admits(message) && subscription.queue().offer(message.copy())) {
                reached++;
            }
        }
        return reached;
    }

    /** Whether any subscription listens to the topic now (a publish to none keeps nothing). */
    public boolean hasSubscriptions(String topic) {
        List<Subscription> subscriptions = byTopic.get(key(topic));
        return subscriptions != null && !subscriptions.isEmpty();
    }

    /** A new unshared non-durable subscription with one consumer attached. */
    public synchronized Subscription subscribe(String topic, String selector, Predicate<QueuedMessage> selects,
                                               boolean noLocal, String origin) {
        Subscription subscription = create(Subscription.Kind.NON_DURABLE, topic, null, null, selector, selects,
                noLocal, origin);
        subscription.attach();
        return subscription;
    }

    /**
     * Attaches a consumer to the named subscription, creating it, or replacing it when its topic, selector or
     * noLocal changed and nobody consumes from it (§6.11.1: a changed durable subscription is a new one).
     */
    public synchronized Subscription subscribeNamed(Subscription.Kind kind, String clientId, String name,
                                                    String topic, String selector, Predicate<QueuedMessage> selects,
                                                    boolean noLocal, String origin) throws SubscriptionException {
        if (kind == Subscription.Kind.NON_DURABLE) {
            throw new IllegalArgumentException("unnamed subscriptions are made by subscribe()");
        }
        String key = namedKey(clientId, name);
        Subscription existing = named.get(key);
        if (existing != null) {
            if (existing.kind() != kind) {
                throw new SubscriptionException(SubscriptionException.Kind.CONFLICT, "Subscription \"" + name
                        + "\" already exists as " + describe(existing.kind()) + ", not " + describe(kind)
                        + "; use another subscription name or unsubscribe the existing one first");
            }
            boolean busy = existing.consumers() > 0;
            if (existing.sameDefinition(topic, selector, noLocal)) {
                if (busy && !kind.shared()) {
                    throw new SubscriptionException(SubscriptionException.Kind.IN_USE, "Durable subscription \""
                            + name + "\" already has an active consumer; an unshared durable subscription allows one."
                            + " Close that consumer or use a shared durable subscription");
                }
                existing.attach();
                return existing;
            }
            if (busy) {
                throw new SubscriptionException(SubscriptionException.Kind.IN_USE, "Subscription \"" + name
                        + "\" has active consumers with topic " + existing.topic() + " and selector \""
                        + existing.selector() + "\"; close them before changing its topic, selector or noLocal");
            }
            remove(existing);
        }
        Subscription created = create(kind, topic, name, clientId, selector, selects, noLocal, origin);
        named.put(key, created);
        created.attach();
        return created;
    }

    /** Detaches one consumer; a non-durable subscription disappears with its last consumer. */
    public synchronized void release(Subscription subscription) {
        if (subscription.detach() <= 0 && !subscription.kind().durable()) {
            remove(subscription);
        }
    }

    /** Deletes a durable subscription and its messages (§6.11.1 unsubscribe). */
    public synchronized void unsubscribe(String clientId, String name) throws SubscriptionException {
        Subscription existing = named.get(namedKey(clientId, name));
        if (existing == null || !existing.kind().durable()) {
            throw new SubscriptionException(SubscriptionException.Kind.NOT_FOUND, "No durable subscription named \""
                    + name + "\"" + (clientId == null ? "" : " for client ID \"" + clientId + "\"")
                    + " exists; check the name and the connection's client ID");
        }
        if (existing.consumers() > 0) {
            throw new SubscriptionException(SubscriptionException.Kind.IN_USE, "Durable subscription \"" + name
                    + "\" has an active consumer; close it before unsubscribing");
        }
        remove(existing);
    }

    /** Closes every subscription; used when the host goes away. */
    public synchronized void close() {
        byTopic.values().forEach(list -> list.forEach(s -> s.queue().close()));
        byTopic.clear();
        named.clear();
    }

    private Subscription create(Subscription.Kind kind, String topic, String name, String clientId, String selector,
                                Predicate<QueuedMessage> selects, boolean noLocal, String origin) {
        String queueName = topic + "#" + (name == null ? "anonymous" : name);
        Subscription subscription = new Subscription(kind, topic, name, clientId, selector, noLocal, origin,
                selects, queueFactory.apply(queueName));
        byTopic.computeIfAbsent(key(topic), k -> new CopyOnWriteArrayList<>()).add(subscription);
        return subscription;
    }

    private void remove(Subscription subscription) {
        List<Subscription> list = byTopic.get(key(subscription.topic()));
        if (list != null) {
            list.remove(subscription);
        }
        if (subscription.name() != null) {
            named.remove(namedKey(subscription.clientId(), subscription.name()), subscription);
        }
        subscription.queue().close();
    }

    private static String describe(Subscription.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String key(String topic) {
        return topic.toLowerCase(Locale.ROOT);
    }

    private static String namedKey(String clientId, String name) {
        return (clientId == null ? "" : clientId) + "\u0000" + name;
    }
}
