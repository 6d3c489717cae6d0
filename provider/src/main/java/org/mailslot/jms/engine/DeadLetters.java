package org.mailslot.jms.engine;

/** Where a {@link MessageQueue} puts a message that came back more often than its {@link RedeliveryPolicy} allows. */
@FunctionalInterface
public interface DeadLetters {

    /**
     * @param from    the queue the message leaves
     * @param message the message, with its delivery count
     * @param reason  why it came back the last time
     */
    void deadLetter(MessageQueue from, QueuedMessage message, String reason);
}
