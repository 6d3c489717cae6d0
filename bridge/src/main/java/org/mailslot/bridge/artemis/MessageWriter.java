package org.mailslot.bridge.artemis;

import java.util.Map;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.mailslot.bridge.mapping.IngressMessage;
import org.mailslot.bridge.mapping.MappedBody;

/** Turns an {@link IngressMessage} into an Artemis core message a JMS client reads as a {@code BytesMessage}. */
final class MessageWriter {

    private MessageWriter() {
    }

    static ClientMessage write(ClientSession session, IngressMessage message, boolean durable) {
        // MappedBody is sealed; a new body kind must be handled here before it can be mapped.
        if (!(message.body() instanceof MappedBody.RawBytes raw)) {
            throw new IllegalArgumentException("no writer for body " + message.body().getClass().getSimpleName());
        }
        ClientMessage out = session.createMessage(Message.BYTES_TYPE, durable);
        out.getBodyBuffer().writeBytes(raw.bytes());
        out.setRoutingType(switch (message.routing()) {
            case ANYCAST -> RoutingType.ANYCAST;
            case MULTICAST -> RoutingType.MULTICAST;
        });
        out.putStringProperty(Message.HDR_DUPLICATE_DETECTION_ID, message.duplicateId());
        for (Map.Entry<String, Object> property : message.properties().entrySet()) {
            out.putObjectProperty(property.getKey(), property.getValue());
        }
        return out;
    }
}
