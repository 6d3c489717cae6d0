package org.mailslot.wire;

import static org.mailslot.wire.WireFormatException.Reason.BAD_MAILSLOT_NAME;
import static org.mailslot.wire.WireFormatException.Reason.BAD_OPCODE;
import static org.mailslot.wire.WireFormatException.Reason.BAD_SETUP_COUNT;
import static org.mailslot.wire.WireFormatException.Reason.BAD_SMB_COMMAND;
import static org.mailslot.wire.WireFormatException.Reason.BAD_SMB_SIGNATURE;
import static org.mailslot.wire.WireFormatException.Reason.BAD_WORD_COUNT;
import static org.mailslot.wire.WireFormatException.Reason.DATA_OUT_OF_BOUNDS;
import static org.mailslot.wire.WireFormatException.Reason.TRUNCATED_SMB;

import java.nio.ByteBuffer;

/**
 * The SMB_COM_TRANSACTION mailslot write ([MS-MAIL] §2.2.1, [MS-CIFS] §2.2.4.33): a 32-byte SMB header,
 * 17 parameter words (the last three are the setup words opcode, priority, class), ByteCount, the
 * NUL-terminated transaction name, optional padding, then the message. Little-endian. Offsets below count
 * from the SMB's first byte, as DataOffset does.
 */
final class SmbMailslotWrite {

    /** Bytes before the transaction name: header (32), WordCount (1), 17 words (34), ByteCount (2). */
    static final int FIXED_LENGTH = 69;

    private static final int SMB_COM_TRANSACTION = 0x25;
    private static final int WORD_COUNT = 17;
    private static final int SETUP_COUNT = 3;
    private static final int OPCODE_WRITE = 1;
    private static final int CLASS_UNRELIABLE = 2;

    private static final int COMMAND = 4;
    private static final int FLAGS = 9;
    private static final int FLAGS2 = 10;
    private static final int PID_LOW = 26;
    private static final int WORD_COUNT_AT = 32;
    private static final int TOTAL_DATA_COUNT = 35;
    private static final int MAX_PARAMETER_COUNT = 37;
    private static final int TRANSACTION_FLAGS = 43;
    private static final int PARAMETER_OFFSET = 53;
    private static final int DATA_COUNT = 55;
    private static final int DATA_OFFSET = 57;
    private static final int SETUP_COUNT_AT = 59;
    private static final int OPCODE = 61;
    private static final int PRIORITY = 63;
    private static final int CLASS = 65;
    private static final int BYTE_COUNT = 67;

    private SmbMailslotWrite() {
    }

    /** @return where the message starts, counted from the SMB start */
    static int dataOffset(SmbProfile profile, String mailslotName) {
        return dataOffset(profile, mailslotName.length());
    }

    /** @return where the message starts for a transaction name of {@code nameLength} characters */
    static int dataOffset(SmbProfile profile, int nameLength) {
        int afterName = FIXED_LENGTH + nameLength + 1;
        return profile.alignsData ? (afterName + 3) & ~3 : afterName;
    }

    /** @return the whole SMB's length */
    static int encodedLength(SmbProfile profile, String mailslotName, int dataLength) {
        return dataOffset(profile, mailslotName) + dataLength;
    }

    /**
     * Writes the SMB at absolute {@code smb}, the transaction name in {@code codePage}; returns the index after it. The
     * caller checked room and that the code page has every character of the name.
     */
    static int encode(SmbProfile profile, OemCodePage codePage, MailslotDatagram d, ByteBuffer out, int smb) {
        String name = d.mailslotName();
        byte[] data = d.data();
        int dataOffset = dataOffset(profile, name);
        for (int i = smb; i < smb + FIXED_LENGTH; i++) {
            out.put(i, (byte) 0);
        }
        out.put(smb, (byte) 0xFF);
        out.put(smb + 1, (byte) 'S');
        out.put(smb + 2, (byte) 'M');
        out.put(smb + 3, (byte) 'B');
        out.put(smb + COMMAND, (byte) SMB_COM_TRANSACTION);
        out.put(smb + FLAGS, (byte) profile.smbFlags);
        putShort(out, smb + FLAGS2, profile.smbFlags2);
        putShort(out, smb + PID_LOW, profile.processIdLow);
        out.put(smb + WORD_COUNT_AT, (byte) WORD_COUNT);
        putShort(out, smb + TOTAL_DATA_COUNT, data.length);
        putShort(out, smb + MAX_PARAMETER_COUNT, profile.maxParameterCount);
        putShort(out, smb + TRANSACTION_FLAGS, profile.transactionFlags);
        putShort(out, smb + PARAMETER_OFFSET, profile.alignsData ? dataOffset : 0);
        putShort(out, smb + DATA_COUNT, data.length);
        putShort(out, smb + DATA_OFFSET, dataOffset);
        out.put(smb + SETUP_COUNT_AT, (byte) SETUP_COUNT);
        putShort(out, smb + OPCODE, OPCODE_WRITE);
        putShort(out, smb + PRIORITY, d.priority());
        putShort(out, smb + CLASS, CLASS_UNRELIABLE);
        putShort(out, smb + BYTE_COUNT, dataOffset - FIXED_LENGTH + data.length);
        int index = smb + FIXED_LENGTH;
        for (int i = 0; i < name.length(); i++) {
            out.put(index++, codePage.byteOf(name.charAt(i)));
        }
        // The name's NUL and the alignment padding.
        while (index < smb + dataOffset) {
            out.put(index++, (byte) 0);
        }
        out.put(index, data, 0, data.length);
        return index + data.length;
    }

    private static void putShort(ByteBuffer out, int index, int value) {
        out.put(index, (byte) value);
        out.put(index + 1, (byte) (value >>> 8));
    }

