package org.mailslot.jms.payload;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growing byte array with the envelope's primitive encodings (big-endian fixed widths, LEB128 varints). One
 * writer per thread is reused by {@link #acquire()}, so encoding a message allocates only its result.
 */
final class EnvelopeWriter {

    private static final int INITIAL_CAPACITY = 256;
    // A writer that grew past this for one big message is not kept, so a thread does not hold on to it.
    private static final int RETAINED_CAPACITY = 64 * 1024;
    private static final ThreadLocal<EnvelopeWriter> PER_THREAD = ThreadLocal.withInitial(EnvelopeWriter::new);

    private byte[] bytes = new byte[INITIAL_CAPACITY];
    private int size;
    private boolean inUse;

    /** This thread's writer, empty; a fresh one if it is busy already (an encode inside an encode). */
    static EnvelopeWriter acquire() {
        EnvelopeWriter writer = PER_THREAD.get();
        if (writer.inUse) {
            return new EnvelopeWriter();
        }
        writer.inUse = true;
        writer.size = 0;
        return writer;
    }

    /** Gives the writer back after {@link #acquire()}; its content is gone. */
    void release() {
        inUse = false;
        if (bytes.length > RETAINED_CAPACITY) {
            bytes = new byte[INITIAL_CAPACITY];
        }
    }

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
        if (isAscii(value)) {
            varint(value.length());
            ascii(value);
        } else {
            lengthPrefixed(value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A string's UTF-8 bytes without a length; ASCII text is copied straight in, with no array in between. */
    void utf8(String value) {
        if (isAscii(value)) {
            ascii(value);
        } else {
            raw(value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void ascii(String value) {
        int length = value.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            bytes[size++] = (byte) value.charAt(i);
        }
    }

    private static boolean isAscii(String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
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
