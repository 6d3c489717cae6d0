package org.mailslot.jms;

import jakarta.jms.Topic;

/**
 * A mailslot topic: a slot name written as a broadcast to every host of a domain ({@code \\*\mailslot\name} for the
 * host's own domain, {@code \\DOMAIN\mailslot\name} for a named one). Create with {@code session.createTopic(name)}
 * or {@link MailslotDestinations#parseTopic}.
 */
public class MailslotTopic extends MailslotDestination implements Topic {

    private static final long serialVersionUID = 1L;

    MailslotTopic(String uncName) {
        super(uncName);
    }

    /** The full UNC name, e.g. {@code \\*\mailslot\status}. */
    @Override
    public String getTopicName() {
        return uncName();
    }

    @Override
    public boolean isTopic() {
        return true;
    }
}
