package org.mailslot.bridge.artemis;

import java.util.Objects;
import java.util.Optional;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.mailslot.bridge.config.BrokerCredentials;

/**
 * A broker to connect to: an Artemis core URL ({@code vm://N}, {@code tcp://host:port}) and credentials, and for
 * the bridge's own embedded broker the broker itself, into which ingress is routed directly ({@link LocalRoute}).
 */
public record BrokerEndpoint(String url, Optional<BrokerCredentials> credentials, Optional<ActiveMQServer> local) {

    public BrokerEndpoint {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(local, "local");
    }

    /** A broker reached only through its URL (a remote one). */
    public BrokerEndpoint(String url, Optional<BrokerCredentials> credentials) {
        this(url, credentials, Optional.empty());
    }

    @Override
    public String toString() {
        return url + credentials.map(c -> " as " + c.user()).orElse(" (anonymous)");
    }
}
