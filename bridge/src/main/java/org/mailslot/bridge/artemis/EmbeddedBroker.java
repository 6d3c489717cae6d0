package org.mailslot.bridge.artemis;

import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;
import org.mailslot.bridge.config.BrokerCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Artemis broker the bridge embeds: an in-VM acceptor for the bridge itself and a TCP acceptor for outside
 * clients (every protocol on the classpath; core at least), persistence on, one authenticated user.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    // Each broker in a JVM needs its own in-VM acceptor id; a restarted broker simply takes a new one.
    private static final AtomicInteger NEXT_IN_VM_ID = new AtomicInteger(100);

    private final EmbeddedBrokerSpec spec;
    private final int inVmId;
    private final EmbeddedActiveMQ server;

    private EmbeddedBroker(EmbeddedBrokerSpec spec, int inVmId, EmbeddedActiveMQ server) {
        this.spec = spec;
        this.inVmId = inVmId;
        this.server = server;
    }

    /**
     * Starts a broker; returns once both acceptors accept connections.
     *
     * @throws BrokerStartException if Artemis cannot start (port taken, data directory locked or unwritable)
     */
    public static EmbeddedBroker start(EmbeddedBrokerSpec spec) {
        int inVmId = NEXT_IN_VM_ID.getAndIncrement();
        EmbeddedActiveMQ server = new EmbeddedActiveMQ();
        try {
            server.setConfiguration(BrokerConfigurationFactory.create(spec, inVmId));
            server.setMbeanServer(ManagementFactory.getPlatformMBeanServer());
            SecurityConfiguration users = new SecurityConfiguration();
            spec.credentials().ifPresent(c -> {
                users.addUser(c.user(), c.password());
                users.addRole(c.user(), BrokerConfigurationFactory.BRIDGE_ROLE);
            });
            server.setSecurityManager(new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users));
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw new BrokerStartException("cannot start the embedded broker (TCP " + tcpUrlOf(spec) + ", data "
                    + spec.dataDir().toAbsolutePath() + "): " + e.getMessage(), e);
        }
        if (!server.getActiveMQServer().isActive()) {
            stopQuietly(server);
            throw new BrokerStartException("the embedded broker started but is not active; is another broker"
                    + " using the data directory " + spec.dataDir().toAbsolutePath() + "?", null);
        }
        LOG.info("Embedded Artemis broker '{}' started: clients connect to {} ({}), data in {}", spec.name(),
                tcpUrlOf(spec), spec.credentials().isPresent() ? "authentication required" : "anonymous, loopback",
                spec.dataDir().toAbsolutePath());
        return new EmbeddedBroker(spec, inVmId, server);
    }

    private static String tcpUrlOf(EmbeddedBrokerSpec spec) {
        return BrokerConfigurationFactory.tcpUrl(spec);
    }

    /** How the bridge reaches this broker: the in-VM URL, these credentials, and the broker for direct routing. */
    public BrokerEndpoint endpoint() {
        return new BrokerEndpoint(inVmUrl(), credentials(), Optional.of(server.getActiveMQServer()));
    }

    /** The in-VM URL the bridge itself connects with. */
    public String inVmUrl() {
        return "vm://" + inVmId;
    }

    /** The TCP URL outside clients connect with, e.g. {@code tcp://127.0.0.1:61616}. */
    public String tcpUrl() {
        return tcpUrlOf(spec);
    }

    public Optional<BrokerCredentials> credentials() {
        return spec.credentials();
    }

    @Override
    public void close() {
        stopQuietly(server);
        LOG.info("Embedded Artemis broker '{}' stopped", spec.name());
    }

    private static void stopQuietly(EmbeddedActiveMQ server) {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("Stopping the embedded broker failed: {}", e.toString());
        }
    }
}
