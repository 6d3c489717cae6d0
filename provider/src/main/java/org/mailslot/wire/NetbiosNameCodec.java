package org.mailslot.wire;

import static org.mailslot.wire.WireFormatException.Reason.BAD_NAME_CHARACTER;
import static org.mailslot.wire.WireFormatException.Reason.BAD_NAME_LENGTH;
import static org.mailslot.wire.WireFormatException.Reason.BAD_SCOPE;
import static org.mailslot.wire.WireFormatException.Reason.BLANK_NAME;
import static org.mailslot.wire.WireFormatException.Reason.TRUNCATED_NAME;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * NetBIOS names on the wire (RFC 1001 §14): 16 raw bytes (name padded to 15, suffix), first-level encoded as
 * 32 characters 'A'..'P' behind a 0x20 length byte, then the scope ID as length-prefixed labels and a 0x00.
 */
final class NetbiosNameCodec {

    /** Length byte of the first label: 32 encoded characters. */
    static final int FIRST_LABEL_LENGTH = 0x20;
    /** Bytes of a name without scope: length byte, 32 characters, terminating 0x00. */
    static final int UNSCOPED_LENGTH = 34;

    private static final int RAW_LENGTH = 16;

    private NetbiosNameCodec() {
    }

    /** @return the bytes {@code name} takes on the wire */
    static int encodedLength(NetbiosName name) {
        return UNSCOPED_LENGTH + (name.scope().isEmpty() ? 0 : name.scope().length() + 1);
    }

    /** Writes {@code name} at absolute {@code index}; returns the index after it. The caller checked room. */
    static int encode(NetbiosName name, ByteBuffer out, int index) {
        String text = name.name();
        // The wildcard is padded with NULs, every other name with spaces (RFC 1001 §14.1, Samba, Windows).
        int padding = name.isWildcard() ? 0x00 : 0x20;
        out.put(index++, (byte) FIRST_LABEL_LENGTH);
        for (int i = 0; i < RAW_LENGTH; i++) {
            int raw = i == RAW_LENGTH - 1 ? name.suffix() : i < text.length() ? text.charAt(i) : padding;
            out.put(index++, (byte) ('A' + (raw >> 4)));
            out.put(index++, (byte) ('A' + (raw & 0xF)));
        }
        return encodeScope(name.scope(), out, index);
    }

    private static int encodeScope(String scope, ByteBuffer out, int index) {
        int labelStart = 0;
        while (labelStart < scope.length()) {
            int labelEnd = scope.indexOf('.', labelStart);
            if (labelEnd < 0) {
                labelEnd = scope.length();
            }
            out.put(index++, (byte) (labelEnd - labelStart));
            for (int i = labelStart; i < labelEnd; i++) {
                out.put(index++, (byte) scope.charAt(i));
            }
            labelStart = labelEnd + 1;
        }
        out.put(index++, (byte) 0);
        return index;
    }

    /**
     * Decodes the name at absolute {@code index}; the caller finds its end with {@link #encodedLength}, which
     * is exact because every accepted scope label maps one-to-one to its characters.
     *
     * @param role   "source name" or "destination name", for error messages
     * @param recent names decoded before, keyed by their wire bytes (only unscoped names are cached)
     */
    static NetbiosName decode(WireReader in, int index, String role, RecentlyDecoded<NetbiosName> recent)
            throws WireFormatException {
        boolean cacheable = index <= in.end() - UNSCOPED_LENGTH && in.u8(index + UNSCOPED_LENGTH - 1) == 0;
        int hash = 0;
        if (cacheable) {
            hash = RecentlyDecoded.hash(in, index, UNSCOPED_LENGTH);
            NetbiosName known = recent.find(in, index, UNSCOPED_LENGTH, hash);
            if (known != null) {
                return known;
            }
        }
        NetbiosName name = decodeUncached(in, index, role);
        if (cacheable) {
            recent.remember(in, index, UNSCOPED_LENGTH, hash, name);
        }
        return name;
    }

