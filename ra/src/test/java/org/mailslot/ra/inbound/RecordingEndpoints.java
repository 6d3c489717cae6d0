package org.mailslot.ra.inbound;

import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpoint;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;

/**
 * Endpoints as a container makes them, for tests outside a server: each delivery is recorded with its thread, then
 * handed to {@code behaviour}; a transacted endpoint ends each delivery like a container's transaction does, by
 * committing the enlisted resource, or rolling it back when {@code onMessage} threw.
 */
final class RecordingEndpoints implements MessageEndpointFactory {

    /** One delivery; the count and redelivered flag as they were then (the provider reuses the message object). */
    record Delivery(Message message, String thread, int deliveryCount, boolean redelivered) {
    }

    final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    final List<MessageEndpoint> released = new CopyOnWriteArrayList<>();
    final java.util.concurrent.atomic.AtomicInteger created = new java.util.concurrent.atomic.AtomicInteger();
    private final boolean transacted;
    private final Consumer<Message> behaviour;

    RecordingEndpoints(boolean transacted, Consumer<Message> behaviour) {
        this.transacted = transacted;
        this.behaviour = behaviour;
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource resource) throws UnavailableException {
        return createEndpoint(resource, 0);
    }

    @Override
    public MessageEndpoint createEndpoint(XAResource resource, long timeout) {
        created.incrementAndGet();
        boolean[] failed = new boolean[1];
        return (MessageEndpoint) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MessageEndpoint.class, MessageListener.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "onMessage" -> {
                            Message message = (Message) args[0];
                            deliveries.add(new Delivery(message, Thread.currentThread().getName(),
                                    message.getIntProperty("JMSXDeliveryCount"), message.getJMSRedelivered()));
                            failed[0] = true;
                            behaviour.accept((Message) args[0]);
                            failed[0] = false;
                        }
                        case "afterDelivery" -> end(resource, failed[0]);
                        case "release" -> released.add((MessageEndpoint) proxy);
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        case "toString" -> {
                            return "endpoint";
                        }
                        default -> {
                        }
                    }
                    return null;
                });
    }

    private static void end(XAResource resource, boolean failed) throws XAException {
        if (resource == null) {
            return;
        }
        if (failed) {
            resource.rollback(null);
        } else {
            resource.commit(null, true);
        }
    }

    @Override
    public boolean isDeliveryTransacted(Method method) {
        return transacted;
    }

    @Override
    public String getActivationName() {
        return "test";
    }

    @Override
    public Class<?> getEndpointClass() {
        return MessageListener.class;
    }
}
