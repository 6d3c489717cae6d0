package org.mailslot.jms.message;

import jakarta.jms.DeliveryMode;
import jakarta.jms.Destination;
import jakarta.jms.Message;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The header fields of Jakarta Messaging 3.1 §3.4, kept apart from properties and body so that
 * {@link MailslotMessage} stays about one thing. Package-private: applications see these methods on
 * {@link MailslotMessage}.
 */
abstract class MessageHeaders implements Message {

    // A generated or received ID is kept as its 128 bits; its "ID:" + UUID text is built only when asked for, since
    // building and re-parsing that text for every message showed in profiles of the send path.
    private String messageId;
    private boolean uuidMessageId;
    private long messageIdHigh;
    private long messageIdLow;
    private long timestamp;
    private String correlationId;
    private byte[] correlationIdBytes;
    private Destination replyTo;
    private Destination destination;
    private int deliveryMode = DeliveryMode.PERSISTENT;
    private boolean redelivered;
    private String type;
    private long expiration;
    private long deliveryTime;
    private int priority = Message.DEFAULT_PRIORITY;

    /** True when the correlation ID was set as bytes rather than as a String. */
    public boolean hasBinaryCorrelationId() {
        return correlationIdBytes != null;
    }

    /** Copies every header into {@code target}. */
    final void copyHeadersTo(MessageHeaders target) {
        target.messageId = messageId;
        target.uuidMessageId = uuidMessageId;
        target.messageIdHigh = messageIdHigh;
        target.messageIdLow = messageIdLow;
        target.timestamp = timestamp;
        target.correlationId = correlationId;
        target.correlationIdBytes = correlationIdBytes == null ? null : correlationIdBytes.clone();
        target.replyTo = replyTo;
        target.destination = destination;
        target.deliveryMode = deliveryMode;
        target.redelivered = redelivered;
        target.type = type;
        target.expiration = expiration;
        target.deliveryTime = deliveryTime;
        target.priority = priority;
    }

    // ---- headers ------------------------------------------------------------------------------------------------

    @Override
    public String getJMSMessageID() {
        if (messageId == null && uuidMessageId) {
            messageId = "ID:" + new UUID(messageIdHigh, messageIdLow);
        }
        return messageId;
    }

    @Override
    public void setJMSMessageID(String id) {
        messageId = id;
        uuidMessageId = false;
    }

    /**
     * Sets the message ID to {@code ID:} followed by the UUID of these 128 bits, without building that text until
     * {@link #getJMSMessageID()} is called.
     */
    public void setUuidMessageId(long high, long low) {
        messageId = null;
        uuidMessageId = true;
        messageIdHigh = high;
        messageIdLow = low;
    }

    /** True when the message ID was set by {@link #setUuidMessageId}: its bits are then available without text. */
    public boolean hasUuidMessageId() {
        return uuidMessageId;
    }

    /** The high 64 bits of a UUID message ID; meaningful when {@link #hasUuidMessageId()}. */
    public long uuidMessageIdHigh() {
        return messageIdHigh;
    }

    /** The low 64 bits of a UUID message ID; meaningful when {@link #hasUuidMessageId()}. */
    public long uuidMessageIdLow() {
        return messageIdLow;
    }

    @Override
    public long getJMSTimestamp() {
        return timestamp;
    }

    @Override
    public void setJMSTimestamp(long timestamp) {
        this.timestamp = timestamp;
    }

    /** The correlation ID as set by {@link #setJMSCorrelationIDAsBytes}, or the UTF-8 bytes of a String one. */
    @Override
    public byte[] getJMSCorrelationIDAsBytes() {
        if (correlationIdBytes != null) {
            return correlationIdBytes.clone();
        }
        return correlationId == null ? null : correlationId.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void setJMSCorrelationIDAsBytes(byte[] correlationId) {
        correlationIdBytes = correlationId == null ? null : correlationId.clone();
        correlationId = null;
    }

    @Override
    public void setJMSCorrelationID(String correlationId) {
        this.correlationId = correlationId;
        correlationIdBytes = null;
    }

    /** The correlation ID; one set as bytes is returned decoded as UTF-8. */
    @Override
    public String getJMSCorrelationID() {
        if (correlationIdBytes != null) {
            return new String(correlationIdBytes, StandardCharsets.UTF_8);
        }
        return correlationId;
    }

    @Override
    public Destination getJMSReplyTo() {
        return replyTo;
    }

    @Override
    public void setJMSReplyTo(Destination replyTo) {
        this.replyTo = replyTo;
    }

    @Override
    public Destination getJMSDestination() {
        return destination;
    }

    @Override
    public void setJMSDestination(Destination destination) {
        this.destination = destination;
    }

    @Override
    public int getJMSDeliveryMode() {
        return deliveryMode;
    }

    @Override
    public void setJMSDeliveryMode(int deliveryMode) {
        this.deliveryMode = deliveryMode;
    }

    @Override
    public boolean getJMSRedelivered() {
        return redelivered;
    }

    @Override
    public void setJMSRedelivered(boolean redelivered) {
        this.redelivered = redelivered;
    }

    @Override
    public String getJMSType() {
        return type;
    }

    @Override
    public void setJMSType(String type) {
        this.type = type;
    }

    @Override
    public long getJMSExpiration() {
        return expiration;
    }

    @Override
    public void setJMSExpiration(long expiration) {
        this.expiration = expiration;
    }

    @Override
    public long getJMSDeliveryTime() {
        return deliveryTime;
    }

    @Override
    public void setJMSDeliveryTime(long deliveryTime) {
        this.deliveryTime = deliveryTime;
    }

    @Override
    public int getJMSPriority() {
        return priority;
    }

    @Override
    public void setJMSPriority(int priority) {
        this.priority = priority;
    }
}