    private static NetbiosName decodeUncached(WireReader in, int index, String role) throws WireFormatException {
        in.require(index, UNSCOPED_LENGTH - 1, TRUNCATED_NAME, role);
        int labelLength = in.u8(index);
        if (labelLength != FIRST_LABEL_LENGTH) {
            throw new WireFormatException(BAD_NAME_LENGTH, role + " at offset " + in.offsetOf(index)
                    + " starts with label length 0x" + Hex.byteText(labelLength) + "; expected 0x20");
        }
        byte[] raw = new byte[RAW_LENGTH];
        for (int i = 0; i < RAW_LENGTH; i++) {
            int at = index + 1 + 2 * i;
            raw[i] = (byte) ((halfByte(in, at, role) << 4) | halfByte(in, at + 1, role));
        }
        int nameLength = RAW_LENGTH - 1;
        // Spaces are the normal padding and NULs the wildcard's; both are padding, not name.
        while (nameLength > 0 && (raw[nameLength - 1] == ' ' || raw[nameLength - 1] == 0)) {
            nameLength--;
        }
        if (nameLength == 0) {
            throw new WireFormatException(BLANK_NAME, role + " at offset " + in.offsetOf(index)
                    + " has no characters before its padding");
        }
        for (int i = 0; i < nameLength; i++) {
            if (raw[i] <= 0 || raw[i] == 0x7F) {
                throw new WireFormatException(BAD_NAME_CHARACTER, role + " at offset " + in.offsetOf(index)
                        + " has byte 0x" + Hex.byteText(raw[i]) + " at position " + i
                        + "; only ASCII 0x01..0x7E is supported");
            }
        }
        String scope = decodeScope(in, index + UNSCOPED_LENGTH - 1, role);
        return new NetbiosName(new String(raw, 0, nameLength, StandardCharsets.ISO_8859_1),
                raw[RAW_LENGTH - 1] & 0xFF, scope);
    }

    private static int halfByte(WireReader in, int at, String role) throws WireFormatException {
        int c = in.u8(at);
        if (c < 'A' || c > 'P') {
            throw new WireFormatException(BAD_NAME_CHARACTER, role + " has encoded byte 0x" + Hex.byteText(c)
                    + " at offset " + in.offsetOf(at) + "; first-level encoding uses only 'A'..'P'");
        }
        return c - 'A';
    }

    private static String decodeScope(WireReader in, int index, String role) throws WireFormatException {
        in.require(index, 1, TRUNCATED_NAME, role + " terminator");
        if (in.u8(index) == 0) {
            return "";
        }
        int scopeStart = index;
        int length = in.u8(index);
        while (length != 0) {
            if (length > NetbiosName.MAX_LABEL_LENGTH) {
                // 0xC0 and up would be a DNS label pointer; Windows and Samba never use them in datagrams.
                throw new WireFormatException(BAD_SCOPE, role + " scope label length 0x" + Hex.byteText(length)
                        + " at offset " + in.offsetOf(index) + "; labels are 1..63 bytes and pointers are not allowed");
            }
            in.require(index + 1, length + 1, TRUNCATED_NAME, role + " scope label");
            for (int i = index + 1; i <= index + length; i++) {
                int c = in.u8(i);
                if (c < 0x21 || c > 0x7E || c == '.') {
                    throw new WireFormatException(BAD_SCOPE, role + " scope has byte 0x" + Hex.byteText(c)
                            + " at offset " + in.offsetOf(i) + "; labels allow ASCII 0x21..0x7E except '.'");
                }
            }
            index += length + 1;
            if (index - scopeStart - 1 > NetbiosName.MAX_SCOPE_LENGTH) {
                throw new WireFormatException(BAD_SCOPE, role + " scope is longer than "
                        + NetbiosName.MAX_SCOPE_LENGTH + " characters");
            }
            length = in.u8(index);
        }
        return scopeText(in, scopeStart, index);
    }

    /** Turns the labels in {@code [start, terminator)} into dotted text: each length byte becomes a dot. */
    private static String scopeText(WireReader in, int start, int terminator) {
        byte[] text = in.bytes(start + 1, terminator - start - 1);
        int at = in.u8(start);
        while (at < text.length) {
            int nextLabelLength = text[at] & 0xFF;
            text[at] = '.';
            at += nextLabelLength + 1;
        }
        return new String(text, StandardCharsets.ISO_8859_1);
    }
}
