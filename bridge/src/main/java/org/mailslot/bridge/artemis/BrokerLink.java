package org.mailslot.bridge.artemis;

import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.ActiveMQExceptionType;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.client.SessionFailureListener;
import org.apache.activemq.artemis.core.message.impl.CoreMessage;
import org.mailslot.bridge.mapping.IngressMessage;

/**
 * One live connection to the broker: session and anonymous producer. Artemis's own reconnection is off, so a
 * lost connection surfaces at once ({@link #isLost()}) and {@link BrokerPublisher} decides when to try again.
 * With the bridge's own embedded broker, messages are still built with the session but routed straight into the
 * broker ({@link LocalRoute}).
 */
final class BrokerLink implements AutoCloseable {

    // Short client timeouts: a dead broker must be noticed in seconds, not in Artemis's default 30 s.
    private static final long CALL_TIMEOUT_MS = 5_000;
    private static final long FAILURE_CHECK_PERIOD_MS = 1_000;
    private static final long CONNECTION_TTL_MS = 5_000;
    private static final int PRODUCER_WINDOW_BYTES = 1 << 20;

    private final ServerLocator locator;
    private final ClientSessionFactory factory;
    private final ClientSession session;
    private final ClientProducer producer;
    private final boolean durable;
    private final LocalRoute localRoute;
    private volatile boolean lost;

    private BrokerLink(ServerLocator locator, ClientSessionFactory factory, ClientSession session,
                       ClientProducer producer, boolean durable, LocalRoute localRoute) {
        this.locator = locator;
        this.factory = factory;
        this.session = session;
        this.producer = producer;
        this.durable = durable;
        this.localRoute = localRoute;
    }

    static BrokerLink open(BrokerEndpoint endpoint, boolean durable) throws Exception {
        ServerLocator locator = ActiveMQClient.createServerLocator(endpoint.url())
                .setReconnectAttempts(0)
                .setInitialConnectAttempts(1)
                .setCallTimeout(CALL_TIMEOUT_MS)
                .setClientFailureCheckPeriod(FAILURE_CHECK_PERIOD_MS)
                .setConnectionTTL(CONNECTION_TTL_MS)
                // Durable messages wait for the broker's journal, so what was accepted is on disk; non-durable
                // ones stream (datagrams are at-most-once anyway, and streaming keeps up with the UDP reader).
                .setBlockOnDurableSend(true)
                .setBlockOnNonDurableSend(false)
                // Streamed sends stop whenever the producer's credits run out until the broker grants more; a
                // larger window (1 MiB, a few thousand datagrams) means fewer such pauses under a burst.
                .setProducerWindowSize(PRODUCER_WINDOW_BYTES);
        ClientSessionFactory factory = null;
        try {
            factory = locator.createSessionFactory();
            String user = endpoint.credentials().map(c -> c.user()).orElse(null);
            String password = endpoint.credentials().map(c -> c.password()).orElse(null);
            ClientSession session = factory.createSession(user, password, false, true, true, false,
                    locator.getAckBatchSize());
            LocalRoute localRoute = endpoint.local().map(server -> new LocalRoute(server, durable, CALL_TIMEOUT_MS))
                    .orElse(null);
            BrokerLink link = new BrokerLink(locator, factory, session, session.createProducer(), durable, localRoute);
            session.addFailureListener(link.failureListener());
            return link;
        } catch (Exception e) {
            if (factory != null) {
                factory.close();
            }
            locator.close();
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

    boolean isLost() {
        return lost || session.isClosed() || factory.isClosed() || (localRoute != null && !localRoute.isActive());
    }

    void send(IngressMessage message) throws ActiveMQException {
        ClientMessage out = MessageWriter.write(session, message, durable);
        if (localRoute != null) {
            localRoute.route(MessageWriter.address(message), (CoreMessage) out);
        } else {
            producer.send(MessageWriter.address(message), out);
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
        factory.close();
        locator.close();
    }
}
