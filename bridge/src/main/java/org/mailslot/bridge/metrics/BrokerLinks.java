package org.mailslot.bridge.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The connection state of one side of the bridge (the ingress publishers, or the egress consumer) as one value,
 * and how often that side came back after losing the broker. A side may have several connections (the bridge
 * runs two ingress publishers): it is {@link ConnectionState#CONNECTED} only while every one of them is, so a
 * single lost connection shows, and one broker restart that all of them ride out counts as one reconnect.
 *
 * <p>State changes are rare (connects and losses), so they take a lock; reading is one volatile read.
 */
public final class BrokerLinks {

    private final ConnectionState whenEmpty;
    // One entry per link, by the index its Link handle holds; guarded by this.
    private final List<ConnectionState> states = new ArrayList<>();
    // Guarded by this: whether the side was ever connected, so the first connection is not a reconnect.
    private boolean wasConnected;
    private volatile ConnectionState state;
    private final AtomicLong reconnects = new AtomicLong();

    /** @param whenEmpty the state reported while no link was added (a side the bridge has not started) */
    BrokerLinks(ConnectionState whenEmpty) {
        this.whenEmpty = whenEmpty;
        this.state = whenEmpty;
    }

    /** A new link of this side, {@link ConnectionState#CONNECTING} until it reports otherwise. */
    public synchronized Link add() {
        states.add(ConnectionState.CONNECTING);
        update();
        return new Link(states.size() - 1);
    }

    /** The side's state: the least connected of its links' ({@code DISCONNECTED} before {@code CONNECTING}). */
    public ConnectionState state() {
        return state;
    }

    /** Times the side became connected again after it had been connected and lost (or partly lost) the broker. */
    public long reconnects() {
        return reconnects.get();
    }

    private synchronized void set(int index, ConnectionState linkState) {
        states.set(index, linkState);
        update();
    }

    private void update() {
        ConnectionState next = combined();
        if (next == ConnectionState.CONNECTED && state != ConnectionState.CONNECTED) {
            if (wasConnected) {
                reconnects.incrementAndGet();
            }
            wasConnected = true;
        }
        state = next;
    }

    private ConnectionState combined() {
        if (states.isEmpty()) {
            return whenEmpty;
        }
        if (states.contains(ConnectionState.DISCONNECTED)) {
            return ConnectionState.DISCONNECTED;
        }
        if (states.contains(ConnectionState.CONNECTING)) {
            return ConnectionState.CONNECTING;
        }
        // Closing links count as connected until the last one closes: the side is shutting down, not broken.
        return states.contains(ConnectionState.CONNECTED) ? ConnectionState.CONNECTED : ConnectionState.CLOSED;
    }

    /** One connection's handle for reporting its state. */
    public final class Link {

        private final int index;

        private Link(int index) {
            this.index = index;
        }

        public void state(ConnectionState linkState) {
            set(index, linkState);
        }
    }
}
