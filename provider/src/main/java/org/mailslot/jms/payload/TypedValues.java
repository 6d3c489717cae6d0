package org.mailslot.jms.payload;

import org.mailslot.jms.payload.EnvelopeFormatException.Reason;

/**
 * Typed values of properties, MapMessage entries and StreamMessage items: one tag byte, then the value. Booleans
 * and null are tag-only; integral types are zig-zag varints; float and double are IEEE bits, big-endian.
 */
final class TypedValues {

    static final int NULL = 0;
    static final int FALSE = 1;
    static final int TRUE = 2;
    static final int BYTE = 3;
    static final int SHORT = 4;
    static final int INT = 5;
    static final int LONG = 6;
    static final int FLOAT = 7;
    static final int DOUBLE = 8;
    static final int STRING = 9;
    static final int CHAR = 10;
    static final int BYTES = 11;

    private TypedValues() {
    }

    /** Writes one value; the caller guarantees it is of a JMS value type. */
    static void write(EnvelopeWriter out, Object value) {
        if (value == null) {
            out.u8(NULL);
        } else if (value instanceof Boolean b) {
            out.u8(b ? TRUE : FALSE);
        } else if (value instanceof Byte b) {
            out.u8(BYTE);
            out.u8(b);
        } else if (value instanceof Short s) {
            out.u8(SHORT);
            out.zigzag(s);
        } else if (value instanceof Integer i) {
            out.u8(INT);
            out.zigzag(i);
        } else if (value instanceof Long l) {
            out.u8(LONG);
            out.zigzag(l);
        } else if (value instanceof Float f) {
            out.u8(FLOAT);
            out.fixed(Float.floatToRawIntBits(f), 4);
        } else if (value instanceof Double d) {
            out.u8(DOUBLE);
            out.fixed(Double.doubleToRawLongBits(d), 8);
        } else if (value instanceof String s) {
            out.u8(STRING);
            out.string(s);
        } else if (value instanceof Character c) {
            out.u8(CHAR);
            out.fixed(c, 2);
        } else if (value instanceof byte[] bytes) {
            out.u8(BYTES);
            out.lengthPrefixed(bytes);
        } else {
            throw new IllegalArgumentException("not a JMS value type: " + value.getClass().getName());
        }
    }

    /** Reads one value written by {@link #write}. */
    static Object read(EnvelopeReader in, String field) throws EnvelopeFormatException {
        int tag = in.u8(field + " type");
        return switch (tag) {
            case NULL -> null;
            case FALSE -> false;
            case TRUE -> true;
            case BYTE -> (byte) in.u8(field);
            case SHORT -> (short) in.zigzag(field, Short.MIN_VALUE, Short.MAX_VALUE);
            case INT -> (int) in.zigzag(field, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case LONG -> in.zigzag(field);
            case FLOAT -> Float.intBitsToFloat((int) in.fixed(4, field));
            case DOUBLE -> Double.longBitsToDouble(in.fixed(8, field));
            case STRING -> in.string(field);
            case CHAR -> (char) in.fixed(2, field);
            case BYTES -> in.lengthPrefixed(field);
            default -> throw new EnvelopeFormatException(Reason.BAD_TYPE_TAG, field + " has unknown type tag " + tag);
        };
    }
}
