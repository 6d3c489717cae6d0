package org.mailslot.names;

import java.util.Objects;

/**
 * A name-service packet that cannot be decoded. The only checked exception {@link NameServiceCodec#decode} throws
 * for bad input; {@link #reason()} says which rule the packet broke, so receivers count drops by reason.
 */
public final class NameServiceFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    /**
     * @param reason the broken rule
     * @param detail what was found, and where
     */
    public NameServiceFormatException(Reason reason, String detail) {
        super(Objects.requireNonNull(reason, "reason") + ": " + detail, null, false, false);
        this.reason = reason;
    }

    /** @return the broken rule */
    public Reason reason() {
        return reason;
    }

    /** Why a packet was rejected. */
    public enum Reason {
        /** The packet ends inside the header, a name, a record or its data. */
        TRUNCATED,
        /** The section counts promise more entries than the packet can hold. */
        BAD_COUNT,
        /** A label length byte is neither a length (0..63) nor a pointer (0xC0), or a name is over 255 bytes. */
        BAD_LABEL,
        /** A compression pointer points at or past itself, or a chain of pointers revisits a label. */
        POINTER_LOOP,
        /** The first label is not a 32-byte first-level encoded NetBIOS name, or the name breaks NetBIOS rules. */
        BAD_NAME,
        /** An NB or NBSTAT record's data does not have the layout of its type. */
        BAD_RDATA,
        /** Bytes left over after the last record. */
        TRAILING_BYTES
    }
}
