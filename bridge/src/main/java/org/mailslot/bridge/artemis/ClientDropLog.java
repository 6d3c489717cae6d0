package org.mailslot.bridge.artemis;

import java.util.List;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.core.remoting.FailureListener;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.ServerSession;
import org.apache.activemq.artemis.core.server.plugin.ActiveMQServerConnectionPlugin;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INFO line for a broker client that went away without closing (a killed consumer, a dropped network): who it
 * was and how many sessions the broker cleans up after it. Artemis itself logs two WARN lines per session for this
 * (AMQ222061, AMQ222107); the launchers leave those out ({@code org.mailslot.bridge.cli.QuietArtemisLogging}),
 * because a dropped client is normal operation, not something for an operator to act on.
 *
 * <p>A broker plugin: it puts a failure listener on every client connection as the connection is created, so the
 * listener runs before the sessions' own (which close them) and still sees them. A client that closes normally
 * never fails its connection and is not logged, nor is a connection without sessions (nothing to clean up: the
 * bridge's own in-VM links end that way at shutdown). Thread-safe.
 */
final class ClientDropLog implements ActiveMQServerConnectionPlugin {

    private static final Logger LOG = LoggerFactory.getLogger(ClientDropLog.class);

    private volatile ActiveMQServer server;

    @Override
    public void registered(ActiveMQServer registeredOn) {
        this.server = registeredOn;
    }

    @Override
    public void afterCreateConnection(RemotingConnection connection) {
        connection.addFailureListener(new FailureListener() {
            @Override
            public void connectionFailed(ActiveMQException cause, boolean failedOver) {
                failed(connection, cause);
            }

            @Override
            public void connectionFailed(ActiveMQException cause, boolean failedOver, String scaleDownTarget) {
                failed(connection, cause);
            }
        });
    }

    private void failed(RemotingConnection connection, ActiveMQException cause) {
        ActiveMQServer broker = server;
        // A stopping broker fails its connections itself: that is no client going away.
        if (broker == null || !broker.isActive()) {
            return;
        }
        List<ServerSession> sessions = broker.getSessions(connection.getID().toString());
        // Nothing to clean up, nothing Artemis would have warned about (the bridge's own in-VM links end this way).
        if (sessions.isEmpty()) {
            return;
        }
        String reason = cause == null || cause.getMessage() == null || cause.getMessage().isBlank() ? ""
                : " (" + cause.getMessage() + ")";
        String user = sessions.stream().map(ServerSession::getValidatedUser).filter(u -> u != null).findFirst()
                .map(u -> ", user " + u).orElse("");
        LOG.info("Broker client {}{} ({}) went away without closing{}; its {} {} cleaned up",
                connection.getRemoteAddress(), user, connection.getProtocolName(), reason,
                sessions.size(), sessions.size() == 1 ? "session is" : "sessions are");
    }
}
