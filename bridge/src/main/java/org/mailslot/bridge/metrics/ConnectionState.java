package org.mailslot.bridge.metrics;

/** The bridge's link to its broker, as operators see it. */
public enum ConnectionState {
    CONNECTING, CONNECTED, DISCONNECTED, CLOSED
}
