package org.mailslot.wire;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds expected datagrams from literal pieces (hex, ASCII, repeats), so vectors never come from the encoder. */
final class ByteVector {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    /** @param hex pairs of hex digits; spaces are ignored */
    ByteVector hex(String hex) {
        String digits = hex.replace(" ", "").replace("\n", "");
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("odd number of hex digits: " + hex);
        }
        for (int i = 0; i < digits.length(); i += 2) {
            bytes.write(Integer.parseInt(digits.substring(i, i + 2), 16));
        }
        return this;
    }

    ByteVector ascii(String text) {
        bytes.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    ByteVector repeat(int value, int count) {
        for (int i = 0; i < count; i++) {
            bytes.write(value);
        }
        return this;
    }

    byte[] toArray() {
        return bytes.toByteArray();
    }

    /** Appends raw bytes (e.g. a slice of another vector). */
    ByteVector bytes(byte[] raw) {
        bytes.writeBytes(raw);
        return this;
    }

    static byte[] ofHex(String hex) {
        return new ByteVector().hex(hex).toArray();
    }
}
