package org.mailslot.bridge.mapping;

import java.util.Objects;
import org.mailslot.jms.message.MailslotMessage;

/** What a datagram's data becomes in the broker (see {@link BodyMapper}). */
public sealed interface MappedBody {

    /** The datagram's data, byte for byte, as a JMS {@code BytesMessage} body. */
    record RawBytes(byte[] bytes) implements MappedBody {
        public RawBytes {
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /**
     * The data was the provider's JMS envelope: the message it encodes, with its own type, headers, properties
     * and body.
     */
    record JmsEnvelope(MailslotMessage message) implements MappedBody {
        public JmsEnvelope {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The data is an envelope carrying a Java-serialised ObjectMessage that the bridge will not turn into a broker
     * ObjectMessage: forwarded as a BytesMessage of the data, {@link MailslotProperties#WITHHELD_BODY} saying what
     * it is and why it was withheld.
     */
    record WithheldObject(byte[] bytes, String what) implements MappedBody {
        public WithheldObject {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(what, "what");
        }
    }

    /**
     * The data starts like a JMS envelope but is not a valid one. It is still forwarded, as raw bytes with the
     * reason in {@link MailslotProperties#PAYLOAD_ERROR}: a Windows program's bytes must never be lost because
     * they happen to begin with the envelope's magic.
     */
    record UnreadableEnvelope(byte[] bytes, String error) implements MappedBody {
        public UnreadableEnvelope {
            Objects.requireNonNull(bytes, "bytes");
            Objects.requireNonNull(error, "error");
        }
    }
}
