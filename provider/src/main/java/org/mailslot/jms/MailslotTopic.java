package org.mailslot.jms;

import jakarta.jms.Topic;

/**
 * A mailslot topic: a slot name written as a broadcast to every host of a domain ({@code \\*\mailslot\name} for the
 * host's own domain, {@code \\DOMAIN\mailslot\name} for a named one). Create with {@code session.createTopic(name)}
 * or {@link MailslotDestinations#parseTopic}.
 */
public class MailslotTopic extends MailslotDestination implements Topic {

    private static final long serialVersionUID = 2L;

    MailslotTopic(DestinationName name) {
        super(name);
    }

    /**
     * The name as it was given (e.g. {@code status}, or a full UNC name, with any {@code ?payload=} suffix), so that
     * a destination created from it is equal to this one; {@link #uncName()} is the canonical UNC form.
     */
    @Override
    public String getTopicName() {
        return name();
    }

    @Override
    public boolean isTopic() {
        return true;
    }
}
