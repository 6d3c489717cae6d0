package org.mailslot.jms.jndi;

import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.Name;
import javax.naming.NamingException;
import javax.naming.RefAddr;
import javax.naming.Reference;
import javax.naming.spi.ObjectFactory;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.MailslotDestinations;
import org.mailslot.jms.MailslotQueue;
import org.mailslot.jms.MailslotTemporaryQueue;
import org.mailslot.jms.MailslotTemporaryTopic;
import org.mailslot.jms.MailslotTopic;

/**
 * Rebuilds mailslot destinations from their JNDI {@link Reference}. References of other classes are not ours and
 * yield null, as the JNDI contract asks, so other factories can try. Rebuilt temporary destinations cannot be
 * deleted: only the connection that created one can.
 */
public final class MailslotObjectFactory implements ObjectFactory {

    @Override
    public Object getObjectInstance(Object object, Name name, Context context, Hashtable<?, ?> environment)
            throws NamingException {
        if (!(object instanceof Reference reference)) {
            return null;
        }
        String className = reference.getClassName();
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

    private static String required(Reference reference) throws NamingException {
        String value = optional(reference, MailslotDestination.REF_NAME);
        if (value == null) {
            throw new NamingException("JNDI reference for " + reference.getClassName() + " has no '"
                    + MailslotDestination.REF_NAME + "' address; rebind the destination object itself");
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
