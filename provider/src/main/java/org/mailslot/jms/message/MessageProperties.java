package org.mailslot.jms.message;

import jakarta.jms.JMSException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The property map of one message: validated names, allowed types, read-only state after receipt. */
final class MessageProperties {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private boolean readOnly;

    void set(String name, Object value) throws JMSException {
        PropertyNames.validate(name);
        if (readOnly) {
            throw Errors.notWriteable("properties");
        }
        if (!TypeConversions.isPropertyType(value)) {
            throw Errors.format("Property " + name + " cannot hold a " + value.getClass().getName()
                    + "; use Boolean, Byte, Short, Integer, Long, Float, Double or String.");
        }
        Class<?> required = PropertyNames.requiredType(name);
        if (required != null && !required.isInstance(value)) {
            throw Errors.format("Property " + name + " must be a " + required.getSimpleName() + ", not "
                    + (value == null ? "null" : value.getClass().getSimpleName()) + ".");
        }
        values.put(name, value);
    }

    /** Sets a provider-maintained property regardless of the read-only state. */
    void setByProvider(String name, Object value) {
        values.put(name, value);
    }

    Object get(String name) {
        return values.get(name);
    }

    boolean exists(String name) {
        return values.containsKey(name);
    }

    Enumeration<String> names() {
        return Collections.enumeration(values.keySet());
    }

    /** The properties in insertion order, read-only. */
    Map<String, Object> view() {
        return Collections.unmodifiableMap(values);
    }

    void clear() {
        values.clear();
        readOnly = false;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    void copyTo(MessageProperties target) {
        target.values.putAll(values);
    }
}
