package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import java.util.Objects;
import org.mailslot.jms.message.ObjectBodyPolicy;

/**
 * What one factory decides for its own connections, whatever network they join: what a PERSISTENT send does
 * ({@code jms.persistentDelivery}) and which classes its ObjectMessages may deserialise
 * ({@code jms.deserializationAllowList}). Local factories that differ only in these still share one in-JVM
 * network, and each applies its own policy to what it sends and receives.
 */
public final class FactoryPolicies {

    private final PersistentDeliveryPolicy persistence;
    private final ObjectBodyPolicy objectBodies;

    /**
     * @param persistentDelivery what a PERSISTENT send through this factory does
     * @param objectBodies       which classes ObjectMessages this factory creates or receives may deserialise
     */
    public FactoryPolicies(ProviderSettings.PersistentDelivery persistentDelivery, ObjectBodyPolicy objectBodies) {
        this.persistence = new PersistentDeliveryPolicy(Objects.requireNonNull(persistentDelivery));
        this.objectBodies = Objects.requireNonNull(objectBodies);
    }

    /** The policies of the settings a runtime was started with. */
    public static FactoryPolicies of(ProviderSettings settings) {
        return new FactoryPolicies(settings.persistentDelivery(), settings.objectBodyPolicy());
    }

    /** Applies the persistent-delivery policy to one send. */
    void checkDeliveryMode(int deliveryMode) throws JMSException {
        persistence.check(deliveryMode);
    }

    ObjectBodyPolicy objectBodies() {
        return objectBodies;
    }
}
