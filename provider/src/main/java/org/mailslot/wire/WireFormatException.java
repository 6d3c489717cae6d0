package org.mailslot.wire;

import java.util.Objects;

/**
 * A received datagram that is not a well-formed mailslot write. This checked exception is the only thing
 * {@link MailslotCodec#decode} ever throws for bad input; its {@link #reason()} names the field that was wrong,
 * so receivers can count drops per reason.
 *
 * <p>No stack trace is captured: the cause is always the input bytes, never the call path, and a flood of
 * malformed datagrams must stay cheap to reject.
 */
public final class WireFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Reason reason;

    /**
     * @param reason which rule the datagram broke
     * @param detail the offending value and where it was found
     */
    public WireFormatException(Reason reason, String detail) {
        super(Objects.requireNonNull(reason, "reason") + ": " + detail, null, false, false);
        this.reason = reason;
    }

    /** @return which rule the datagram broke */
    public Reason reason() {
        return reason;
    }

    /** Why a datagram was rejected, one constant per field or layer check. */
    public enum Reason {
        /** Fewer than the 14 bytes of the NetBIOS datagram header. */
        TRUNCATED_HEADER,
        /** A MSG_TYPE other than 0x10, 0x11 or 0x12 (0x13-0x16 are error and query packets). */
        UNSUPPORTED_MESSAGE_TYPE,
        /** The FIRST flag is clear or the MORE flag is set: mailslot writes are never fragmented. */
        FRAGMENTED,
        /** PACKET_OFFSET is not zero. */
        BAD_PACKET_OFFSET,
        /** The packet ends inside a source or destination name. */
        TRUNCATED_NAME,
        /** The first label of a name is not 0x20 (32) bytes long. */
        BAD_NAME_LENGTH,
        /** A first-level-encoded character is outside 'A'..'P', or a decoded name byte is not ASCII. */
        BAD_NAME_CHARACTER,
        /** The decoded name is empty or only padding. */
        BLANK_NAME,
        /** A scope label is too long, a pointer, contains a bad character, or the scope is too long. */
        BAD_SCOPE,
        /** The packet ends inside the fixed part of the SMB. */
        TRUNCATED_SMB,
        /** The SMB does not start with 0xFF 'S' 'M' 'B'. */
        BAD_SMB_SIGNATURE,
        /** The SMB command is not SMB_COM_TRANSACTION (0x25). */
        BAD_SMB_COMMAND,
        /** WordCount is not 17. */
        BAD_WORD_COUNT,
        /** SetupCount is not 3. */
        BAD_SETUP_COUNT,
        /** The mailslot opcode (setup word 0) is not 1 (write). */
        BAD_OPCODE,
        /** The transaction name is not a NUL-terminated, printable {@code \MAILSLOT\<name>} before the data. */
        BAD_MAILSLOT_NAME,
        /** DataOffset/DataCount point outside the packet or into the fixed SMB part. */
        DATA_OUT_OF_BOUNDS
    }
}
