package org.mailslot.jms.client;

import java.util.Objects;
import org.mailslot.jms.engine.RedeliveryPolicy;
import org.mailslot.jms.message.ObjectBodyPolicy;

/**
 * What the JMS layer of one factory host is configured with (the {@code jms.*} options of
 * {@code docs/configuration.md}).
 *
 * @param computerName       this host's computer name, or {@code "."} for a local-only host
 * @param persistentDelivery what a PERSISTENT send does, since nothing outlives the process (DESIGN §4)
 * @param objectBodyPolicy   which classes an ObjectMessage may deserialise
 * @param queueQuotaBytes    most bytes one queue or subscription holds before sends to it fail (0 = no limit)
 * @param redelivery         redelivery delay, limit and dead-letter queue for messages that keep coming back
 * @param deliveryThreads    most threads that run the sessions' listeners at once, shared by all sessions
 */
public record ProviderSettings(String computerName, PersistentDelivery persistentDelivery,
                               ObjectBodyPolicy objectBodyPolicy, long queueQuotaBytes,
                               RedeliveryPolicy redelivery, int deliveryThreads) {

    /** Eight per core, as Artemis sizes its clients' pool: listeners that block on I/O still leave threads free. */
    public static final int DEFAULT_DELIVERY_THREADS = 8 * Runtime.getRuntime().availableProcessors();

    /** The policy for PERSISTENT sends. */
    public enum PersistentDelivery {
        /** Accept, carry the mode in the header, and log once per factory that nothing survives a restart. */
        ACCEPT,
        /** Refuse the send with a JMSException that says how to send NON_PERSISTENT or use the bridge. */
        REJECT
    }

    /** A local-only host with the default policies and a 64 MiB quota per queue. */
    public static final ProviderSettings LOCAL = new ProviderSettings(".", PersistentDelivery.ACCEPT,
            ObjectBodyPolicy.DEFAULT, 64L << 20, RedeliveryPolicy.DEFAULT, DEFAULT_DELIVERY_THREADS);

    public ProviderSettings {
        Objects.requireNonNull(computerName, "computerName");
        Objects.requireNonNull(persistentDelivery, "persistentDelivery");
        Objects.requireNonNull(objectBodyPolicy, "objectBodyPolicy");
        Objects.requireNonNull(redelivery, "redelivery");
        if (queueQuotaBytes < 0) {
            throw new IllegalArgumentException("queueQuotaBytes must be >= 0, was " + queueQuotaBytes);
        }
        if (deliveryThreads < 1) {
            throw new IllegalArgumentException("deliveryThreads must be at least 1, was " + deliveryThreads);
        }
    }
}
