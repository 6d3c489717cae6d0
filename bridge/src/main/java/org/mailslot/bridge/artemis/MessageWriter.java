package org.mailslot.bridge.artemis;

import java.util.Map;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.utils.UUIDGenerator;
import org.mailslot.bridge.mapping.IngressMessage;
import org.mailslot.bridge.mapping.IngressProperties;
import org.mailslot.bridge.mapping.MailslotProperties;
import org.mailslot.bridge.mapping.MappedBody;

/**
 * Turns an {@link IngressMessage} into an Artemis core message: raw data as a {@code BytesMessage}, a JMS
 * envelope as the message it encodes (see {@link EnvelopeMessages}).
 */
final class MessageWriter {

    // Property names, addresses and most string values (sender name and address, destination, type, slot)
    // repeat from message to message: convert each once, not once per message.
    private static final SimpleStringCache STRINGS = new SimpleStringCache(4096);
    private static final SimpleString[] INGRESS_NAMES = IngressProperties.NAMES.stream().map(SimpleString::of)
            .toArray(SimpleString[]::new);

    private MessageWriter() {
    }

    /**
     * @throws UnconvertibleMessageException when an envelope's message has no Artemis form (never for raw data)
     */
    static ClientMessage write(ClientSession session, IngressMessage message, boolean durable) {
        MappedBody body = message.body();
        ClientMessage out;
        if (body instanceof MappedBody.JmsEnvelope envelope) {
            try {
                out = EnvelopeMessages.toCore(session, envelope.message());
            } catch (Exception e) {
                throw new UnconvertibleMessageException(message.address(), e);
            }
            out.setDurable(durable);
        } else if (body instanceof MappedBody.WithheldObject withheld) {
            out = bytes(session, withheld.bytes(), durable);
            out.putStringProperty(MailslotProperties.WITHHELD_BODY, withheld.what());
        } else if (body instanceof MappedBody.UnreadableEnvelope unreadable) {
            out = bytes(session, unreadable.bytes(), durable);
            out.putStringProperty(MailslotProperties.PAYLOAD_ERROR, unreadable.error());
        } else {
            out = bytes(session, ((MappedBody.RawBytes) body).bytes(), durable);
        }
        // What a JMS client reads as JMSMessageID; the core API leaves it unset unless the sender sets it.
        out.setUserID(UUIDGenerator.getInstance().generateUUID());
        out.setRoutingType(switch (message.routing()) {
            case ANYCAST -> RoutingType.ANYCAST;
            case MULTICAST -> RoutingType.MULTICAST;
        });
        // Unique per datagram, so not worth a cache; converted directly rather than through Artemis's string pool,
        // which would hash and compare it only to miss.
        out.putStringProperty(Message.HDR_DUPLICATE_DETECTION_ID, SimpleString.of(message.duplicateId()));
        if (message.properties() instanceof IngressProperties properties) {
            for (int i = 0; i < INGRESS_NAMES.length; i++) {
                put(out, INGRESS_NAMES[i], properties.valueAt(i));
            }
        } else {
            for (Map.Entry<String, Object> property : message.properties().entrySet()) {
                put(out, STRINGS.of(property.getKey()), property.getValue());
            }
        }
        return out;
    }

    private static void put(ClientMessage out, SimpleString name, Object value) {
        if (value instanceof String text) {
            out.putStringProperty(name, STRINGS.of(text));
        } else {
            out.putObjectProperty(name, value);
        }
    }

    /** The address as Artemis encodes it, converted once per distinct address. */
    static SimpleString address(IngressMessage message) {
        return STRINGS.of(message.address());
    }

    private static ClientMessage bytes(ClientSession session, byte[] data, boolean durable) {
        ClientMessage out = session.createMessage(Message.BYTES_TYPE, durable);
        out.getBodyBuffer().writeBytes(data);
        return out;
    }
}
