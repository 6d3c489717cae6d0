package org.mailslot.ra.inbound;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.util.logging.Logger;

/**
 * The redelivery limit of an endpoint: a message delivered {@code maxDeliveryAttempts} times without success is
 * not delivered again but sent to the dead-letter queue (or, with none configured, discarded and logged), in the
 * session's transaction, so it leaves the source exactly when it reaches the dead-letter queue.
 */
final class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());
    /** Set on a dead-lettered message: the destination it came from. */
    static final String ORIGINAL_DESTINATION = "MailslotOriginalDestination";
    /** Set on a dead-lettered message: the deliveries it had. */
    static final String DELIVERY_ATTEMPTS = "MailslotDeliveryAttempts";

    private final Session session;
    private final ActivationSettings settings;
    private MessageProducer producer;

    DeadLetters(Session session, ActivationSettings settings) {
        this.session = session;
        this.settings = settings;
    }

    /** True when {@code message} has had its last allowed delivery. */
    boolean exhausted(Message message) throws JMSException {
        int limit = settings.maxDeliveryAttempts();
        return limit > 0 && message.getIntProperty("JMSXDeliveryCount") > limit;
    }

    /** Moves the message to the dead-letter queue, or discards it, and commits. */
    void divert(Message message) throws JMSException {
        int attempts = message.getIntProperty("JMSXDeliveryCount") - 1;
        if (settings.deadLetterQueue() == null) {
            LOG.warning(() -> "Discarding a message from " + settings.destination() + " after " + attempts
                    + " failed deliveries (no deadLetterQueue configured)");
        } else {
            if (producer == null) {
                producer = session.createProducer(session.createQueue(settings.deadLetterQueue()));
            }
            Message copy = copyOf(message, attempts);
            producer.send(copy);
        }
        session.commit();
    }

    private Message copyOf(Message message, int attempts) throws JMSException {
        // A received message's properties are read-only: clearing them makes it writable again, so they are saved
        // and put back with the dead-letter properties added.
        java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();
        for (var names = message.getPropertyNames(); names.hasMoreElements(); ) {
            String name = (String) names.nextElement();
            if (!name.startsWith("JMSX")) {
                properties.put(name, message.getObjectProperty(name));
            }
        }
        message.clearProperties();
        for (var entry : properties.entrySet()) {
            message.setObjectProperty(entry.getKey(), entry.getValue());
        }
        message.setStringProperty(ORIGINAL_DESTINATION, settings.destination());
        message.setIntProperty(DELIVERY_ATTEMPTS, attempts);
        return message;
    }
}
