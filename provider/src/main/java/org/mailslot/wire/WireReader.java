package org.mailslot.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Bounds-checked reads over one received datagram, {@code [start, end)} of a buffer or array, by absolute
 * index so a buffer's position and byte order are never touched. Every read past the end becomes a
 * {@link WireFormatException} with the caller's reason; offsets in messages count from the datagram start.
 * Arrays (and array-backed buffers) are read directly: it is the fast path, and needs no wrapper object.
 */
final class WireReader {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** The backing array, or null for a direct or read-only buffer. */
    private final byte[] array;
    /** Added to an index to find its array element. */
    private final int arrayBase;
    private final ByteBuffer buffer;
    private final int start;
    private final int end;

    /** Reads {@code buffer[position, limit)}. */
    WireReader(ByteBuffer buffer) {
        this.array = buffer.hasArray() ? buffer.array() : null;
        this.arrayBase = buffer.hasArray() ? buffer.arrayOffset() : 0;
        this.buffer = buffer;
        this.start = buffer.position();
        this.end = buffer.limit();
    }

    /** Reads {@code array[start, end)}. */
    WireReader(byte[] array, int start, int end) {
        this.array = array;
        this.arrayBase = 0;
        this.buffer = null;
        this.start = start;
        this.end = end;
    }

    /** @return the absolute index of the datagram's first byte */
    int start() {
        return start;
    }

    /** @return the absolute index just past the datagram's last byte */
    int end() {
        return end;
    }

    /** @return the offset of an absolute index from the datagram start, for error messages */
    int offsetOf(int index) {
        return index - start;
    }

    /** Fails with {@code reason} unless {@code count} bytes exist at {@code index}. */
    void require(int index, int count, WireFormatException.Reason reason, String what) throws WireFormatException {
        if (count > end - index) {
            throw new WireFormatException(reason, what + " needs " + count + " bytes at offset " + offsetOf(index)
                    + " but the datagram has " + (end - start) + " bytes");
        }
    }

    /** Unchecked: callers {@link #require} the range first. */
    int u8(int index) {
        return (array != null ? array[arrayBase + index] : buffer.get(index)) & 0xFF;
    }

    int u16BigEndian(int index) {
        return (u8(index) << 8) | u8(index + 1);
    }

    int u32BigEndian(int index) {
        return (u16BigEndian(index) << 16) | u16BigEndian(index + 2);
    }

    int u16LittleEndian(int index) {
        return u8(index) | (u8(index + 1) << 8);
    }

    /** @return true if the {@code key.length} bytes at {@code index} equal {@code key} (the caller checked room) */
    boolean matches(int index, byte[] key) {
        if (array != null) {
            int from = arrayBase + index;
            return Arrays.equals(array, from, from + key.length, key, 0, key.length);
        }
        for (int i = 0; i < key.length; i++) {
            if (buffer.get(index + i) != key[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return a hash of {@code [index, index + length)} for cache lookups, eight bytes at a time where the
     *         bytes are in an array (the caller checked room)
     */
    int hash(int index, int length) {
        long hash = length;
        int i = 0;
        if (array != null) {
            for (; i + Long.BYTES <= length; i += Long.BYTES) {
                hash = hash * 0x9E3779B97F4A7C15L + (long) LONGS.get(array, arrayBase + index + i);
            }
        }
        for (; i < length; i++) {
            hash = hash * 31 + u8(index + i);
        }
        return (int) (hash ^ (hash >>> 32));
    }

    /**
     * @return true if no byte of {@code [index, index + length)} has its high bit set, looked at eight bytes at a time
     *         where the bytes are in an array (the caller checked room)
     */
    boolean isAscii(int index, int length) {
        int i = 0;
        if (array != null) {
            long bits = 0;
            for (; i + Long.BYTES <= length; i += Long.BYTES) {
                bits |= (long) LONGS.get(array, arrayBase + index + i);
            }
            if ((bits & 0x8080808080808080L) != 0) {
                return false;
            }
        }
        for (; i < length; i++) {
            if (u8(index + i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** @return a copy of {@code length} bytes at {@code index} */
    byte[] bytes(int index, int length) {
        if (array != null) {
            return Arrays.copyOfRange(array, arrayBase + index, arrayBase + index + length);
        }
        byte[] copy = new byte[length];
        buffer.get(index, copy, 0, length);
        return copy;
    }

    /** @return the bytes at {@code [index, index + length)} as an ASCII string (one char per byte) */
    String ascii(int index, int length) {
        if (array != null) {
            return new String(array, arrayBase + index, length, StandardCharsets.ISO_8859_1);
        }
        return new String(bytes(index, length), StandardCharsets.ISO_8859_1);
    }
}
