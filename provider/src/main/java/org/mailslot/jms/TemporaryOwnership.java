package org.mailslot.jms;

import jakarta.jms.JMSException;
import java.io.Serializable;
import javax.naming.Reference;
import javax.naming.StringRefAddr;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;

/**
 * The owner of a temporary destination and how to delete it. The deleter is transient: a copy that crossed a
 * process boundary (JMSReplyTo, serialization, JNDI) can be used as a destination but not deleted.
 */
final class TemporaryOwnership implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String ownerId;
    private final transient TemporaryDestinationDeleter deleter;

    TemporaryOwnership(String ownerId, TemporaryDestinationDeleter deleter) {
        this.ownerId = ownerId;
        this.deleter = deleter;
    }

    String ownerId() {
        return ownerId;
    }

    void delete(MailslotDestination destination) throws JMSException {
        if (deleter == null) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "Temporary destination " + destination
                    + " was not created by a connection of this process (it arrived as JMSReplyTo, by"
                    + " serialization or from JNDI); only the connection that created it can delete it.");
        }
        deleter.delete(destination);
    }

    Reference addTo(Reference reference) {
        if (ownerId != null) {
            reference.add(new StringRefAddr(MailslotDestination.REF_OWNER, ownerId));
        }
        return reference;
    }
}
