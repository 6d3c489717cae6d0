package org.mailslot.bridge.artemis;

import java.net.Inet6Address;
import java.util.Set;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/** Builds the embedded broker's Artemis configuration from an {@link EmbeddedBrokerSpec}. */
final class BrokerConfigurationFactory {

    static final String DEAD_LETTER_ADDRESS = "DLQ";
    static final String EXPIRY_ADDRESS = "ExpiryQueue";
    static final String BRIDGE_ROLE = "mailslot-bridge";
    /**
     * Every client protocol on the one TCP port, as Artemis's own default acceptor does: the broker tells them
     * apart by their first bytes, so operators open and document one port, and each client library uses the URL
     * scheme it knows. Naming them keeps a missing protocol module a start failure instead of a silent gap.
     */
    static final String CLIENT_PROTOCOLS = "CORE,AMQP,STOMP,MQTT";
    // How often the broker looks for auto-created addresses to remove (see SlotAddressSettings).
    static final long ADDRESS_SCAN_PERIOD_MS = 5_000;

    private BrokerConfigurationFactory() {
    }

    static Configuration create(EmbeddedBrokerSpec spec, int inVmId) throws Exception {
        ConfigurationImpl config = new ConfigurationImpl();
        config.setName(spec.name());
        config.addAcceptorConfiguration("in-vm", "vm://" + inVmId);
        config.addAcceptorConfiguration("tcp", tcpUrl(spec) + "?protocols=" + CLIENT_PROTOCOLS);
        spec.tls().ifPresent(tls -> config.addAcceptorConfiguration(TlsAcceptors.configuration(spec.tcpHost(), tls)));
        // One line of our own for a client that went away without closing (see QuietArtemisLogging).
        config.registerBrokerPlugin(new ClientDropLog());

        config.setPersistenceEnabled(true);
        // NIO everywhere: libaio is rarely installed and its absence only produces a warning per start.
        config.setJournalType(JournalType.NIO);
        config.setBindingsDirectory(spec.dataDir().resolve("bindings").toString());
        config.setJournalDirectory(spec.dataDir().resolve("journal").toString());
        config.setPagingDirectory(spec.dataDir().resolve("paging").toString());
        config.setLargeMessagesDirectory(spec.dataDir().resolve("large-messages").toString());
        config.setNodeManagerLockDirectory(spec.dataDir().toString());

        config.setIDCacheSize(spec.idCacheSize());
        config.setAddressQueueScanPeriod(ADDRESS_SCAN_PERIOD_MS);
        config.setPersistIDCache(spec.persistIdCache());
        config.setJMXManagementEnabled(true);

        config.setSecurityEnabled(spec.credentials().isPresent());
        // One role with every right: the bridge and the operator's clients are the same trust domain.
        config.putSecurityRoles("#", Set.of(new Role(BRIDGE_ROLE,
                true, true, true, true, true, true, true, true, true, true, true, true)));

        // Every address: dead letters and expired messages have somewhere to go (no AMQ222165/222166).
        AddressSettings all = new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_ADDRESS))
                .setExpiryAddress(SimpleString.of(EXPIRY_ADDRESS));
        config.addAddressSetting("#", all);
        // Ingress addresses appear when the first datagram for a slot arrives; the message's routing type
        // (anycast for unique writes, multicast for group writes) decides what is created.
        AddressSettings ingress = new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_ADDRESS))
                .setExpiryAddress(SimpleString.of(EXPIRY_ADDRESS))
                .setAutoCreateAddresses(true)
                .setAutoCreateQueues(true)
                .setDefaultAddressRoutingType(RoutingType.ANYCAST);
        // The default queue routing type stays Artemis's (multicast): a STOMP subscription with
        // subscription-type MULTICAST takes it for its subscription queue, which would otherwise be anycast and
        // never see a group write.
        config.addAddressSetting(spec.addressPrefix() + ".#", ingress);

        config.addQueueConfiguration(QueueConfiguration.of(DEAD_LETTER_ADDRESS)
                .setAddress(DEAD_LETTER_ADDRESS).setRoutingType(RoutingType.ANYCAST));
        config.addQueueConfiguration(QueueConfiguration.of(EXPIRY_ADDRESS)
                .setAddress(EXPIRY_ADDRESS).setRoutingType(RoutingType.ANYCAST));
        return config;
    }

    static String tcpUrl(EmbeddedBrokerSpec spec) {
        String host = spec.tcpHost().getHostAddress();
        if (spec.tcpHost() instanceof Inet6Address) {
            host = "[" + host + "]";
        }
        return "tcp://" + host + ":" + spec.tcpPort();
    }
}
