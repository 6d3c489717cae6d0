package org.mailslot.jms.payload;

import jakarta.jms.JMSException;
import java.util.Objects;
import org.mailslot.jms.message.MailslotMessage;

/**
 * Turns a received datagram into a message, whichever payload form it carries: datagrams that start with the
 * envelope magic {@code E5 4D} are envelopes, everything else is raw. A raw payload that happens to start with
 * those two bytes is therefore refused as a malformed envelope (and counted by the caller), never misread; a
 * receiver that knows its slot carries raw payloads says so ({@link PayloadFormat#RAW}) and gets every datagram as
 * raw.
 */
public final class PayloadDecoder {

    private final RawPayload raw;

    /** @param raw how raw datagrams become messages */
    public PayloadDecoder(RawPayload raw) {
        this.raw = Objects.requireNonNull(raw, "raw");
    }

    /** Which form the datagram carries. */
    public static PayloadFormat detect(byte[] data, int offset, int length) {
        return EnvelopeCodec.hasMagic(data, offset, length) ? PayloadFormat.JMS : PayloadFormat.RAW;
    }

    /**
     * The message the datagram carries; raw ones get the origin properties.
     *
     * @throws EnvelopeFormatException when the datagram starts like an envelope but is not a valid one
     * @throws JMSException            never for well-formed input; only if a raw message cannot be built
     */
    public MailslotMessage decode(byte[] data, int offset, int length, RawOrigin origin)
            throws EnvelopeFormatException, JMSException {
        return decode(data, offset, length, origin, null);
    }

    /**
     * As {@link #decode(byte[], int, int, RawOrigin)}, with the receiver's own choice of form.
     *
     * @param insist {@link PayloadFormat#RAW} reads every datagram as raw (a body that starts with {@code E5 4D}
     *               included); null (or {@link PayloadFormat#JMS}) recognises the form by the magic
     */
    public MailslotMessage decode(byte[] data, int offset, int length, RawOrigin origin, PayloadFormat insist)
            throws EnvelopeFormatException, JMSException {
        if (insist != PayloadFormat.RAW && detect(data, offset, length) == PayloadFormat.JMS) {
            return EnvelopeCodec.decode(data, offset, length);
        }
        return raw.toMessage(data, offset, length, origin);
    }
}
