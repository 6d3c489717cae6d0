package org.mailslot.bridge.artemis;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.buffer.UnpooledHeapByteBuf;
import java.util.EnumSet;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQExceptionType;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.message.impl.CoreMessage;
import org.apache.activemq.artemis.core.postoffice.Binding;
import org.apache.activemq.artemis.core.postoffice.impl.LocalQueueBinding;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.impl.AddressInfo;
import org.apache.activemq.artemis.core.server.impl.RoutingContextImpl;

/**
 * Puts ingress messages straight into the post office of the bridge's own embedded broker, on the publisher's
 * thread, instead of sending them through the in-VM connector.
 *
 * <p>Why: per-thread CPU showed the in-VM client and the broker's remoting threads handing each message over
 * twice, about a third of the broker side's work per datagram. Routing directly does what the broker does for a
 * core client's send and nothing less: the message is the broker's own decoding of the client's encoding, gets a
 * broker message id, goes through duplicate detection, paging and the address's queues, and its address and
 * queue are created as the ingress address settings would auto-create them (anycast: a queue named as the
 * address; multicast: the address only). A durable message is acknowledged only once the journal has it. What
 * it skips is the broker's security check, which guards clients, not the broker's owner.
 */
final class LocalRoute {

    private final ActiveMQServer server;
    private final boolean durable;
    private final long journalTimeoutMillis;

    LocalRoute(ActiveMQServer server, boolean durable, long journalTimeoutMillis) {
        this.server = server;
        this.durable = durable;
        this.journalTimeoutMillis = journalTimeoutMillis;
    }

    boolean isActive() {
        return server.isActive();
    }

    /**
     * Routes a message built with the core client API to {@code address}.
     *
     * @throws ActiveMQException CONNECTION_TIMEDOUT when a durable message is not in the journal in time (the caller
     *                           retries, duplicate detection drops a second copy), another type when the broker
     *                           refuses the message
     */
    void route(SimpleString address, CoreMessage clientMessage) throws ActiveMQException {
        CoreMessage message = asReceived(clientMessage);
        message.setAddress(address);
        message.setMessageID(server.getStorageManager().generateID());
        RoutingType routing = message.getRoutingType();
        try {
            ensureRoutable(address, routing);
            // The routing type goes in the context too: an address with both types must route a unique write to its
            // anycast queue only and a group write to its multicast subscriptions only.
            RoutingContextImpl context = new RoutingContextImpl(null);
            context.setAddress(address);
            server.getPostOffice().route(message, context.setRoutingType(routing), false);
            if (durable && !server.getStorageManager().waitOnOperations(journalTimeoutMillis)) {
                throw new ActiveMQException(ActiveMQExceptionType.CONNECTION_TIMEDOUT, "the journal did not confirm a"
                        + " durable message for " + address + " within " + journalTimeoutMillis + " ms");
            }
        } catch (ActiveMQException e) {
            throw e;
        } catch (Exception e) {
            throw new ActiveMQException(ActiveMQExceptionType.INTERNAL_ERROR, "the broker did not route a message for "
                    + address + ": " + e, e);
        }
    }

    /** The message as the broker decodes it from a client's send, so it is the broker's kind of message. */
    private static CoreMessage asReceived(CoreMessage clientMessage) {
        // A plain heap buffer that may grow (the broker re-encodes the message after giving it an id): the message
        // keeps it until garbage collection, so it must not be one that Netty tracks for an explicit release (it
        // would report a leak) or counts in its allocator's metrics.
        ByteBuf encoded = new UnpooledHeapByteBuf(UnpooledByteBufAllocator.DEFAULT, clientMessage.getEncodeSize(),
                Integer.MAX_VALUE);
        clientMessage.sendBuffer(encoded, 0);
        CoreMessage received = new CoreMessage();
        received.receiveBuffer(encoded);
        return received;
    }

    private void ensureRoutable(SimpleString address, RoutingType routing) throws Exception {
        boolean anycast = routing == RoutingType.ANYCAST;
        // The common case first: the anycast queue named as the address, or a multicast address, already exists.
        if (anycast ? isAnycast(server.locateQueue(address)) : hasRouting(address, routing)) {
            return;
        }
        AddressInfo existing = server.getAddressInfo(address);
        if (existing == null) {
            server.addAddressInfo(new AddressInfo(address, routing).setAutoCreated(true));
        } else if (!existing.getRoutingTypes().contains(routing)) {
            EnumSet<RoutingType> both = EnumSet.copyOf(existing.getRoutingTypes());
            both.add(routing);
            server.updateAddressInfo(address, both);
        }
        if (anycast && !hasAnycastQueue(address)) {
            server.createQueue(QueueConfiguration.of(address).setAddress(address).setRoutingType(RoutingType.ANYCAST)
                    .setAutoCreated(true), true);
        }
    }

    /** Whether any anycast queue is bound to the address (an operator may have made one with another name). */
    private boolean hasAnycastQueue(SimpleString address) throws Exception {
        for (Binding binding : server.getPostOffice().getBindingsForAddress(address).getBindings()) {
            if (binding instanceof LocalQueueBinding queue && isAnycast(queue.getQueue())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAnycast(Queue queue) {
        return queue != null && queue.getRoutingType() == RoutingType.ANYCAST;
    }

    private boolean hasRouting(SimpleString address, RoutingType routing) {
        AddressInfo info = server.getAddressInfo(address);
        return info != null && info.getRoutingTypes().contains(routing);
    }
}
