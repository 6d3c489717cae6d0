package org.mailslot.jms.payload;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.Map;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MessageCopies;
import org.mailslot.jms.payload.EnvelopeFormatException.Reason;

/**
 * The compact {@code jms} envelope (DESIGN §5): magic {@code E5 4D}, version 1, headers, typed properties, typed
 * body. The byte layout is in {@code docs/payload-format.md}. Pure and thread-safe; decoding checks every length
 * and throws only {@link EnvelopeFormatException}.
 */
public final class EnvelopeCodec {

    /** First magic byte: 0xE5 followed by 0x4D is not valid UTF-8 and rare in other text encodings. */
    public static final int MAGIC_0 = 0xE5;
    /** Second magic byte ('M'). */
    public static final int MAGIC_1 = 0x4D;
    /** The envelope version this codec writes and reads. */
    public static final int VERSION = 1;
    /** Smallest envelope: magic, version, descriptor, flags, property count. */
    public static final int MIN_SIZE = 6;

    private EnvelopeCodec() {
    }

    /** True when the bytes start with the envelope's magic (whatever the version). */
    public static boolean hasMagic(byte[] data, int offset, int length) {
        return length >= 2 && (data[offset] & 0xFF) == MAGIC_0 && (data[offset + 1] & 0xFF) == MAGIC_1;
    }

    /**
     * Encodes any message (a foreign one is copied first). The message is not changed.
     *
     * @throws JMSException MessageFormatException when a header is out of range (priority, delivery mode), or
     *                      InvalidDestinationException when JMSReplyTo has no mailslot form
     */
    public static byte[] encode(Message message) throws JMSException {
        MailslotMessage ours = message instanceof MailslotMessage m ? m : MessageCopies.copyOf(message);
        BodyKind kind = BodyKind.of(ours);
        EnvelopeWriter out = EnvelopeWriter.acquire();
        try {
            out.u8(MAGIC_0);
            out.u8(MAGIC_1);
            out.u8(VERSION);
            EnvelopeHeaders.write(out, ours, kind);
            Map<String, Object> properties = ours.properties();
            out.varint(properties.size());
            properties.forEach((name, value) -> {
                out.string(name);
                TypedValues.write(out, value);
            });
            EnvelopeBodies.write(out, ours, kind);
            return out.toByteArray();
        } finally {
            out.release();
        }
    }

    /** Decodes a whole array. */
    public static MailslotMessage decode(byte[] data) throws EnvelopeFormatException {
        return decode(data, 0, data.length);
    }

    /**
     * Decodes {@code length} bytes at {@code offset} into a new, writeable message (the receiving session makes it
     * read-only and sets JMSDestination).
     */
    public static MailslotMessage decode(byte[] data, int offset, int length) throws EnvelopeFormatException {
        EnvelopeReader in = new EnvelopeReader(data, offset, length);
        if (!hasMagic(data, offset, length)) {
            throw new EnvelopeFormatException(Reason.BAD_MAGIC, "the datagram does not start with E5 4D");
        }
        in.fixed(2, "magic");
        int version = in.u8("version");
        if (version != VERSION) {
            throw new EnvelopeFormatException(Reason.UNSUPPORTED_VERSION, "version " + version + " (this decoder"
                    + " reads version " + VERSION + ")");
        }
        int descriptor = in.u8("descriptor");
        BodyKind kind = BodyKind.ofCode(descriptor);
        MailslotMessage message = kind.newMessage();
        EnvelopeHeaders.read(in, descriptor, message);
        readProperties(in, message);
        EnvelopeBodies.read(in, message, kind);
        return message;
    }

    private static void readProperties(EnvelopeReader in, MailslotMessage message) throws EnvelopeFormatException {
        // each property takes at least 2 bytes: a name length and a tag-only value
        int count = in.count("property count", 2);
        for (int i = 0; i < count; i++) {
            String name = in.string("property name");
            Object value = TypedValues.read(in, "property value");
            if (message.propertyExists(name)) {
                throw new EnvelopeFormatException(Reason.BAD_PROPERTY, "property " + name + " appears twice");
            }
            try {
                message.setObjectProperty(name, value);
            } catch (JMSException | IllegalArgumentException e) {
                throw new EnvelopeFormatException(Reason.BAD_PROPERTY, e.getMessage());
            }
        }
    }
}
