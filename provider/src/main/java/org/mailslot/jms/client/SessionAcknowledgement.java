package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import jakarta.jms.Session;
import org.mailslot.jms.engine.MessageQueue;
import org.mailslot.jms.engine.QueuedMessage;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MessageAcknowledger;

/**
 * The acknowledgement mode of one session applied to each delivery (§6.2.10): which delivered messages are tracked
 * until acknowledged or committed, and which go straight back to their queue when the application could not take
 * them.
 */
final class SessionAcknowledgement {

    private final int ackMode;
    private final SessionDeliveries deliveries;
    private final MessageAcknowledger acknowledger;

    /**
     * @param ackMode      the session mode, {@link Session#AUTO_ACKNOWLEDGE} ... {@link Session#SESSION_TRANSACTED}
     * @param deliveries   the session's tracked deliveries
     * @param acknowledger what {@code Message.acknowledge()} does on the messages delivered
     */
    SessionAcknowledgement(int ackMode, SessionDeliveries deliveries, MessageAcknowledger acknowledger) {
        this.ackMode = ackMode;
        this.deliveries = deliveries;
        this.acknowledger = acknowledger;
    }

    /** Turns a message taken from a queue into the delivered message, tracking it until acknowledged. */
    MailslotMessage deliver(QueuedMessage queued, MessageQueue source, boolean shared) throws JMSException {
        MailslotMessage message = (MailslotMessage) queued.message();
        if (shared) {
            // A topic message is one snapshot for every subscription; each delivery gets its own state on top.
            message = message.deliveryCopy();
        }
        message.setDeliveryCount(queued.deliveryCount());
        message.makeReadOnly();
        message.setAcknowledger(acknowledger);
        if (ackMode == Session.CLIENT_ACKNOWLEDGE || ackMode == Session.SESSION_TRANSACTED) {
            deliveries.add(queued, source);
        }
        return message;
    }

    /**
     * A delivered message the application could not take (wrong body type, a listener that threw): the automatic
     * modes give it back for redelivery at once; the others keep it tracked until recover or rollback.
     *
     * @return true when it went back to its queue
     */
    boolean undeliverable(QueuedMessage queued, MessageQueue source) {
        if (ackMode == Session.AUTO_ACKNOWLEDGE || ackMode == Session.DUPS_OK_ACKNOWLEDGE) {
            source.requeue(queued);
            return true;
        }
        return false;
    }

    /** {@code Message.acknowledge()}: in CLIENT_ACKNOWLEDGE every message the session delivered so far. */
    void acknowledgeAll() {
        if (ackMode == Session.CLIENT_ACKNOWLEDGE) {
            deliveries.acknowledgeAll();
        }
    }
}
