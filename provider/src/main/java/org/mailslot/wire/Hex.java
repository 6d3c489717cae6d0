package org.mailslot.wire;

/** Hex digits for names and error details, without String.format (which is slow and locale-aware). */
final class Hex {

    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    private Hex() {
    }

    /** @return the upper-case hex digit of the low four bits */
    static char digit(int value) {
        return DIGITS[value & 0xF];
    }

    /** @return two upper-case hex digits of the low eight bits */
    static String byteText(int value) {
        return new String(new char[] {digit(value >> 4), digit(value)});
    }

    /** @return four upper-case hex digits of the low sixteen bits */
    static String shortText(int value) {
        return byteText(value >> 8) + byteText(value);
    }
}
