package org.mailslot.raitests.app;

import jakarta.jms.JMSConnectionFactoryDefinition;

/** The pooled connection factory, defined by the application on the adapter deployed as {@code mailslot-ra}. */
@JMSConnectionFactoryDefinition(name = AppResources.CONNECTION_FACTORY, resourceAdapter = "mailslot-ra",
        interfaceName = "jakarta.jms.ConnectionFactory", maxPoolSize = 4, minPoolSize = 0)
public final class AppResources {

    /** JNDI name of the factory. */
    public static final String CONNECTION_FACTORY = "java:app/jms/Mailslot";

    private AppResources() {
    }
}
