package org.mailslot.bridge.mapping;

/** How the broker routes an ingress message: to one queue, or to every subscriber of a topic. */
public enum RoutingKind {
    /** Unique writes: JMS clients consume the address as a queue. */
    ANYCAST,
    /** Group writes (domain and {@code *} broadcasts): JMS clients subscribe to the address as a topic. */
    MULTICAST
}
