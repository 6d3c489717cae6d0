package org.mailslot.jms.engine;

import jakarta.jms.Message;

/**
 * A message held by a {@link MessageQueue}, with what the queue needs to order and deliver it. The message itself
 * is never changed by the queue; the delivery count grows each time the message is returned for redelivery.
 */
public final class QueuedMessage {

    private final Message message;
    private final int priority;
    private final long deliveryTime;
    private final long expiration;
    private final MessageOrigin origin;
    private final int size;
    private long sequence;
    private int deliveryCount;
    private long redeliverAt;

    /**
     * @param message      the message to deliver (a snapshot the sender no longer changes)
     * @param priority     0..9, higher first
     * @param deliveryTime epoch millis before which the message is not delivered (0 = at once)
     * @param expiration   epoch millis after which the message is discarded (0 = never)
     * @param origin       the sending connection of this host, for {@code noLocal}; null for remote messages
     * @param size         bytes the message accounts for in the queue's quota
     */
    public QueuedMessage(Message message, int priority, long deliveryTime, long expiration, MessageOrigin origin, int size) {
        if (priority < 0 || priority > 9) {
            throw new IllegalArgumentException("priority must be 0..9, was " + priority);
        }
        this.message = message;
        this.priority = priority;
        this.deliveryTime = deliveryTime;
        this.expiration = expiration;
        this.origin = origin;
        this.size = size;
    }

    public Message message() {
        return message;
    }

    public int priority() {
        return priority;
    }

    public long deliveryTime() {
        return deliveryTime;
    }

    public long expiration() {
        return expiration;
    }

    public MessageOrigin origin() {
        return origin;
    }

    public int size() {
        return size;
    }

    /** How many times this message was handed to a consumer; 1 on its first delivery. */
    public int deliveryCount() {
        return deliveryCount;
    }

    boolean expiredAt(long now) {
        return expiration != 0 && now >= expiration;
    }

    boolean dueAt(long now) {
        return dueTime() <= now;
    }

    /** Epoch millis from which the message may be delivered: its delivery time, or later after a return. */
    long dueTime() {
        return Math.max(deliveryTime, redeliverAt);
    }

    /** Holds a returned message back until {@code time} (the redelivery delay); only while it is out of any queue. */
    void redeliverAt(long time) {
        redeliverAt = time;
    }

    long sequence() {
        return sequence;
    }

    void assignSequence(long value) {
        sequence = value;
    }

    void markDelivered() {
        deliveryCount++;
    }

    /** A copy for another subscription: same message, same timing, fresh delivery state. */
    public QueuedMessage copy() {
        return new QueuedMessage(message, priority, deliveryTime, expiration, origin, size);
    }
}
