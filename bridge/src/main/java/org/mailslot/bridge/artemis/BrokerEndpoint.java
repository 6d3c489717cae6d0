package org.mailslot.bridge.artemis;

import java.util.Objects;
import java.util.Optional;
import org.mailslot.bridge.config.BrokerCredentials;

/** A broker to connect to: an Artemis core URL ({@code vm://N}, {@code tcp://host:port}) and credentials. */
public record BrokerEndpoint(String url, Optional<BrokerCredentials> credentials) {

    public BrokerEndpoint {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(credentials, "credentials");
    }

    @Override
    public String toString() {
        return url + credentials.map(c -> " as " + c.user()).orElse(" (anonymous)");
    }
}
