package org.mailslot.jms;

import jakarta.jms.JMSException;

/**
 * What {@code delete()} on a temporary queue or topic does; supplied by the connection that created it, which
 * refuses (with {@code IllegalStateException}) while a consumer still uses the destination.
 */
@FunctionalInterface
public interface TemporaryDestinationDeleter {

    /**
     * Deletes the temporary destination from its owning connection.
     *
     * @param destination the temporary queue or topic
     * @throws JMSException IllegalStateException while a consumer still uses it
     */
    void delete(MailslotDestination destination) throws JMSException;
}
