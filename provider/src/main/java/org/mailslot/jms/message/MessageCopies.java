package org.mailslot.jms.message;

import jakarta.jms.BytesMessage;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageEOFException;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.StreamMessage;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TemporaryTopic;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.io.ByteArrayOutputStream;
import java.util.Collections;
import java.util.Enumeration;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.MailslotDestinations;
import org.mailslot.jms.MailslotTemporaryQueue;
import org.mailslot.jms.MailslotTemporaryTopic;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;

/**
 * Turns any {@link Message} into an independent {@link MailslotMessage}: ours are copied with {@link
 * MailslotMessage#copy()}, foreign ones (another provider's) are rebuilt through the JMS API with the same headers,
 * properties and body. A foreign {@code JMSReplyTo} becomes the mailslot destination of the same name.
 */
public final class MessageCopies {

    private MessageCopies() {
    }

    /** An independent, writeable copy of {@code message} as one of our message classes. */
    public static MailslotMessage copyOf(Message message) throws JMSException {
        if (message instanceof MailslotMessage ours) {
            return ours.copy();
        }
        MailslotMessage copy = copyBody(message);
        copy.setJMSMessageID(message.getJMSMessageID());
        copy.setJMSTimestamp(message.getJMSTimestamp());
        copy.setJMSCorrelationID(message.getJMSCorrelationID());
        copy.setJMSReplyTo(toMailslot(message.getJMSReplyTo()));
        copy.setJMSType(message.getJMSType());
        copy.setJMSDeliveryMode(message.getJMSDeliveryMode());
        copy.setJMSPriority(message.getJMSPriority());
        copy.setJMSExpiration(message.getJMSExpiration());
        copy.setJMSRedelivered(message.getJMSRedelivered());
        copy.setJMSDeliveryTime(deliveryTimeOf(message));
        for (Object name : Collections.list((Enumeration<?>) message.getPropertyNames())) {
            try {
                copy.setObjectProperty((String) name, message.getObjectProperty((String) name));
            } catch (IllegalArgumentException e) {
                throw JmsExceptions.create(ErrorKind.MESSAGE_FORMAT, "The message of another provider has a property"
                        + " this provider cannot carry: " + e.getMessage(), e);
            }
        }
        return copy;
    }

    /**
     * The mailslot form of a destination: ours as they are, a foreign queue or topic by its name (a temporary one
     * becomes a remote temporary destination). Null stays null.
     *
     * @throws JMSException InvalidDestinationException when the name is not a valid mailslot name
     */
    public static MailslotDestination toMailslot(Destination destination) throws JMSException {
        if (destination == null || destination instanceof MailslotDestination) {
            return (MailslotDestination) destination;
        }
        if (destination instanceof TemporaryQueue queue) {
            return MailslotTemporaryQueue.remote(queue.getQueueName());
        }
        if (destination instanceof TemporaryTopic topic) {
            return MailslotTemporaryTopic.remote(topic.getTopicName());
        }
        if (destination instanceof Queue queue) {
            return MailslotDestinations.parseQueue(queue.getQueueName());
        }
        if (destination instanceof Topic topic) {
            return MailslotDestinations.parseTopic(topic.getTopicName());
        }
        throw JmsExceptions.create(ErrorKind.INVALID_DESTINATION, "Destination " + destination + " of class "
                + destination.getClass().getName() + " is neither a Queue nor a Topic; use session.createQueue or"
                + " session.createTopic.");
    }

    private static MailslotMessage copyBody(Message message) throws JMSException {
        if (message instanceof TextMessage text) {
            return new MailslotTextMessage(text.getText());
        }
        if (message instanceof BytesMessage bytes) {
            MailslotBytesMessage copy = new MailslotBytesMessage();
            copy.setBodyBytes(bytesOf(bytes));
            return copy;
        }
        if (message instanceof MapMessage map) {
            MailslotMapMessage copy = new MailslotMapMessage();
            for (Object name : Collections.list((Enumeration<?>) map.getMapNames())) {
                copy.setObject((String) name, map.getObject((String) name));
            }
            return copy;
        }
        if (message instanceof StreamMessage stream) {
            return copyStream(stream);
        }
        if (message instanceof ObjectMessage object) {
            MailslotObjectMessage copy = new MailslotObjectMessage();
            copy.setObject(object.getObject());
            return copy;
        }
        return new MailslotMessage();
    }

    private static byte[] bytesOf(BytesMessage bytes) throws JMSException {
        // Only the JMS 1.1 methods: another provider's getBody may not know byte[] (or may not exist at all).
        // reset() puts a message still being written into read mode at its start (§3.11.2 foreign messages).
        bytes.reset();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        int read;
        while ((read = bytes.readBytes(chunk)) > 0) {
            body.write(chunk, 0, read);
        }
        bytes.reset();
        return body.toByteArray();
    }

    private static MailslotStreamMessage copyStream(StreamMessage stream) throws JMSException {
        MailslotStreamMessage copy = new MailslotStreamMessage();
        stream.reset();
        while (true) {
            try {
                copy.writeObject(stream.readObject());
            } catch (MessageEOFException end) {
                break;
            }
        }
        stream.reset();
        return copy;
    }

    private static long deliveryTimeOf(Message message) {
        try {
            return message.getJMSDeliveryTime();
        } catch (JMSException | AbstractMethodError e) {
            // A JMS 1.1 message has no delivery time: deliver at once.
            return 0;
        }
    }
}
