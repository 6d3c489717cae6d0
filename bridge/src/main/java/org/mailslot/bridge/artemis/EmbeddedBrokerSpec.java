package org.mailslot.bridge.artemis;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.mailslot.bridge.config.BridgeSettings;
import org.mailslot.bridge.config.BrokerCredentials;
import org.mailslot.bridge.config.TlsAcceptor;

/**
 * What the embedded broker is built from.
 *
 * @param name          broker name (JMX {@code broker=} key; unique per JVM)
 * @param tcpHost       address of the TCP acceptor for outside clients
 * @param tcpPort       its port
 * @param dataDir       journal, bindings, paging and large-message directories go under it
 * @param credentials   the one user; empty = security off (only allowed on a loopback acceptor)
 * @param idCacheSize   duplicate-detection ids remembered per address
 * @param persistIdCache keep duplicate-detection ids in the journal (worth it only for durable traffic)
 * @param addressPrefix ingress addresses ({@code <prefix>.#}) auto-create
 * @param tls           a TLS acceptor on {@code tcpHost} besides the plain one; empty = none
 */
public record EmbeddedBrokerSpec(String name, InetAddress tcpHost, int tcpPort, Path dataDir,
                                 Optional<BrokerCredentials> credentials, int idCacheSize, boolean persistIdCache,
                                 String addressPrefix, Optional<TlsAcceptor> tls) {

    /**
     * Duplicate-detection ids kept per address for the bridge: its ids are unique per datagram and only catch a
     * message sent again after a lost connection (at most a batch), and the broker allocates the whole cache for
     * every address, so a small one keeps each slot cheap.
     */
    public static final int RESEND_ID_CACHE = 2048;

    public EmbeddedBrokerSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(tcpHost, "tcpHost");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(addressPrefix, "addressPrefix");
        Objects.requireNonNull(tls, "tls");
        if (credentials.isEmpty() && !tcpHost.isLoopbackAddress()) {
            throw new IllegalArgumentException("refusing anonymous access on " + tcpHost.getHostAddress()
                    + ": the TCP acceptor is not on a loopback address; configure credentials");
        }
    }

    /** A spec without a TLS acceptor. */
    public EmbeddedBrokerSpec(String name, InetAddress tcpHost, int tcpPort, Path dataDir,
                              Optional<BrokerCredentials> credentials, int idCacheSize, boolean persistIdCache,
                              String addressPrefix) {
        this(name, tcpHost, tcpPort, dataDir, credentials, idCacheSize, persistIdCache, addressPrefix,
                Optional.empty());
    }

    /** The spec for the bridge's settings; {@code credentials} are the configured or generated ones. */
    public static EmbeddedBrokerSpec from(BridgeSettings settings, Optional<BrokerCredentials> credentials) {
        return new EmbeddedBrokerSpec("mailslot-bridge", settings.tcpHost(), settings.tcpPort(), settings.dataDir(),
                credentials, RESEND_ID_CACHE, settings.durable(), settings.addressPrefix(), settings.tls());
    }
}
