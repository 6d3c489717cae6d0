package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.slot.MailslotName;

/**
 * What {@link NetworkLink} may do with what the network brings, and nothing more: hand a decoded message to the
 * queue or the topic of its slot, and report a failed socket. {@link InboundDelivery} implements it, so the link
 * does not depend on the runtime it serves.
 */
interface InboundRoutes {

    /**
     * A message that arrived as a unique datagram.
     *
     * @return false when the queue's quota refused it
     */
    boolean deliverToQueue(MailslotName slot, MailslotMessage message);

    /**
     * A message that arrived as a group datagram: every subscription of the topic gets it, and so does the queue of
     * the slot if it exists (the slot's owner, as on Windows).
     */
    void deliverToTopic(MailslotName slot, MailslotMessage message);

    /** The host's socket failed: every connection's ExceptionListener is told. */
    void transportFailed(JMSException failure);
}
