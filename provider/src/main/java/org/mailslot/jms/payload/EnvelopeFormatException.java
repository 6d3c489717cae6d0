package org.mailslot.jms.payload;

import java.util.Objects;

/** The only exception envelope decoding throws: the bytes are not a well-formed {@code jms} envelope. */
public final class EnvelopeFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the bytes; a receiver counts drops by reason. */
    public enum Reason {
        /** The datagram does not start with the envelope's magic bytes. */
        BAD_MAGIC,
        /** A version this decoder does not know. */
        UNSUPPORTED_VERSION,
        /** The datagram ends inside a field. */
        TRUNCATED,
        /** A variable-length integer is longer than its type allows. */
        BAD_VARINT,
        /** A length or count is larger than the bytes that remain. */
        BAD_LENGTH,
        /** A string is not valid UTF-8. */
        BAD_UTF8,
        /** A typed value has an unknown type tag. */
        BAD_TYPE_TAG,
        /** The body kind is unknown or the body does not fit its kind. */
        BAD_BODY,
        /** A header value is out of range or a reserved flag bit is set. */
        BAD_HEADER,
        /** A property name or value breaks the JMS property rules. */
        BAD_PROPERTY,
        /** The reply-to destination is not a valid mailslot name. */
        BAD_DESTINATION,
        /** Bytes follow the end of a body that has its own end. */
        TRAILING_BYTES
    }

    private final Reason reason;

    /** @param detail where and what, e.g. "property count 70000 but 12 bytes remain" */
    public EnvelopeFormatException(Reason reason, String detail) {
        super(Objects.requireNonNull(reason, "reason") + ": " + detail);
        this.reason = reason;
    }

    /** What is wrong. */
    public Reason reason() {
        return reason;
    }
}
