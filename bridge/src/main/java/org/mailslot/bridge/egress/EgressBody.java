package org.mailslot.bridge.egress;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.activemq.artemis.api.core.ActiveMQBuffer;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientMessage;

/**
 * The bytes a broker message puts on the wire: a {@code BytesMessage}'s bytes, a {@code TextMessage}'s text in
 * UTF-8 (ASCII text is the same in every Windows code page), nothing for a body-less {@code Message}. Map,
 * stream and object messages have no datagram form.
 */
final class EgressBody {

    private EgressBody() {
    }

    /** @return the bytes, or empty when the message type has no datagram form */
    static Optional<byte[]> of(ClientMessage message) {
        ActiveMQBuffer body = message.getReadOnlyBodyBuffer();
        switch (message.getType()) {
            case Message.BYTES_TYPE: {
                byte[] bytes = new byte[body.readableBytes()];
                body.readBytes(bytes);
                return Optional.of(bytes);
            }
            case Message.TEXT_TYPE: {
                SimpleString text = body.readNullableSimpleString();
                return Optional.of(text == null ? new byte[0] : text.toString().getBytes(StandardCharsets.UTF_8));
            }
            case Message.DEFAULT_TYPE:
                return Optional.of(new byte[0]);
            default:
                return Optional.empty();
        }
    }

    static String typeName(byte type) {
        return switch (type) {
            case Message.MAP_TYPE -> "MapMessage";
            case Message.STREAM_TYPE -> "StreamMessage";
            case Message.OBJECT_TYPE -> "ObjectMessage";
            default -> "message type " + type;
        };
    }
}
