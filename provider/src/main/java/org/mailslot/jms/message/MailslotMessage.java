package org.mailslot.jms.message;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import java.util.Enumeration;
import java.util.Map;
import java.util.Objects;

/**
 * A JMS message of this provider with no body (the plain {@code Session.createMessage()} form) and the base of the
 * five body types. Holds the headers and properties of Jakarta Messaging 3.1 §3.4-§3.5 and the body's read-only
 * state; the body lives in the subclasses.
 *
 * <p>Besides the {@link Message} API it offers what the provider's session needs: {@link #setAcknowledger},
 * {@link #makeReadOnly()} for received messages, {@link #setDeliveryCount} and {@link #copy()} for sends. These are
 * not for applications. Not thread-safe, as JMS messages need not be.
 */
public class MailslotMessage extends MessageHeaders {

    private final MessageProperties properties = new MessageProperties();
    private boolean bodyReadOnly;
    private MessageAcknowledger acknowledger = MessageAcknowledger.NONE;

    /** A writeable message with default headers (PERSISTENT, priority 4) and no properties. */
    public MailslotMessage() {
    }

    // ---- provider-internal API ----------------------------------------------------------------------------------

    /** Sets what {@link #acknowledge()} does; the receiving session calls this. */
    public void setAcknowledger(MessageAcknowledger acknowledger) {
        this.acknowledger = Objects.requireNonNull(acknowledger, "acknowledger");
    }

    /** Makes properties and body read-only and positions a Bytes or Stream body at its start, as on receipt. */
    public void makeReadOnly() {
        properties.setReadOnly(true);
        makeBodyReadOnly();
    }

    /**
     * Records the delivery attempt: {@code JMSXDeliveryCount} becomes {@code count} (even when the properties are
     * read-only) and {@code JMSRedelivered} is set when {@code count > 1}.
     */
    public void setDeliveryCount(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("delivery count starts at 1, was " + count);
        }
        properties.setByProvider(PropertyNames.JMSX_DELIVERY_COUNT, count);
        setJMSRedelivered(count > 1);
    }

    /**
     * A copy for one delivery of a message held for several consumers (a topic message and its subscriptions):
     * same headers and body, properties shared until the copy changes them. The original must not be changed
     * afterwards, which holds for the snapshot a topic keeps. The acknowledger is not copied.
     */
    public MailslotMessage deliveryCopy() throws JMSException {
        return copy(true);
    }

    /** The properties in the order they were set, read-only; values are Boolean, numbers, String or null. */
    public Map<String, Object> properties() {
        return properties.view();
    }

    /**
     * An independent, writeable copy with the same headers, properties and body (what a producer sends, so that
     * later changes to the original do not reach receivers). The acknowledger is not copied.
     */
    public MailslotMessage copy() throws JMSException {
        return copy(false);
    }

    private MailslotMessage copy(boolean shareProperties) throws JMSException {
        MailslotMessage target = newEmpty();
        copyHeadersTo(target);
        if (shareProperties) {
            properties.shareWith(target.properties);
        } else {
            properties.copyTo(target.properties);
        }
        copyBodyTo(target);
        return target;
    }

    // ---- body hooks for subclasses ------------------------------------------------------------------------------

    /** A new, empty message of the same class. */
    protected MailslotMessage newEmpty() {
        return new MailslotMessage();
    }

    /** Copies the body into {@code target}, a fresh message from {@link #newEmpty()}. */
    protected void copyBodyTo(MailslotMessage target) throws JMSException {
        // a plain message has no body
    }

    /** Called when the body becomes read-only; Bytes and Stream bodies move to their start for reading. */
    protected void onBodyReadOnly() {
        // nothing to position
    }

    /** Called by {@link #clearBody()} to empty the body. */
    protected void onClearBody() {
        // nothing to clear
    }

    /** True when the body is read-only (received, or reset). */
    protected final boolean isBodyReadOnly() {
        return bodyReadOnly;
    }

    /** Makes the body read-only and positioned at its start; {@code reset()} of Bytes and Stream messages. */
    protected final void makeBodyReadOnly() {
        bodyReadOnly = true;
        onBodyReadOnly();
    }

    /** @throws JMSException MessageNotWriteableException when the body is read-only */
    protected final void checkBodyWriteable() throws JMSException {
        if (bodyReadOnly) {
            throw Errors.notWriteable("body");
        }
    }

    /** The body as {@code c}, or a MessageFormatException naming both types. */
    protected static <T> T bodyAs(Object body, Class<T> c, String bodyType) throws JMSException {
        if (c == null) {
            throw Errors.format("getBody needs a class; pass " + bodyType + ".class");
        }
        if (body != null && !c.isInstance(body)) {
            throw Errors.format("The body of this message is a " + bodyType + ", which cannot be returned as "
                    + c.getName() + "; call getBody(" + bodyType + ".class).");
        }
        return c.cast(body);
    }

    // ---- body ---------------------------------------------------------------------------------------------------

    @Override
    public void clearBody() throws JMSException {
        bodyReadOnly = false;
        onClearBody();
    }

    /** A message without a body returns null for any class. */
    @Override
    public <T> T getBody(Class<T> c) throws JMSException {
        return bodyAs(null, c, "Message");
    }

    @Override
    public boolean isBodyAssignableTo(@SuppressWarnings("rawtypes") Class c) throws JMSException {
        return c != null;
    }

    @Override
    public void acknowledge() throws JMSException {
        acknowledger.acknowledge(this);
    }

    // ---- properties ---------------------------------------------------------------------------------------------

    @Override
    public void clearProperties() {
        properties.clear();
    }

    @Override
    public boolean propertyExists(String name) {
        return properties.exists(name);
    }

    @Override
    public boolean getBooleanProperty(String name) throws JMSException {
        return TypeConversions.toBoolean(properties.get(name), name);
    }

    @Override
    public byte getByteProperty(String name) throws JMSException {
        return TypeConversions.toByte(properties.get(name), name);
    }

    @Override
    public short getShortProperty(String name) throws JMSException {
        return TypeConversions.toShort(properties.get(name), name);
    }

    @Override
    public int getIntProperty(String name) throws JMSException {
        return TypeConversions.toInt(properties.get(name), name);
    }

    @Override
    public long getLongProperty(String name) throws JMSException {
        return TypeConversions.toLong(properties.get(name), name);
    }

    @Override
    public float getFloatProperty(String name) throws JMSException {
        return TypeConversions.toFloat(properties.get(name), name);
    }

    @Override
    public double getDoubleProperty(String name) throws JMSException {
        return TypeConversions.toDouble(properties.get(name), name);
    }

    @Override
    public String getStringProperty(String name) throws JMSException {
        return TypeConversions.toText(properties.get(name), name);
    }

    @Override
    public Object getObjectProperty(String name) {
        return properties.get(name);
    }

    @Override
    public Enumeration<String> getPropertyNames() {
        return properties.names();
    }

    @Override
    public void setBooleanProperty(String name, boolean value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setByteProperty(String name, byte value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setShortProperty(String name, short value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setIntProperty(String name, int value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setLongProperty(String name, long value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setFloatProperty(String name, float value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setDoubleProperty(String name, double value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setStringProperty(String name, String value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public void setObjectProperty(String name, Object value) throws JMSException {
        properties.set(name, value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[id=" + getJMSMessageID() + ", destination=" + getJMSDestination()
                + ", properties="
                + properties.view().keySet() + "]";
    }
}
