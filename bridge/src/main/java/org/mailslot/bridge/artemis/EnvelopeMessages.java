package org.mailslot.bridge.artemis;

import jakarta.jms.BytesMessage;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.api.core.ICoreMessage;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.jms.client.ActiveMQBytesMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQMapMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQStreamMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQTextMessage;
import org.mailslot.bridge.mapping.MailslotProperties;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MailslotObjectMessage;

/**
 * Converts a message decoded from the provider's JMS envelope into the Artemis core message that Artemis's JMS
 * client reads as the same type with the same headers, properties and body. Artemis's own foreign-message
 * copies do the body and header work; two things they cannot carry move to properties: the sender's
 * {@code JMSMessageID} (Artemis assigns its own) and a mailslot {@code JMSReplyTo} (not an Artemis
 * destination). Object bodies are carried as their serialized bytes, so the bridge never deserializes them.
 */
final class EnvelopeMessages {

    private EnvelopeMessages() {
    }

    static ClientMessage toCore(ClientSession session, MailslotMessage message) throws Exception {
        String originalId = message.getJMSMessageID();
        Destination replyTo = message.getJMSReplyTo();
        message.setJMSReplyTo(null);
        ActiveMQMessage converted = convert(session, message);
        // Artemis copies a foreign correlation id as bytes first; ours answers null there for a String id.
        if (message.hasBinaryCorrelationId()) {
            converted.setJMSCorrelationIDAsBytes(message.getJMSCorrelationIDAsBytes());
        } else {
            converted.setJMSCorrelationID(message.getJMSCorrelationID());
        }
        converted.doBeforeSend();
        ClientMessage core = converted.getCoreMessage();
        if (originalId != null) {
            core.putStringProperty(MailslotProperties.ORIGINAL_MESSAGE_ID, originalId);
        }
        if (replyTo != null) {
            core.putStringProperty(MailslotProperties.REPLY_TO, replyTo.toString());
        }
        return core;
    }

    private static ActiveMQMessage convert(ClientSession session, MailslotMessage message) throws JMSException {
        if (message instanceof TextMessage text) {
            return new ActiveMQTextMessage(text, session);
        }
        if (message instanceof BytesMessage bytes) {
            return new ActiveMQBytesMessage(bytes, session);
        }
        if (message instanceof MapMessage map) {
            return new ActiveMQMapMessage(map, session);
        }
        if (message instanceof StreamMessage stream) {
            return new ActiveMQStreamMessage(stream, session);
        }
        ActiveMQMessage plain = new ActiveMQMessage(message, session);
        if (message instanceof MailslotObjectMessage object) {
            // The layout ActiveMQObjectMessage reads: the length, then the serialized form.
            byte[] serialized = object.serializedForm();
            ((ICoreMessage) plain.getCoreMessage()).setType(Message.OBJECT_TYPE);
            if (serialized != null) {
                plain.getCoreMessage().getBodyBuffer().writeInt(serialized.length);
                plain.getCoreMessage().getBodyBuffer().writeBytes(serialized);
            }
        }
        return plain;
    }
}
