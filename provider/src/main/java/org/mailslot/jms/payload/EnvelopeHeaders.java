package org.mailslot.jms.payload;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import java.util.UUID;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.MailslotDestinations;
import org.mailslot.jms.MailslotTemporaryQueue;
import org.mailslot.jms.MailslotTemporaryTopic;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MessageCopies;
import org.mailslot.jms.payload.EnvelopeFormatException.Reason;

/**
 * The header part of the envelope: a descriptor byte (body kind, priority, delivery mode), a flags byte saying which
 * optional headers follow, an optional extension flags byte, then the headers present in flag order. Layout in
 * {@code docs/payload-format.md}. JMSDestination (the receiver knows it) and JMSRedelivered (per delivery) are not
 * carried.
 */
final class EnvelopeHeaders {

    static final int ID_NONE = 0;
    static final int ID_UUID = 1;
    static final int ID_PREFIXED = 2;
    static final int ID_OTHER = 3;
    static final int CORRELATION_TEXT = 1 << 2;
    static final int CORRELATION_BYTES = 2 << 2;
    static final int REPLY_TO = 1 << 4;
    static final int TYPE = 1 << 5;
    static final int TIMESTAMP = 1 << 6;
    static final int EXTENDED = 1 << 7;
    static final int EXPIRATION = 1;
    static final int DELIVERY_TIME = 1 << 1;
    static final int PERSISTENT = 1 << 7;

    private static final String ID_PREFIX = "ID:";
    private static final int QUEUE = 0;
    private static final int TOPIC = 1;
    private static final int TEMPORARY_QUEUE = 2;
    private static final int TEMPORARY_TOPIC = 3;

    private EnvelopeHeaders() {
    }

    static void write(EnvelopeWriter out, MailslotMessage message, BodyKind kind) throws JMSException {
        int priority = message.getJMSPriority();
        if (priority < 0 || priority > 9) {
            throw JmsExceptions.create(ErrorKind.MESSAGE_FORMAT, "JMSPriority " + priority + " is outside 0..9;"
                    + " send with a priority from 0 to 9.");
        }
        int mode = message.getJMSDeliveryMode();
        if (mode != DeliveryMode.PERSISTENT && mode != DeliveryMode.NON_PERSISTENT) {
            throw JmsExceptions.create(ErrorKind.MESSAGE_FORMAT, "JMSDeliveryMode " + mode + " is neither"
                    + " PERSISTENT nor NON_PERSISTENT.");
        }
        out.u8(kind.code() | priority << 3 | (mode == DeliveryMode.PERSISTENT ? PERSISTENT : 0));

        boolean generatedId = message.hasUuidMessageId();
        String id = generatedId ? null : message.getJMSMessageID();
        UUID uuid = generatedId ? null : uuidOf(id);
        int idForm = generatedId || uuid != null ? ID_UUID
                : id == null ? ID_NONE : id.startsWith(ID_PREFIX) ? ID_PREFIXED : ID_OTHER;
        int correlation = message.getJMSCorrelationID() == null ? 0
                : message.hasBinaryCorrelationId() ? CORRELATION_BYTES : CORRELATION_TEXT;
        MailslotDestination replyTo = MessageCopies.toMailslot(message.getJMSReplyTo());
        long timestamp = message.getJMSTimestamp();
        int extension = (message.getJMSExpiration() != 0 ? EXPIRATION : 0)
                | (message.getJMSDeliveryTime() != 0 ? DELIVERY_TIME : 0);
        out.u8(idForm | correlation | (replyTo != null ? REPLY_TO : 0) | (message.getJMSType() != null ? TYPE : 0)
                | (timestamp != 0 ? TIMESTAMP : 0) | (extension != 0 ? EXTENDED : 0));
        if (extension != 0) {
            out.u8(extension);
        }

        if (generatedId) {
            out.fixed(message.uuidMessageIdHigh(), 8);
            out.fixed(message.uuidMessageIdLow(), 8);
        } else if (idForm == ID_UUID) {
            out.fixed(uuid.getMostSignificantBits(), 8);
            out.fixed(uuid.getLeastSignificantBits(), 8);
        } else if (idForm == ID_PREFIXED) {
            out.string(id.substring(ID_PREFIX.length()));
        } else if (idForm == ID_OTHER) {
            out.string(id);
        }
        if (correlation == CORRELATION_BYTES) {
            out.lengthPrefixed(message.getJMSCorrelationIDAsBytes());
        } else if (correlation == CORRELATION_TEXT) {
            out.string(message.getJMSCorrelationID());
        }
        if (replyTo != null) {
            out.u8(replyTo.isTopic() ? (replyTo.isTemporary() ? TEMPORARY_TOPIC : TOPIC)
                    : (replyTo.isTemporary() ? TEMPORARY_QUEUE : QUEUE));
            out.string(replyTo.uncName());
        }
        if (message.getJMSType() != null) {
            out.string(message.getJMSType());
        }
        if (timestamp != 0) {
            out.zigzag(timestamp);
        }
        // Expiration and delivery time sit close to the timestamp: as deltas they take 2-4 bytes instead of 6.
        if ((extension & EXPIRATION) != 0) {
            out.zigzag(message.getJMSExpiration() - timestamp);
        }
        if ((extension & DELIVERY_TIME) != 0) {
            out.zigzag(message.getJMSDeliveryTime() - timestamp);
        }
    }

