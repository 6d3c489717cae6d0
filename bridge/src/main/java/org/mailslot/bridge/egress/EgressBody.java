package org.mailslot.bridge.egress;

import jakarta.jms.JMSException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.activemq.artemis.api.core.ActiveMQBuffer;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQMessage;
import org.mailslot.bridge.mapping.MailslotProperties;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MessageCopies;
import org.mailslot.jms.payload.EnvelopeCodec;
import org.mailslot.jms.payload.PayloadFormat;

/**
 * The bytes a broker message puts on the wire. Raw: a {@code BytesMessage}'s bytes, a {@code TextMessage}'s text
 * in UTF-8 (ASCII text is the same in every Windows code page), nothing for a body-less {@code Message}; map,
 * stream and object messages have no raw form. JMS: the provider's envelope of the whole message (every body
 * type, headers and properties, minus the bridge's target and Artemis's internal properties), which a
 * {@code MailslotConnectionFactory} consumer reads back as the message that was sent.
 */
final class EgressBody {

    private final PayloadFormat format;

    EgressBody(PayloadFormat format) {
        this.format = format;
    }

    /** @throws NoDatagramForm when the message cannot be carried in this payload format, saying why */
    byte[] encode(ClientMessage message) throws NoDatagramForm {
        return format == PayloadFormat.JMS ? envelope(message) : raw(message);
    }

    private static byte[] raw(ClientMessage message) throws NoDatagramForm {
        ActiveMQBuffer body = message.getReadOnlyBodyBuffer();
        switch (message.getType()) {
            case Message.BYTES_TYPE -> {
                byte[] bytes = new byte[body.readableBytes()];
                body.readBytes(bytes);
                return bytes;
            }
            case Message.TEXT_TYPE -> {
                SimpleString text = body.readNullableSimpleString();
                return text == null ? new byte[0] : text.toString().getBytes(StandardCharsets.UTF_8);
            }
            case Message.DEFAULT_TYPE -> {
                return new byte[0];
            }
            default -> throw new NoDatagramForm(typeName(message.getType()) + " has no raw datagram form; send bytes or"
                        + " text, or run the bridge with --egress-payload jms");
        }
    }

    private static byte[] envelope(ClientMessage message) throws NoDatagramForm {
        try {
            ActiveMQMessage jms = ActiveMQMessage.createMessage(message, null);
            jms.doBeforeReceive();
            MailslotMessage copy = MessageCopies.copyOf(jms);
            Map<String, Object> properties = new LinkedHashMap<>(copy.properties());
            copy.clearProperties();
            for (Map.Entry<String, Object> property : properties.entrySet()) {
                if (travels(property.getKey())) {
                    copy.setObjectProperty(property.getKey(), property.getValue());
                }
            }
            return EnvelopeCodec.encode(copy);
        } catch (JMSException | ActiveMQException e) {
            throw new NoDatagramForm("cannot encode the JMS envelope: " + e.getMessage());
        }
    }

    // The target is the bridge's instruction, the rest are the broker's bookkeeping: neither is the sender's data.
    private static boolean travels(String property) {
        return !property.equals(MailslotProperties.TARGET) && !property.startsWith("_AMQ")
                && !property.startsWith("__AMQ") && !property.startsWith("JMSX");
    }

    static String typeName(byte type) {
        return switch (type) {
            case Message.MAP_TYPE -> "MapMessage";
            case Message.STREAM_TYPE -> "StreamMessage";
            case Message.OBJECT_TYPE -> "ObjectMessage";
            default -> "message type " + type;
        };
    }

    /** The message has no datagram form in the configured payload format. */
    static final class NoDatagramForm extends Exception {
        private static final long serialVersionUID = 1L;

        NoDatagramForm(String why) {
            super(why);
        }
    }
}
