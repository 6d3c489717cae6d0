package org.mailslot.jms.payload;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.mailslot.jms.payload.EnvelopeFormatException.Reason;

/**
 * Bounds-checked reading of the envelope's primitive encodings from a slice of a byte array. Every read that would
 * pass the end, and every length larger than what remains, is an {@link EnvelopeFormatException}.
 */
final class EnvelopeReader {

    private final byte[] data;
    private final int end;
    private int position;

    EnvelopeReader(byte[] data, int offset, int length) {
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new IndexOutOfBoundsException("offset " + offset + " and length " + length
                    + " do not fit an array of " + data.length);
        }
        this.data = data;
        this.position = offset;
        this.end = offset + length;
    }

    int remaining() {
        return end - position;
    }

    int u8(String field) throws EnvelopeFormatException {
        need(1, field);
        return data[position++] & 0xFF;
    }

    long varint(String field) throws EnvelopeFormatException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = u8(field);
            if (shift == 63 && (b & 0xFE) != 0) {
                break;
            }
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new EnvelopeFormatException(Reason.BAD_VARINT, field + " is longer than a 64-bit varint");
    }

    long zigzag(String field) throws EnvelopeFormatException {
        long raw = varint(field);
        return (raw >>> 1) ^ -(raw & 1);
    }

    /** A zig-zag varint that must fit in {@code [min, max]}. */
    long zigzag(String field, long min, long max) throws EnvelopeFormatException {
        long value = zigzag(field);
        if (value < min || value > max) {
            throw new EnvelopeFormatException(Reason.BAD_VARINT, field + " " + value + " is outside " + min + ".."
                    + max);
        }
        return value;
    }

    /** A length or count of items each at least {@code minItemSize} bytes long, checked against what remains. */
    int count(String field, int minItemSize) throws EnvelopeFormatException {
        long value = varint(field);
        if (value > remaining() / Math.max(1, minItemSize)) {
            throw new EnvelopeFormatException(Reason.BAD_LENGTH, field + " " + Long.toUnsignedString(value)
                    + " does not fit the " + remaining() + " bytes that remain");
        }
        return (int) value;
    }

    long fixed(int width, String field) throws EnvelopeFormatException {
        need(width, field);
        long value = 0;
        for (int i = 0; i < width; i++) {
            value = (value << 8) | (data[position++] & 0xFF);
        }
        return value;
    }

    byte[] bytes(int length, String field) throws EnvelopeFormatException {
        need(length, field);
        byte[] copy = Arrays.copyOfRange(data, position, position + length);
        position += length;
        return copy;
    }

    byte[] lengthPrefixed(String field) throws EnvelopeFormatException {
        return bytes(count(field + " length", 1), field);
    }

    byte[] rest() {
        byte[] copy = Arrays.copyOfRange(data, position, end);
        position = end;
        return copy;
    }

    String string(String field) throws EnvelopeFormatException {
        return utf8(lengthPrefixed(field), field);
    }

    /** Strict UTF-8: malformed or truncated sequences are an error, never replaced. */
    static String utf8(byte[] bytes, String field) throws EnvelopeFormatException {
        if (isAscii(bytes)) {
            // most names and texts are ASCII: skip building a strict decoder for them
            return new String(bytes, StandardCharsets.US_ASCII);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new EnvelopeFormatException(Reason.BAD_UTF8, field + " is not valid UTF-8 (" + e + ")");
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private void need(int length, String field) throws EnvelopeFormatException {
        if (length > remaining()) {
            throw new EnvelopeFormatException(Reason.TRUNCATED, field + " needs " + length + " bytes but "
                    + remaining() + " remain");
        }
    }
}