    /** Reads the headers into {@code message}; the descriptor byte was already read by the caller. */
    static void read(EnvelopeReader in, int descriptor, MailslotMessage message) throws EnvelopeFormatException {
        int priority = (descriptor >>> 3) & 0x0F;
        if (priority > 9) {
            throw new EnvelopeFormatException(Reason.BAD_HEADER, "priority " + priority + " is outside 0..9");
        }
        message.setJMSPriority(priority);
        message.setJMSDeliveryMode((descriptor & PERSISTENT) != 0 ? DeliveryMode.PERSISTENT
                : DeliveryMode.NON_PERSISTENT);
        int flags = in.u8("header flags");
        int extension = (flags & EXTENDED) != 0 ? in.u8("extended header flags") : 0;
        if ((extension & ~(EXPIRATION | DELIVERY_TIME)) != 0 || ((flags & EXTENDED) != 0 && extension == 0)) {
            throw new EnvelopeFormatException(Reason.BAD_HEADER, "extended header flags 0x"
                    + Integer.toHexString(extension) + " use reserved bits or are empty");
        }
        switch (flags & 3) {
            case ID_UUID -> message.setUuidMessageId(in.fixed(8, "message ID"), in.fixed(8, "message ID"));
            case ID_PREFIXED -> message.setJMSMessageID(ID_PREFIX + in.string("message ID"));
            case ID_OTHER -> message.setJMSMessageID(in.string("message ID"));
            default -> { }
        }
        int correlation = flags & (3 << 2);
        if (correlation == CORRELATION_TEXT) {
            message.setJMSCorrelationID(in.string("correlation ID"));
        } else if (correlation == CORRELATION_BYTES) {
            message.setJMSCorrelationIDAsBytes(in.lengthPrefixed("correlation ID"));
        } else if (correlation != 0) {
            throw new EnvelopeFormatException(Reason.BAD_HEADER, "correlation ID form 3 is reserved");
        }
        if ((flags & REPLY_TO) != 0) {
            message.setJMSReplyTo(readDestination(in));
        }
        if ((flags & TYPE) != 0) {
            message.setJMSType(in.string("JMSType"));
        }
        long timestamp = (flags & TIMESTAMP) != 0 ? in.zigzag("timestamp") : 0;
        message.setJMSTimestamp(timestamp);
        if ((extension & EXPIRATION) != 0) {
            message.setJMSExpiration(timestamp + in.zigzag("expiration"));
        }
        if ((extension & DELIVERY_TIME) != 0) {
            message.setJMSDeliveryTime(timestamp + in.zigzag("delivery time"));
        }
    }

    private static MailslotDestination readDestination(EnvelopeReader in) throws EnvelopeFormatException {
        int kind = in.u8("reply-to kind");
        String name = in.string("reply-to name");
        try {
            return switch (kind) {
                case QUEUE -> MailslotDestinations.parseQueue(name);
                case TOPIC -> MailslotDestinations.parseTopic(name);
                case TEMPORARY_QUEUE -> MailslotTemporaryQueue.remote(name);
                case TEMPORARY_TOPIC -> MailslotTemporaryTopic.remote(name);
                default -> throw new EnvelopeFormatException(Reason.BAD_DESTINATION, "reply-to kind " + kind
                        + " is unknown");
            };
        } catch (JMSException e) {
            throw new EnvelopeFormatException(Reason.BAD_DESTINATION, e.getMessage());
        }
    }

    /** The UUID of an ID of the exact form {@code ID:} + lower-case canonical UUID, else null. */
    static UUID uuidOf(String id) {
        if (id == null || id.length() != 39 || !id.startsWith(ID_PREFIX)) {
            return null;
        }
        for (int i = 3; i < 39; i++) {
            char c = id.charAt(i);
            boolean dash = i == 11 || i == 16 || i == 21 || i == 26;
            if (dash ? c != '-' : !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return null;
            }
        }
        return UUID.fromString(id.substring(3));
    }
}
