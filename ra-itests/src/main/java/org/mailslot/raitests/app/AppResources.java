package org.mailslot.raitests.app;

import jakarta.resource.ConnectionFactoryDefinition;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;

/**
 * The pooled connection factory, defined by the application on the adapter deployed as {@code mailslot-ra}, with
 * local transactions: a send inside a container transaction leaves when the transaction commits.
 */
@ConnectionFactoryDefinition(name = AppResources.CONNECTION_FACTORY, resourceAdapter = "mailslot-ra",
        interfaceName = "jakarta.jms.ConnectionFactory",
        transactionSupport = TransactionSupportLevel.LocalTransaction, maxPoolSize = 4, minPoolSize = 0)
public final class AppResources {

    /** JNDI name of the factory. */
    public static final String CONNECTION_FACTORY = "java:app/jms/Mailslot";

    private AppResources() {
    }
}
