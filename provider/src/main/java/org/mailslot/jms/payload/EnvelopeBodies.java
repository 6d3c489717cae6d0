package org.mailslot.jms.payload;

import jakarta.jms.JMSException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.mailslot.jms.message.MailslotBytesMessage;
import org.mailslot.jms.message.MailslotMapMessage;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MailslotObjectMessage;
import org.mailslot.jms.message.MailslotStreamMessage;
import org.mailslot.jms.message.MailslotTextMessage;
import org.mailslot.jms.payload.EnvelopeFormatException.Reason;

/**
 * The body part of the envelope, always last. Text, bytes and object bodies take the rest of the datagram with no
 * length prefix; a map is a count and named typed values; a stream is typed values up to the end.
 */
final class EnvelopeBodies {

    private EnvelopeBodies() {
    }

    static void write(EnvelopeWriter out, MailslotMessage message, BodyKind kind) {
        switch (kind) {
            case TEXT -> out.utf8(((MailslotTextMessage) message).getText());
            case BYTES -> out.raw(((MailslotBytesMessage) message).bodyBytes());
            case OBJECT -> out.raw(((MailslotObjectMessage) message).serializedForm());
            case MAP -> {
                Map<String, Object> entries = ((MailslotMapMessage) message).entries();
                out.varint(entries.size());
                entries.forEach((name, value) -> {
                    out.string(name);
                    TypedValues.write(out, value);
                });
            }
            case STREAM -> ((MailslotStreamMessage) message).items().forEach(item -> TypedValues.write(out, item));
            case PLAIN, NULL_TEXT, NULL_OBJECT -> { }
        }
    }

    static void read(EnvelopeReader in, MailslotMessage message, BodyKind kind) throws EnvelopeFormatException {
        try {
            switch (kind) {
                case TEXT -> ((MailslotTextMessage) message).setText(EnvelopeReader.utf8(in.rest(), "text body"));
                case BYTES -> ((MailslotBytesMessage) message).setBodyBytes(in.rest());
                case OBJECT -> readObject(in, (MailslotObjectMessage) message);
                case MAP -> readMap(in, (MailslotMapMessage) message);
                case STREAM -> {
                    MailslotStreamMessage stream = (MailslotStreamMessage) message;
                    while (in.remaining() > 0) {
                        stream.writeObject(TypedValues.read(in, "stream item"));
                    }
                }
                case PLAIN, NULL_TEXT, NULL_OBJECT -> { }
            }
        } catch (JMSException | IllegalArgumentException e) {
            throw new EnvelopeFormatException(Reason.BAD_BODY, kind + " body rejected: " + e.getMessage());
        }
        if (in.remaining() > 0) {
            throw new EnvelopeFormatException(Reason.TRAILING_BYTES, in.remaining() + " bytes follow the end of the "
                    + kind + " body");
        }
    }

    private static void readObject(EnvelopeReader in, MailslotObjectMessage message)
            throws EnvelopeFormatException, JMSException {
        byte[] serialized = in.rest();
        if (serialized.length == 0) {
            throw new EnvelopeFormatException(Reason.BAD_BODY, "OBJECT body is empty (a null object has its own"
                    + " kind)");
        }
        message.setSerializedForm(serialized);
    }

    private static void readMap(EnvelopeReader in, MailslotMapMessage message)
            throws EnvelopeFormatException, JMSException {
        // each entry takes at least 2 bytes: an empty name and a tag-only value
        int count = in.count("map entry count", 2);
        for (int i = 0; i < count; i++) {
            String name = in.string("map entry name");
            if (message.itemExists(name)) {
                throw new EnvelopeFormatException(Reason.BAD_BODY, "map entry " + name + " appears twice");
            }
            message.setObject(name, TypedValues.read(in, "map entry value"));
        }
    }
}
