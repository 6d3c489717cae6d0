package org.mailslot.jms.engine;

/** Runs a task after a delay; the queue uses it to wake consumers when a delayed message becomes due. */
@FunctionalInterface
public interface DeliveryScheduler {

    /** A scheduler that never runs anything: due messages are found by the next poll. */
    DeliveryScheduler NONE = (delayMillis, task) -> { };

    void schedule(long delayMillis, Runnable task);
}
