package org.mailslot.jms;

import jakarta.jms.Queue;

/**
 * A mailslot queue: a slot that one host reads ({@code \\.\mailslot\name} locally, {@code \\HOST\mailslot\name} on
 * another computer). Create with {@code session.createQueue(name)} or {@link MailslotDestinations#parseQueue}.
 */
public class MailslotQueue extends MailslotDestination implements Queue {

    private static final long serialVersionUID = 2L;

    MailslotQueue(DestinationName name) {
        super(name);
    }

    /**
     * The name as it was given (e.g. {@code orders}, or a full UNC name, with any {@code ?payload=} suffix), so that
     * a destination created from it is equal to this one; {@link #uncName()} is the canonical UNC form.
     */
    @Override
    public String getQueueName() {
        return name();
    }

    @Override
    public boolean isTopic() {
        return false;
    }
}
