package org.mailslot.jms.client;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a PERSISTENT send does on a host that keeps nothing across a restart (DESIGN §4, {@code
 * jms.persistentDelivery}): refused, or accepted with one log line per factory.
 */
final class PersistentDeliveryPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(PersistentDeliveryPolicy.class);

    private final ProviderSettings.PersistentDelivery mode;
    private final AtomicBoolean noted = new AtomicBoolean();

    PersistentDeliveryPolicy(ProviderSettings.PersistentDelivery mode) {
        this.mode = mode;
    }

    /** Applies the policy to one send. */
    void check(int deliveryMode) throws JMSException {
        if (deliveryMode != DeliveryMode.PERSISTENT) {
            return;
        }
        if (mode == ProviderSettings.PersistentDelivery.REJECT) {
            throw JmsExceptions.create(ErrorKind.GENERAL, "PERSISTENT delivery was refused: mailslots keep"
                    + " nothing across a restart and jms.persistentDelivery=reject. Send with"
                    + " DeliveryMode.NON_PERSISTENT, or route through mailslot-bridge into Artemis for durability");
        }
        if (noted.compareAndSet(false, true)) {
            LOG.info("PERSISTENT messages are accepted but held in memory only: nothing survives a restart of this"
                    + " process (jms.persistentDelivery=accept). Use mailslot-bridge and Artemis for durable delivery.");
        }
    }
}
