package org.mailslot.bridge.artemis;

import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;

/**
 * One long-lived Artemis {@link ServerLocator} for one link (a publisher or the egress consumer), from which each
 * reconnect opens a new session. The locator outlives connections on purpose: it keeps the cluster topology the
 * broker announced (other members, the backup of a primary/backup pair), so after a node dies the next session
 * goes to a node that is alive even when the URL named only the dead one. Artemis's own reconnection is off: a
 * failed connection surfaces at once and the link decides when to try again, with its buffer bounded meanwhile
 * and stoppable at any moment (Artemis's reconnect loop blocks sends and closes for its call timeout).
 */
public final class BrokerConnector implements AutoCloseable {

    // Short client timeouts: a dead broker must be noticed in seconds, not in Artemis's default 30 s.
    static final long CALL_TIMEOUT_MS = 5_000;
    private static final long FAILURE_CHECK_PERIOD_MS = 1_000;
    private static final long CONNECTION_TTL_MS = 5_000;
    private static final int PRODUCER_WINDOW_BYTES = 1 << 20;
    // The broker confirms sends in batches of this many bytes; what it has not confirmed yet is resent after a
    // failover (duplicate detection makes a second copy harmless on the node that has the first).
    private static final int CONFIRMATION_WINDOW_BYTES = 1 << 20;

    private final BrokerEndpoint endpoint;
    private final ServerLocator locator;

    private BrokerConnector(BrokerEndpoint endpoint, ServerLocator locator) {
        this.endpoint = endpoint;
        this.locator = locator;
    }

    /**
     * @param confirmed sends are asynchronous and confirmed through the confirmation window (remote brokers);
     *                  otherwise durable sends block until the journal has them and non-durable ones stream
     * @throws Exception if the URL is not one Artemis can parse
     */
    public static BrokerConnector create(BrokerEndpoint endpoint, boolean confirmed) throws Exception {
        ServerLocator locator = ActiveMQClient.createServerLocator(endpoint.url())
                .setReconnectAttempts(0)
                .setInitialConnectAttempts(1)
                .setCallTimeout(CALL_TIMEOUT_MS)
                .setCallFailoverTimeout(CALL_TIMEOUT_MS)
                .setClientFailureCheckPeriod(FAILURE_CHECK_PERIOD_MS)
                .setConnectionTTL(CONNECTION_TTL_MS)
                // Streamed sends stop whenever the producer's credits run out until the broker grants more; a
                // larger window (1 MiB, a few thousand datagrams) means fewer such pauses under a burst.
                .setProducerWindowSize(PRODUCER_WINDOW_BYTES)
                .setBlockOnNonDurableSend(false)
                .setBlockOnDurableSend(!confirmed);
        if (confirmed) {
            locator.setConfirmationWindowSize(CONFIRMATION_WINDOW_BYTES);
        }
        return new BrokerConnector(endpoint, locator);
    }

    /** A new connection and session (auto-commit sends and acknowledgements), or an exception saying why not. */
    public ClientSession openSession() throws Exception {
        ClientSessionFactory factory = locator.createSessionFactory();
        try {
            ClientSession session = factory.createSession(
                    endpoint.credentials().map(c -> c.user()).orElse(null),
                    endpoint.credentials().map(c -> c.password()).orElse(null),
                    false, true, true, false, locator.getAckBatchSize());
            // The session owns its factory: closing the session's factory closes the connection with it.
            return session;
        } catch (Exception e) {
            factory.close();
            throw e;
        }
    }

    BrokerEndpoint endpoint() {
        return endpoint;
    }

    /** Closes every connection the locator opened; a send or close blocked on a dead connection returns. */
    @Override
    public void close() {
        locator.close();
    }
}
