package org.mailslot.jms;

import jakarta.jms.Queue;

/**
 * A mailslot queue: a slot that one host reads ({@code \\.\mailslot\name} locally, {@code \\HOST\mailslot\name} on
 * another computer). Create with {@code session.createQueue(name)} or {@link MailslotDestinations#parseQueue}.
 */
public class MailslotQueue extends MailslotDestination implements Queue {

    private static final long serialVersionUID = 1L;

    MailslotQueue(String uncName) {
        super(uncName);
    }

    /** The full UNC name, e.g. {@code \\.\mailslot\orders}. */
    @Override
    public String getQueueName() {
        return uncName();
    }

    @Override
    public boolean isTopic() {
        return false;
    }
}
