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
    // The message a listener is processing; only the session's lane touches these.
    private QueuedMessage current;
    private MessageQueue currentSource;
    private boolean currentRecovered;

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
     * A delivered message the application could not take (wrong body type): the automatic modes give it back for
     * redelivery at once; the others keep it tracked until recover or rollback.
     */
    void undeliverable(QueuedMessage queued, MessageQueue source, String reason) {
        if (automatic()) {
            source.requeue(queued, reason);
        }
    }

    /** A MessageListener is about to get this message (on the session's lane). */
    void listenerStarted(QueuedMessage queued, MessageQueue source) {
        current = queued;
        currentSource = source;
        currentRecovered = false;
    }

    /**
     * {@code Session.recover()} in an automatic mode: the message a listener is processing is not acknowledged when
     * the listener returns, but delivered again (§6.2.10). True when there was one.
     */
    boolean recoverCurrent() {
        if (!automatic() || current == null) {
            return false;
        }
        currentRecovered = true;
        return true;
    }

    /**
     * The listener returned or threw ({@code failure} non-null). In the automatic modes a recovered message or
     * one whose listener threw comes again; otherwise it is acknowledged. The other modes keep it tracked.
     *
     * @return true when the message went back to its queue
     */
    boolean listenerFinished(RuntimeException failure) {
        QueuedMessage queued = current;
        MessageQueue source = currentSource;
        boolean recovered = currentRecovered;
        current = null;
        currentSource = null;
        currentRecovered = false;
        if (queued == null || !automatic() || (!recovered && failure == null)) {
            return false;
        }
        source.requeue(queued, recovered ? "Session.recover() was called in the MessageListener"
                : "the MessageListener threw " + failure);
        return true;
    }

    private boolean automatic() {
        return ackMode == Session.AUTO_ACKNOWLEDGE || ackMode == Session.DUPS_OK_ACKNOWLEDGE;
    }

    /** {@code Message.acknowledge()}: in CLIENT_ACKNOWLEDGE every message the session delivered so far. */
    void acknowledgeAll() {
        if (ackMode == Session.CLIENT_ACKNOWLEDGE) {
            deliveries.acknowledgeAll();
        }
    }
}
