package org.mailslot.jms.payload;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growing byte array with the envelope's primitive encodings (big-endian fixed widths, LEB128 varints). */
final class EnvelopeWriter {

    private byte[] bytes = new byte[256];
    private int size;

    void u8(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
    }

    void varint(long value) {
        ensure(10);
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            bytes[size++] = (byte) ((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        bytes[size++] = (byte) rest;
    }

    /** A signed value as a zig-zag varint, so small negative numbers stay short. */
    void zigzag(long value) {
        varint((value << 1) ^ (value >> 63));
    }

    void fixed(long value, int width) {
        ensure(width);
        for (int shift = (width - 1) * 8; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    void raw(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, bytes, size, data.length);
        size += data.length;
    }

    /** A length-prefixed byte array. */
    void lengthPrefixed(byte[] data) {
        varint(data.length);
        raw(data);
    }

    /** A length-prefixed UTF-8 string. */
    void string(String value) {
        lengthPrefixed(value.getBytes(StandardCharsets.UTF_8));
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int extra) {
        if (size + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + extra));
        }
    }
}
