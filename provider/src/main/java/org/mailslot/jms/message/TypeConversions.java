package org.mailslot.jms.message;

import jakarta.jms.JMSException;

/**
 * The value conversion table shared by message properties, MapMessage and StreamMessage (Jakarta Messaging 3.1
 * §3.5.4, §3.11.3): a value may be read as its own type, a wider type of the same family or a String; a String may
 * be read as any primitive through {@code valueOf}. A missing or null value behaves as {@code valueOf(null)}:
 * false for boolean, null for String and byte[], NumberFormatException for integral types and NullPointerException
 * for float, double and char. Every other pairing is a {@code MessageFormatException}.
 */
final class TypeConversions {

    private TypeConversions() {
    }

    /** True for the types a property may hold (MapMessage and StreamMessage also allow Character and byte[]). */
    static boolean isPropertyType(Object value) {
        return value == null || value instanceof Boolean || value instanceof Byte || value instanceof Short
                || value instanceof Integer || value instanceof Long || value instanceof Float
                || value instanceof Double || value instanceof String;
    }

    /** True for the types a MapMessage or StreamMessage may hold. */
    static boolean isBodyValueType(Object value) {
        return isPropertyType(value) || value instanceof Character || value instanceof byte[];
    }

    static boolean toBoolean(Object value, String name) throws JMSException {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value == null || value instanceof String) {
            return Boolean.parseBoolean((String) value);
        }
        throw mismatch(value, "boolean", name);
    }

    static byte toByte(Object value, String name) throws JMSException {
        if (value instanceof Byte b) {
            return b;
        }
        if (value == null || value instanceof String) {
            return Byte.parseByte((String) value);
        }
        throw mismatch(value, "byte", name);
    }

    static short toShort(Object value, String name) throws JMSException {
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).shortValue();
        }
        if (value == null || value instanceof String) {
            return Short.parseShort((String) value);
        }
        throw mismatch(value, "short", name);
    }

    static int toInt(Object value, String name) throws JMSException {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value == null || value instanceof String) {
            return Integer.parseInt((String) value);
        }
        throw mismatch(value, "int", name);
    }

    static long toLong(Object value, String name) throws JMSException {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value == null || value instanceof String) {
            return Long.parseLong((String) value);
        }
        throw mismatch(value, "long", name);
    }

    static float toFloat(Object value, String name) throws JMSException {
        if (value instanceof Float f) {
            return f;
        }
        if (value == null || value instanceof String) {
            return Float.parseFloat((String) value);
        }
        throw mismatch(value, "float", name);
    }

    static double toDouble(Object value, String name) throws JMSException {
        if (value instanceof Double || value instanceof Float) {
            return ((Number) value).doubleValue();
        }
        if (value == null || value instanceof String) {
            return Double.parseDouble((String) value);
        }
        throw mismatch(value, "double", name);
    }

    static char toChar(Object value, String name) throws JMSException {
        if (value instanceof Character c) {
            return c;
        }
        if (value == null) {
            throw new NullPointerException("Cannot read null value " + name + " as char");
        }
        throw mismatch(value, "char", name);
    }

    static String toText(Object value, String name) throws JMSException {
        if (value instanceof byte[]) {
            throw mismatch(value, "String", name);
        }
        return value == null ? null : value.toString();
    }

    static byte[] toBytes(Object value, String name) throws JMSException {
        if (value == null) {
            return null;
        }
        if (value instanceof byte[] bytes) {
            return bytes.clone();
        }
        throw mismatch(value, "byte[]", name);
    }

    /** A defensive copy of a value (byte[] is the only mutable type allowed). */
    static Object copyOf(Object value) {
        return value instanceof byte[] bytes ? bytes.clone() : value;
    }

    private static JMSException mismatch(Object value, String target, String name) {
        return Errors.format("Cannot read " + name + " of type " + value.getClass().getSimpleName() + " as "
                + target + " (Jakarta Messaging 3.1 §3.5.4 conversion table); read it as "
                + value.getClass().getSimpleName() + " or String instead.");
    }
}
