package org.mailslot.jms.engine;

/**
 * The state of whoever waits on a {@link MessageQueue}: a consumer that is paused (its connection is stopped)
 * keeps waiting without taking anything, so other consumers get the message; a cancelled one stops waiting.
 */
public interface Waiter {

    /** A waiter that is never paused nor cancelled. */
    Waiter ALWAYS = new Waiter() {
        @Override
        public boolean paused() {
            return false;
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    boolean paused();

    boolean cancelled();
}
