package org.mailslot.names;

import java.util.List;
import java.util.Objects;

/**
 * One NetBIOS name-service packet (RFC 1002 §4.2.1): header fields and the four sections.
 *
 * @param transactionId NAME_TRN_ID, 0..65535; a response carries its request's
 * @param response      the R bit
 * @param opcode        {@link #OPCODE_QUERY}, {@link #OPCODE_REGISTRATION}, {@link #OPCODE_RELEASE}, {@link
 *                      #OPCODE_WACK}, {@link #OPCODE_REFRESH} (or the alternative refresh value 9), 0..15
 * @param flags         NM_FLAGS, the seven bits {@link #FLAG_AA}, {@link #FLAG_TC}, {@link #FLAG_RD}, {@link
 *                      #FLAG_RA}, {@link #FLAG_B}
 * @param rcode         RCODE, 0..15 (0 success, {@link #RCODE_ACT_ERR} "name owned by another node", ...)
 * @param questions     the question section
 * @param answers       the answer section
 * @param authorities   the authority section
 * @param additionals   the additional section (the record a registration or release carries)
 */
public record NameServicePacket(int transactionId, boolean response, int opcode, int flags, int rcode,
        List<NameQuestion> questions, List<ResourceRecord> answers, List<ResourceRecord> authorities,
        List<ResourceRecord> additionals) {

    /** Name query (and node status) request or response. */
    public static final int OPCODE_QUERY = 0;
    /** Name registration. */
    public static final int OPCODE_REGISTRATION = 5;
    /** Name release. */
    public static final int OPCODE_RELEASE = 6;
    /** Wait for acknowledgement (a WINS server's "keep waiting"). */
    public static final int OPCODE_WACK = 7;
    /** Name refresh, as nmbd and Windows send it (RFC 1002 is ambiguous between 8 and 9). */
    public static final int OPCODE_REFRESH = 8;
    /** The other refresh opcode RFC 1002 can be read to give; WINS servers accept both. */
    public static final int OPCODE_REFRESH_ALTERNATIVE = 9;
    /** Multi-homed name registration (Microsoft's addition). */
    public static final int OPCODE_MULTIHOMED_REGISTRATION = 0xF;

    /** Authoritative answer. */
    public static final int FLAG_AA = 0x40;
    /** Truncated. */
    public static final int FLAG_TC = 0x20;
    /** Recursion desired. */
    public static final int FLAG_RD = 0x10;
    /** Recursion available. */
    public static final int FLAG_RA = 0x08;
    /** Broadcast. */
    public static final int FLAG_B = 0x01;

    /** RCODE: format error. */
    public static final int RCODE_FMT_ERR = 0x1;
    /** RCODE: server failure. */
    public static final int RCODE_SRV_ERR = 0x2;
    /** RCODE: the name does not exist. */
    public static final int RCODE_NAM_ERR = 0x3;
    /** RCODE: request refused. */
    public static final int RCODE_RFS_ERR = 0x5;
    /** RCODE: the name is owned by another node (a defended registration). */
    public static final int RCODE_ACT_ERR = 0x6;
    /** RCODE: the name is in conflict. */
    public static final int RCODE_CFT_ERR = 0x7;

    /** Record and question type NB (address). */
    public static final int TYPE_NB = 0x0020;
    /** Record and question type NBSTAT (node status). */
    public static final int TYPE_NBSTAT = 0x0021;
    /** Record type NULL: the record of a WACK and of a WINS server's negative query answer. */
    public static final int TYPE_NULL = 0x000A;
    /** Class IN, the only one NetBIOS uses. */
    public static final int CLASS_IN = 0x0001;

    /** Validates the header values and copies the sections. */
    public NameServicePacket {
        requireUnsigned16(transactionId, "transaction id");
        if (opcode < 0 || opcode > 0xF) {
            throw new IllegalArgumentException("opcode " + opcode + " is outside 0..15");
        }
        if (flags < 0 || flags > 0x7F) {
            throw new IllegalArgumentException("NM_FLAGS 0x" + Integer.toHexString(flags) + " is outside 7 bits");
        }
        if (rcode < 0 || rcode > 0xF) {
            throw new IllegalArgumentException("RCODE " + rcode + " is outside 0..15");
        }
        questions = List.copyOf(Objects.requireNonNull(questions, "questions"));
        answers = List.copyOf(Objects.requireNonNull(answers, "answers"));
        authorities = List.copyOf(Objects.requireNonNull(authorities, "authorities"));
        additionals = List.copyOf(Objects.requireNonNull(additionals, "additionals"));
        for (List<?> section : List.of(questions, answers, authorities, additionals)) {
            requireUnsigned16(section.size(), "section size");
        }
    }

    /** @return true when {@code flag} (one of the FLAG_ constants) is set */
    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** @return the only question, or throws when there is not exactly one */
    public NameQuestion question() {
        if (questions.size() != 1) {
            throw new IllegalStateException("packet has " + questions.size() + " questions, not one");
        }
        return questions.get(0);
    }

    static void requireUnsigned16(int value, String what) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException(what + " " + value + " is outside 0..65535");
        }
    }
}
