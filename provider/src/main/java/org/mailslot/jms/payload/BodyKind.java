package org.mailslot.jms.payload;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.ObjectMessage;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import org.mailslot.jms.message.MailslotBytesMessage;
import org.mailslot.jms.message.MailslotMapMessage;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MailslotObjectMessage;
import org.mailslot.jms.message.MailslotStreamMessage;
import org.mailslot.jms.message.MailslotTextMessage;

/** The body kinds of the envelope, with their 3-bit codes in the descriptor byte. */
enum BodyKind {
    PLAIN(0), TEXT(1), BYTES(2), MAP(3), STREAM(4), OBJECT(5), NULL_TEXT(6), NULL_OBJECT(7);

    private final int code;

    BodyKind(int code) {
        this.code = code;
    }

    int code() {
        return code;
    }

    static BodyKind ofCode(int code) {
        return values()[code & 7];
    }

    static BodyKind of(MailslotMessage message) throws JMSException {
        if (message instanceof TextMessage text) {
            return text.getText() == null ? NULL_TEXT : TEXT;
        } else if (message instanceof BytesMessage) {
            return BYTES;
        } else if (message instanceof MapMessage) {
            return MAP;
        } else if (message instanceof StreamMessage) {
            return STREAM;
        } else if (message instanceof MailslotObjectMessage object) {
            return object.serializedForm() == null ? NULL_OBJECT : OBJECT;
        } else if (message instanceof ObjectMessage) {
            throw new IllegalStateException("foreign ObjectMessage must be copied first");
        }
        return PLAIN;
    }

    /** A new, empty message of this kind. */
    MailslotMessage newMessage() {
        return switch (this) {
            case PLAIN -> new MailslotMessage();
            case TEXT, NULL_TEXT -> new MailslotTextMessage();
            case BYTES -> new MailslotBytesMessage();
            case MAP -> new MailslotMapMessage();
            case STREAM -> new MailslotStreamMessage();
            case OBJECT, NULL_OBJECT -> new MailslotObjectMessage();
        };
    }
}
