package org.mailslot.slot;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.ObjIntConsumer;

/**
 * The owner's handle of a mailslot created on a {@link MailslotHost}: the Java counterpart of the server handle
 * that CreateMailslot returns. Messages are read whole, oldest first. Several threads may read; each message goes to
 * exactly one of them. Closing deletes the slot and discards unread messages; readers blocked at that moment get a
 * {@link MailslotClosedException}.
 *
 * <p>Thread-safe.
 */
public final class Mailslot implements AutoCloseable {

    /** The read timeout that waits without limit (MAILSLOT_WAIT_FOREVER). */
    public static final Duration WAIT_FOREVER = ChronoUnit.FOREVER.getDuration();

    private final MailslotName name;
    private final int maxMessageSize;
    private final SlotQueue queue;
    private final ObjIntConsumer<Mailslot> onClose;
    // Null for a slot that queues for reads; else every message goes to it and the queue stays empty.
    private final SlotReceiver receiver;
    private volatile Duration readTimeout;
    private volatile ArrivalListener arrivalListener;

    Mailslot(MailslotName name, int maxMessageSize, Duration readTimeout, long quotaBytes,
            ObjIntConsumer<Mailslot> onClose, SlotReceiver receiver) {
        this.name = name;
        this.receiver = receiver;
        this.maxMessageSize = maxMessageSize;
        this.queue = new SlotQueue(name, quotaBytes);
        this.onClose = onClose;
        setReadTimeout(readTimeout);
    }

    /** {@return the local name of the slot, {@code \\.\mailslot\...}} */
    public MailslotName name() {
        return name;
    }

    /** {@return the largest message the slot accepts, 0 for any size} */
    public int maxMessageSize() {
        return maxMessageSize;
    }

    /** {@return the timeout of {@link #readWithSlotTimeout()}} */
    public Duration readTimeout() {
        return readTimeout;
    }

    /**
     * Changes the slot's read timeout (SetMailslotInfo).
     *
     * @param timeout {@link Duration#ZERO} to return at once, {@link #WAIT_FOREVER} to wait without limit
     */
    public void setReadTimeout(Duration timeout) {
        SlotQueue.toNanos(Objects.requireNonNull(timeout, "timeout"));
        this.readTimeout = timeout;
    }

    /**
     * Reads the next message, waiting as long as it takes.
     *
     * @return the message
     * @throws InterruptedException    when the reading thread is interrupted
     * @throws MailslotClosedException when the slot is or gets closed
     */
    public ReceivedMessage read() throws InterruptedException, MailslotClosedException {
        return queue.take(-1);
    }

    /**
     * Reads the next message, waiting at most {@code timeout}.
     *
     * @param timeout how long to wait; {@link Duration#ZERO} returns at once, {@link #WAIT_FOREVER} waits without
     *                limit
     * @return the message, or {@code null} when none arrived in time
     * @throws InterruptedException    when the reading thread is interrupted
     * @throws MailslotClosedException when the slot is or gets closed
     */
    public ReceivedMessage read(Duration timeout) throws InterruptedException, MailslotClosedException {
        return queue.take(SlotQueue.toNanos(timeout));
    }

    /**
     * Reads with the slot's own read timeout, as ReadFile on a mailslot handle does.
     *
     * @return the message, or {@code null} when none arrived within the read timeout
     * @throws InterruptedException    when the reading thread is interrupted
     * @throws MailslotClosedException when the slot is or gets closed
     */
    public ReceivedMessage readWithSlotTimeout() throws InterruptedException, MailslotClosedException {
        return read(readTimeout);
    }

    /**
     * Takes the next message if there is one, without waiting.
     *
     * @return the message, or {@code null} when the slot is empty
     * @throws MailslotClosedException when the slot is closed
     */
    public ReceivedMessage poll() throws MailslotClosedException {
        try {
            return queue.take(0);
        } catch (InterruptedException e) {
            // Only waiting can be interrupted and poll never waits, but the lock is taken interruptibly.
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** {@return the slot's state (GetMailslotInfo)} */
    public MailslotInfo info() {
        return new MailslotInfo(maxMessageSize, queue.nextSize(), queue.size(), readTimeout);
    }

    /** {@return the bytes charged against the quota by unread messages} */
    public long queuedBytes() {
        return queue.usedBytes();
    }

    /**
     * Sets (or with {@code null} removes) the listener told about each new message.
     *
     * @param listener the listener; see {@link ArrivalListener} for the threading rules
     */
    public void setArrivalListener(ArrivalListener listener) {
        this.arrivalListener = listener;
    }

    /** {@return true until {@link #close()}} */
    public boolean isOpen() {
        return !queue.isClosed();
    }

    /** Deletes the slot: unread messages are discarded (and counted), blocked readers are woken. Idempotent. */
    @Override
    public void close() {
        int discarded = queue.close();
        if (discarded >= 0) {
            onClose.accept(this, discarded);
        }
    }

    /**
     * Hands a message to the receiver, or queues it and tells the listener; the caller has checked the size.
     *
     * @return null when taken, else the reason it was dropped
     */
    DropReason offer(ReceivedMessage message) {
        if (receiver != null) {
            return queue.isClosed() ? DropReason.UNKNOWN_SLOT : receiver.receive(message);
        }
        switch (queue.offer(message)) {
            case ACCEPTED -> {
                ArrivalListener listener = arrivalListener;
                if (listener != null) {
                    listener.messageArrived(this);
                }
                return null;
            }
            case FULL -> {
                return DropReason.QUEUE_FULL;
            }
            // Closed between lookup and offer: to the writer this is the same as no slot at all.
            default -> {
                return DropReason.UNKNOWN_SLOT;
            }
        }
    }

    /** True when {@code size} is above the slot's maximum message size. */
    boolean tooLarge(int size) {
        return maxMessageSize > 0 && size > maxMessageSize;
    }

    @Override
    public String toString() {
        return "Mailslot[" + name + "]";
    }
}
