package org.mailslot.jms.message;

import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message whose body is a set of named, typed values read with the conversions of {@link TypeConversions}.
 * Readable at any time, writeable until receipt.
 */
public class MailslotMapMessage extends MailslotMessage implements MapMessage {

    private final Map<String, Object> entries = new LinkedHashMap<>();

    /** An empty map message. */
    public MailslotMapMessage() {
    }

    /** The entries in insertion order, read-only; byte[] values are not copied. Provider-internal (payload codec). */
    public Map<String, Object> entries() {
        return Collections.unmodifiableMap(entries);
    }

    @Override
    protected MailslotMessage newEmpty() {
        return new MailslotMapMessage();
    }

    @Override
    protected void copyBodyTo(MailslotMessage target) {
        entries.forEach((name, value) -> ((MailslotMapMessage) target).entries.put(name,
                TypeConversions.copyOf(value)));
    }

    @Override
    protected void onClearBody() {
        entries.clear();
    }

    /** The entries as a new {@code Map} (byte[] values copied), or null when the map is empty. */
    @Override
    public <T> T getBody(Class<T> c) throws JMSException {
        if (entries.isEmpty()) {
            return bodyAs(null, c, "Map");
        }
        Map<String, Object> copy = new HashMap<>();
        entries.forEach((name, value) -> copy.put(name, TypeConversions.copyOf(value)));
        return bodyAs(copy, c, "Map");
    }

    @Override
    public boolean isBodyAssignableTo(@SuppressWarnings("rawtypes") Class c) {
        return c != null && (entries.isEmpty() || ((Class<?>) c).isAssignableFrom(HashMap.class));
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    @Override
    public boolean getBoolean(String name) throws JMSException {
        return TypeConversions.toBoolean(entries.get(name), name);
    }

    @Override
    public byte getByte(String name) throws JMSException {
        return TypeConversions.toByte(entries.get(name), name);
    }

    @Override
    public short getShort(String name) throws JMSException {
        return TypeConversions.toShort(entries.get(name), name);
    }

    @Override
    public char getChar(String name) throws JMSException {
        return TypeConversions.toChar(entries.get(name), name);
    }

    @Override
    public int getInt(String name) throws JMSException {
        return TypeConversions.toInt(entries.get(name), name);
    }

    @Override
    public long getLong(String name) throws JMSException {
        return TypeConversions.toLong(entries.get(name), name);
    }

    @Override
    public float getFloat(String name) throws JMSException {
        return TypeConversions.toFloat(entries.get(name), name);
    }

    @Override
    public double getDouble(String name) throws JMSException {
        return TypeConversions.toDouble(entries.get(name), name);
    }

    @Override
    public String getString(String name) throws JMSException {
        return TypeConversions.toText(entries.get(name), name);
    }

    @Override
    public byte[] getBytes(String name) throws JMSException {
        return TypeConversions.toBytes(entries.get(name), name);
    }

    @Override
    public Object getObject(String name) {
        return TypeConversions.copyOf(entries.get(name));
    }

    @Override
    public Enumeration<String> getMapNames() {
        return Collections.enumeration(entries.keySet());
    }

    @Override
    public boolean itemExists(String name) {
        return entries.containsKey(name);
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    @Override
    public void setBoolean(String name, boolean value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setByte(String name, byte value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setShort(String name, short value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setChar(String name, char value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setInt(String name, int value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setLong(String name, long value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setFloat(String name, float value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setDouble(String name, double value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setString(String name, String value) throws JMSException {
        put(name, value);
    }

    @Override
    public void setBytes(String name, byte[] value) throws JMSException {
        put(name, value == null ? null : value.clone());
    }

    @Override
    public void setBytes(String name, byte[] value, int offset, int length) throws JMSException {
        Errors.checkBytes(value, offset, length);
        byte[] part = new byte[length];
        System.arraycopy(value, offset, part, 0, length);
        put(name, part);
    }

    /** Sets null, a Boolean, number, Character, String or byte[] (copied). */
    @Override
    public void setObject(String name, Object value) throws JMSException {
        if (!TypeConversions.isBodyValueType(value)) {
            checkName(name);
            throw Errors.format("MapMessage.setObject cannot store a " + value.getClass().getName() + " under "
                    + name + "; use null, a Boolean, number, Character, String or byte[].");
        }
        put(name, TypeConversions.copyOf(value));
    }

    private void put(String name, Object value) throws JMSException {
        checkName(name);
        checkBodyWriteable();
        entries.put(name, value);
    }

    private static void checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("MapMessage entry name is " + (name == null ? "null" : "empty")
                    + "; give a non-empty name.");
        }
    }
}