    /**
     * Decodes the SMB that runs from absolute {@code smb} to the datagram's end, following the receiver rules.
     *
     * @param codePage    what bytes 0x80..0xFF of the transaction name mean
     * @param recentNames transaction names decoded before (in this code page), reused when the same bytes come again
     */
    static MailslotDatagram decode(WireReader in, int smb, DatagramHeader header, OemCodePage codePage,
                                   RecentlyDecoded<String> recentNames) throws WireFormatException {
        in.require(smb, 4, TRUNCATED_SMB, "SMB signature");
        if (in.u8(smb) != 0xFF || in.u8(smb + 1) != 'S' || in.u8(smb + 2) != 'M' || in.u8(smb + 3) != 'B') {
            throw new WireFormatException(BAD_SMB_SIGNATURE, "user data at offset " + in.offsetOf(smb)
                    + " starts with 0x" + Hex.byteText(in.u8(smb)) + Hex.byteText(in.u8(smb + 1))
                    + Hex.byteText(in.u8(smb + 2)) + Hex.byteText(in.u8(smb + 3)) + ", not 0xFF534D42 (\\xFFSMB)");
        }
        in.require(smb, WORD_COUNT_AT + 1, TRUNCATED_SMB, "SMB header and WordCount");
        expect(in, smb + COMMAND, SMB_COM_TRANSACTION, BAD_SMB_COMMAND, "SMB command");
        expect(in, smb + WORD_COUNT_AT, WORD_COUNT, BAD_WORD_COUNT, "WordCount");
        in.require(smb, FIXED_LENGTH, TRUNCATED_SMB, "SMB transaction words and ByteCount");
        expect(in, smb + SETUP_COUNT_AT, SETUP_COUNT, BAD_SETUP_COUNT, "SetupCount");
        int opcode = in.u16LittleEndian(smb + OPCODE);
        if (opcode != OPCODE_WRITE) {
            throw new WireFormatException(BAD_OPCODE, "mailslot opcode " + opcode + " at offset "
                    + in.offsetOf(smb + OPCODE) + "; only 1 (write) exists");
        }
        int dataCount = in.u16LittleEndian(smb + DATA_COUNT);
        int dataOffset = in.u16LittleEndian(smb + DATA_OFFSET);
        int smbLength = in.end() - smb;
        if (dataOffset < FIXED_LENGTH) {
            throw new WireFormatException(DATA_OUT_OF_BOUNDS, "DataOffset " + dataOffset
                    + " points into the fixed SMB part (its first " + FIXED_LENGTH + " bytes)");
        }
        if (dataOffset + dataCount > smbLength) {
            throw new WireFormatException(DATA_OUT_OF_BOUNDS, "DataOffset " + dataOffset + " + DataCount "
                    + dataCount + " = " + (dataOffset + dataCount) + " runs past the SMB's " + smbLength + " bytes");
        }
        int nameStart = smb + FIXED_LENGTH;
        int nameEnd = nameStart;
        while (nameEnd < smb + dataOffset && in.u8(nameEnd) != 0) {
            nameEnd++;
        }
        if (nameEnd == smb + dataOffset) {
            throw new WireFormatException(BAD_MAILSLOT_NAME, "transaction name at offset "
                    + in.offsetOf(nameStart) + " has no NUL before DataOffset " + dataOffset);
        }
        String mailslotName = mailslotName(in, nameStart, nameEnd, codePage, recentNames);
        // Windows ignores the priority; values above 9 are read as 9 rather than dropping the message.
        int priority = Math.min(in.u16LittleEndian(smb + PRIORITY), MailslotDatagram.MAX_PRIORITY);
        return header.toDatagram(mailslotName, priority,
                in.bytes(smb + dataOffset, dataCount));
    }

    private static String mailslotName(WireReader in, int start, int end, OemCodePage codePage,
                                       RecentlyDecoded<String> recentNames) throws WireFormatException {
        int hash = RecentlyDecoded.hash(in, start, end - start);
        String known = recentNames.find(in, start, end - start, hash);
        if (known != null) {
            return known;
        }
        // ASCII is the same in every OEM code page and is read as before, one char per byte; only names with bytes
        // 0x80..0xFF go through the code page's table.
        String name = in.isAscii(start, end - start) ? in.ascii(start, end - start)
                : oemName(in, start, end, codePage);
        String problem = MailslotNames.problemWith(name);
        if (problem != null) {
            throw new WireFormatException(BAD_MAILSLOT_NAME, "transaction name at offset " + in.offsetOf(start)
                    + ' ' + problem);
        }
        recentNames.remember(in, start, end - start, hash, name);
        return name;
    }

    private static String oemName(WireReader in, int start, int end, OemCodePage codePage)
            throws WireFormatException {
        char[] chars = new char[end - start];
        for (int i = 0; i < chars.length; i++) {
            int b = in.u8(start + i);
            char c = codePage.charOf(b);
            if (c == OemCodePage.UNMAPPED) {
                throw new WireFormatException(BAD_MAILSLOT_NAME, "transaction name at offset " + in.offsetOf(start)
                        + " has byte 0x" + Hex.byteText(b) + " at index " + i + ", which " + codePage
                        + " leaves unassigned");
            }
            chars[i] = c;
        }
        return new String(chars);
    }

    private static void expect(WireReader in, int index, int expected, WireFormatException.Reason reason,
                               String field) throws WireFormatException {
        int actual = in.u8(index);
        if (actual != expected) {
            throw new WireFormatException(reason, field + " is 0x" + Hex.byteText(actual) + " at offset "
                    + in.offsetOf(index) + "; a mailslot write has 0x" + Hex.byteText(expected));
        }
    }
}
