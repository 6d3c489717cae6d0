package org.mailslot.bridge.artemis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQExceptionType;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.SessionFailureListener;
import org.apache.activemq.artemis.core.message.impl.CoreMessage;
import org.mailslot.bridge.mapping.IngressMessage;

/**
 * One live connection to the broker: session and anonymous producer, opened from the publisher's long-lived
 * {@link BrokerConnector}. A lost connection surfaces at once ({@link #isLost()}) and {@link BrokerPublisher}
 * decides when to try again. With the bridge's own embedded broker, messages are still built with the session but
 * routed straight into the broker ({@link LocalRoute}), and are in the broker when {@link #send} returns. To a
 * remote broker sends are asynchronous: each stays {@linkplain #takeUnconfirmed() unconfirmed} until the broker
 * confirms it through the confirmation window, and only then counts as forwarded.
 */
final class BrokerLink implements AutoCloseable {

    /** Told of each message the broker confirmed (in send order). */
    @FunctionalInterface
    interface Confirmations {
        void confirmed(int messages);
    }

    private final ClientSession session;
    private final ClientProducer producer;
    private final boolean durable;
    private final LocalRoute localRoute;
    private final Confirmations confirmations;
    // Sent to a remote broker and not yet confirmed, oldest first; guarded by itself (the publisher thread adds,
    // Artemis's remoting thread removes).
    private final ArrayDeque<IngressMessage> unconfirmed = new ArrayDeque<>();
    private boolean closed;
    private volatile boolean lost;

    private BrokerLink(ClientSession session, ClientProducer producer, boolean durable, LocalRoute localRoute,
                       Confirmations confirmations) {
        this.session = session;
        this.producer = producer;
        this.durable = durable;
        this.localRoute = localRoute;
        this.confirmations = confirmations;
    }

    static BrokerLink open(BrokerConnector connector, boolean durable, Confirmations confirmations)
            throws Exception {
        ClientSession session = connector.openSession();
        try {
            LocalRoute localRoute = connector.endpoint().local()
                    .map(server -> new LocalRoute(server, durable, BrokerConnector.CALL_TIMEOUT_MS)).orElse(null);
            BrokerLink link = new BrokerLink(session, session.createProducer(), durable, localRoute, confirmations);
            session.addFailureListener(link.failureListener());
            if (localRoute == null) {
                session.setSendAcknowledgementHandler(message -> link.confirmOne());
            }
            return link;
        } catch (Exception e) {
            session.getSessionFactory().close();
            throw e;
        }
    }

    private SessionFailureListener failureListener() {
        return new SessionFailureListener() {
            @Override
            public void beforeReconnect(ActiveMQException exception) {
                lost = true;
            }

            @Override
            public void connectionFailed(ActiveMQException exception, boolean failedOver) {
                lost = true;
            }

            @Override
            public void connectionFailed(ActiveMQException exception, boolean failedOver, String scaleDownTargetNodeID) {
                lost = true;
            }
        };
    }

    private void confirmOne() {
        synchronized (unconfirmed) {
            if (closed || unconfirmed.pollFirst() == null) {
                return;
            }
        }
        confirmations.confirmed(1);
    }

    boolean isLost() {
        return lost || session.isClosed() || (localRoute != null && !localRoute.isActive());
    }

    /** Whether {@link #send} returning means forwarded (embedded broker) rather than awaiting confirmation. */
    boolean confirmsOnReturn() {
        return localRoute != null;
    }

    void send(IngressMessage message) throws ActiveMQException {
        ClientMessage out = MessageWriter.write(session, message, durable);
        if (localRoute != null) {
            localRoute.route(MessageWriter.address(message), (CoreMessage) out);
            return;
        }
        synchronized (unconfirmed) {
            unconfirmed.addLast(message);
        }
        try {
            producer.send(MessageWriter.address(message), out);
        } catch (ActiveMQException | RuntimeException e) {
            synchronized (unconfirmed) {
                unconfirmed.pollLast();
            }
            throw e;
        }
    }

    /** The broker node this link is connected to, for the log. */
    String node() {
        var connection = session.getSessionFactory().getConnection();
        return connection == null ? "?" : connection.getRemoteAddress();
    }

    /** Messages sent but not confirmed (yet). */
    int unconfirmed() {
        synchronized (unconfirmed) {
            return unconfirmed.size();
        }
    }

    /**
     * Ends confirmation counting and returns, oldest first, what the broker never confirmed: after a failure
     * these are sent again on the next connection.
     */
    List<IngressMessage> takeUnconfirmed() {
        synchronized (unconfirmed) {
            closed = true;
            List<IngressMessage> left = new ArrayList<>(unconfirmed);
            unconfirmed.clear();
            return left;
        }
    }

    /** Whether a send failure means the connection is gone (retry later) rather than a refusal of the message. */
    static boolean isConnectionFailure(ActiveMQException e) {
        ActiveMQExceptionType type = e.getType();
        return type == ActiveMQExceptionType.NOT_CONNECTED
                || type == ActiveMQExceptionType.CONNECTION_TIMEDOUT
                || type == ActiveMQExceptionType.DISCONNECTED
                || type == ActiveMQExceptionType.REMOTE_DISCONNECT
                || type == ActiveMQExceptionType.OBJECT_CLOSED
                || type == ActiveMQExceptionType.SHUTDOWN_ERROR
                || type == ActiveMQExceptionType.UNBLOCKED;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (ActiveMQException e) {
            // The connection is usually already gone when a link is closed; nothing left to release.
        }
        session.getSessionFactory().close();
    }
}
