package org.mailslot.jms.message;

import jakarta.jms.JMSException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The property map of one message: validated names, allowed types, read-only state after receipt.
 *
 * <p>A delivery copy of a topic message shares the map of the message it was copied from ({@link #shareWith}) until
 * either side is changed; {@code JMSXDeliveryCount}, which every delivery sets, is kept beside the map so that
 * setting it does not end the sharing.
 */
final class MessageProperties {

    // Starts as the shared empty map: most messages carry no properties, and a decoded or copied message then
    // allocates no map at all.
    private Map<String, Object> values = Collections.emptyMap();
    // True while another message may read the same map: the first change here makes a private copy.
    private boolean shared = true;
    private Integer deliveryCount;
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
        setByProvider(name, value);
    }

    /** Sets a provider-maintained property regardless of the read-only state. */
    void setByProvider(String name, Object value) {
        if (PropertyNames.JMSX_DELIVERY_COUNT.equals(name)) {
            deliveryCount = (Integer) value;
        } else {
            writable().put(name, value);
        }
    }

    Object get(String name) {
        return PropertyNames.JMSX_DELIVERY_COUNT.equals(name) ? deliveryCount : values.get(name);
    }

    boolean exists(String name) {
        return PropertyNames.JMSX_DELIVERY_COUNT.equals(name) ? deliveryCount != null : values.containsKey(name);
    }

    Enumeration<String> names() {
        if (deliveryCount == null) {
            return Collections.enumeration(values.keySet());
        }
        List<String> names = new ArrayList<>(values.keySet());
        names.add(PropertyNames.JMSX_DELIVERY_COUNT);
        return Collections.enumeration(names);
    }

    /** The properties in insertion order (the delivery count last), read-only. */
    Map<String, Object> view() {
        if (deliveryCount == null) {
            return Collections.unmodifiableMap(values);
        }
        Map<String, Object> all = new LinkedHashMap<>(values);
        all.put(PropertyNames.JMSX_DELIVERY_COUNT, deliveryCount);
        return Collections.unmodifiableMap(all);
    }

    void clear() {
        values = Collections.emptyMap();
        shared = true;
        deliveryCount = null;
        readOnly = false;
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    /** Copies every property into {@code target}, which then owns its own map. */
    void copyTo(MessageProperties target) {
        if (!values.isEmpty()) {
            target.writable().putAll(values);
        }
        target.deliveryCount = deliveryCount;
    }

    /**
     * Gives {@code target} the same properties without copying them; the first change on {@code target} copies.
     * Only for a source that nobody changes any more (a topic message held for its subscriptions), since a change
     * to the source itself would show through.
     */
    void shareWith(MessageProperties target) {
        target.values = values;
        target.shared = true;
        target.deliveryCount = deliveryCount;
    }

    private Map<String, Object> writable() {
        if (shared) {
            values = new LinkedHashMap<>(values);
            shared = false;
        }
        return values;
    }
}
