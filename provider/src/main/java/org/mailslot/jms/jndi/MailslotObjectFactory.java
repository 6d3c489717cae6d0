package org.mailslot.jms.jndi;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.Name;
import javax.naming.NamingException;
import javax.naming.RefAddr;
import javax.naming.Reference;
import javax.naming.spi.ObjectFactory;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.MailslotDestinations;
import org.mailslot.jms.MailslotQueue;
import org.mailslot.jms.MailslotTemporaryQueue;
import org.mailslot.jms.MailslotTemporaryTopic;
import org.mailslot.jms.MailslotTopic;

/**
 * Rebuilds mailslot connection factories and destinations from their JNDI {@link Reference}, so they can be bound
 * in any JNDI tree (an application server's included). References of other classes are not ours and yield null, as
 * the JNDI contract asks, so other factories can try. Rebuilt temporary destinations cannot be deleted: only the
 * connection that created one can. A rebuilt connection factory is a new factory with its own host; use
 * {@link MailslotInitialContextFactory} when several lookups must share one.
 */
public final class MailslotObjectFactory implements ObjectFactory {

    @Override
    public Object getObjectInstance(Object object, Name name, Context context, Hashtable<?, ?> environment)
            throws NamingException {
        if (!(object instanceof Reference reference)) {
            return null;
        }
        String className = reference.getClassName();
        if (MailslotConnectionFactory.class.getName().equals(className)) {
            return connectionFactory(reference);
        }
        try {
            if (MailslotQueue.class.getName().equals(className)) {
                return MailslotDestinations.parseQueue(required(reference));
            } else if (MailslotTopic.class.getName().equals(className)) {
                return MailslotDestinations.parseTopic(required(reference));
            } else if (MailslotTemporaryQueue.class.getName().equals(className)) {
                return new MailslotTemporaryQueue(required(reference), optional(reference), null);
            } else if (MailslotTemporaryTopic.class.getName().equals(className)) {
                return new MailslotTemporaryTopic(required(reference), optional(reference), null);
            }
        } catch (jakarta.jms.JMSException e) {
            NamingException error = new NamingException("JNDI reference for " + className + " holds an invalid"
                    + " destination name: " + e.getMessage());
            error.setRootCause(e);
            throw error;
        }
        return null;
    }

    private static MailslotConnectionFactory connectionFactory(Reference reference) throws NamingException {
        String uri = required(reference, MailslotConnectionFactory.REF_URI);
        MailslotConnectionFactory factory;
        try {
            factory = new MailslotConnectionFactory(uri);
        } catch (IllegalArgumentException e) {
            NamingException error = new NamingException("JNDI reference for " + reference.getClassName()
                    + " holds an invalid URI: " + e.getMessage());
            error.setRootCause(e);
            throw error;
        }
        String clientId = optional(reference, MailslotConnectionFactory.REF_CLIENT_ID);
        if (clientId != null) {
            factory.setClientID(clientId);
        }
        return factory;
    }

    private static String required(Reference reference) throws NamingException {
        return required(reference, MailslotDestination.REF_NAME);
    }

    private static String required(Reference reference, String type) throws NamingException {
        String value = optional(reference, type);
        if (value == null) {
            throw new NamingException("JNDI reference for " + reference.getClassName() + " has no '" + type
                    + "' address; rebind the object itself, whose getReference() adds it");
        }
        return value;
    }

    private static String optional(Reference reference) {
        return optional(reference, MailslotDestination.REF_OWNER);
    }

    private static String optional(Reference reference, String type) {
        RefAddr address = reference.get(type);
        return address == null || address.getContent() == null ? null : address.getContent().toString();
    }
}
