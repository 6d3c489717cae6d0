package org.mailslot.jms.message;

import jakarta.jms.JMSException;

/**
 * What {@code Message.acknowledge()} does; the receiving session sets it on each message it delivers. A message
 * that was never received has {@link #NONE}, for which acknowledging does nothing.
 */
@FunctionalInterface
public interface MessageAcknowledger {

    /** Acknowledges nothing: the message was created locally, not received. */
    MessageAcknowledger NONE = message -> { };

    /** Acknowledges {@code message} as the receiving session's mode says (CLIENT_ACKNOWLEDGE: all up to it). */
    void acknowledge(MailslotMessage message) throws JMSException;
}
