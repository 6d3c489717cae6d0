package org.mailslot.names;

import static org.mailslot.names.NameServiceFormatException.Reason.BAD_LABEL;
import static org.mailslot.names.NameServiceFormatException.Reason.BAD_NAME;
import static org.mailslot.names.NameServiceFormatException.Reason.POINTER_LOOP;
import static org.mailslot.names.NameServiceFormatException.Reason.TRUNCATED;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.mailslot.wire.NetbiosName;

/**
 * Second-level encoded NetBIOS names as the name service carries them (RFC 1002 §4.1): a 32-byte first-level
 * encoded label, scope labels, a terminating zero, and compression pointers anywhere a label may start.
 */
final class NameLabels {

    private static final int ENCODED_LENGTH = 32;
    private static final int MAX_NAME_BYTES = 255;

    private NameLabels() {
    }

    /**
     * Decodes the name at {@code at[0]} and advances {@code at[0]} past it (past the pointer, if it ends in one).
     * Every pointer must point before the name segment it continues, so a chain of pointers always ends.
     */
    static NetbiosName decode(ByteBuffer in, int[] at) throws NameServiceFormatException {
        int offset = at[0];
        int segmentStart = offset;
        int resumeAt = -1;
        int total = 0;
        byte[] raw = null;
        StringBuilder scope = new StringBuilder();
        while (true) {
            if (offset >= in.remaining()) {
                throw new NameServiceFormatException(TRUNCATED, "name at offset " + at[0] + " runs past the packet end");
            }
            int length = in.get(offset) & 0xFF;
            if ((length & 0xC0) == 0xC0) {
                if (offset + 1 >= in.remaining()) {
                    throw new NameServiceFormatException(TRUNCATED, "pointer at offset " + offset + " is cut short");
                }
                int target = ((length & 0x3F) << 8) | (in.get(offset + 1) & 0xFF);
                if (target >= segmentStart) {
                    throw new NameServiceFormatException(POINTER_LOOP, "pointer at offset " + offset + " to offset "
                            + target + " does not point before the name it continues (offset " + segmentStart + ")");
                }
                if (resumeAt < 0) {
                    resumeAt = offset + 2;
                }
                offset = target;
                segmentStart = target;
                continue;
            }
            if (length > 63) {
                throw new NameServiceFormatException(BAD_LABEL, "label length byte 0x" + Integer.toHexString(length)
                        + " at offset " + offset + " is neither a length (0..63) nor a pointer (0xC0..)");
            }
            total += length + 1;
            if (total > MAX_NAME_BYTES) {
                throw new NameServiceFormatException(BAD_LABEL, "name at offset " + at[0] + " is longer than "
                        + MAX_NAME_BYTES + " bytes");
            }
            if (offset + 1 + length > in.remaining()) {
                throw new NameServiceFormatException(TRUNCATED, "label of " + length + " bytes at offset " + offset
                        + " runs past the packet end");
            }
            if (length == 0) {
                offset++;
                break;
            }
            if (raw == null) {
                raw = firstLevel(in, offset, length);
            } else {
                if (scope.length() > 0) {
                    scope.append('.');
                }
                byte[] label = new byte[length];
                in.get(offset + 1, label);
                scope.append(new String(label, StandardCharsets.ISO_8859_1));
            }
            offset += 1 + length;
        }
        if (raw == null) {
            throw new NameServiceFormatException(BAD_NAME, "name at offset " + at[0] + " has no NetBIOS label");
        }
        at[0] = resumeAt >= 0 ? resumeAt : offset;
        return fromRaw(raw, scope.toString());
    }

    private static byte[] firstLevel(ByteBuffer in, int offset, int length) throws NameServiceFormatException {
        if (length != ENCODED_LENGTH) {
            throw new NameServiceFormatException(BAD_NAME, "first label at offset " + offset + " has " + length
                    + " bytes; a NetBIOS name label has 32");
        }
        byte[] raw = new byte[16];
        for (int i = 0; i < 16; i++) {
            int high = in.get(offset + 1 + 2 * i) - 'A';
            int low = in.get(offset + 2 + 2 * i) - 'A';
            if (high < 0 || high > 15 || low < 0 || low > 15) {
                throw new NameServiceFormatException(BAD_NAME, "first label at offset " + offset
                        + " has a byte outside 'A'..'P' at character " + i);
            }
            raw[i] = (byte) (high << 4 | low);
        }
        return raw;
    }

    /** The NetBIOS name of 16 raw bytes (15 name bytes, space-padded, and the suffix). */
    static NetbiosName fromRaw(byte[] raw, String scope) throws NameServiceFormatException {
        int suffix = raw[15] & 0xFF;
        String name = raw[0] == '*' && allZero(raw, 1, 15) ? "*" : new String(raw, 0, 15, StandardCharsets.ISO_8859_1);
        try {
            return NetbiosName.of(name, suffix, scope);
        } catch (IllegalArgumentException e) {
            throw new NameServiceFormatException(BAD_NAME, e.getMessage());
        }
    }

    /** The 16 raw bytes of a name: as {@link #fromRaw} reads them. */
    static byte[] rawName(NetbiosName name) {
        byte[] raw = new byte[16];
        if (name.isWildcard()) {
            raw[0] = '*';
        } else {
            byte[] chars = name.name().getBytes(StandardCharsets.ISO_8859_1);
            java.util.Arrays.fill(raw, 0, 15, (byte) ' ');
            System.arraycopy(chars, 0, raw, 0, chars.length);
        }
        raw[15] = (byte) name.suffix();
        return raw;
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
