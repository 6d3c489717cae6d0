package org.mailslot.bridge.metrics;

/** Why an ingress datagram or message was not forwarded to the broker. Every drop has exactly one. */
public enum DropReason {
    /** The bytes are not a mailslot datagram (the wire codec said why; logged at debug). */
    MALFORMED,
    /** Addressed to another computer, domain or scope than the bridge's (the mailslot host's rule). */
    NOT_FOR_US,
    /**
     * Addressed to our computer name, domain or {@code *} with a name type the bridge does not receive (a browser's
     * {@code <1D>}, a domain controller's {@code <1C>}, ...) unless {@code --receive-name-types} asks for it.
     */
    UNWANTED_NAME_TYPE,
    /** One of the bridge's own egress broadcasts, heard back on its group socket. */
    OWN_ECHO,
    /** A JMS envelope whose message Artemis cannot represent (logged with the reason). */
    UNCONVERTIBLE,
    /** The slot matches none of the {@code --allow} patterns. */
    DISALLOWED_SLOT,
    /**
     * A copy of a datagram forwarded within {@code --duplicate-window} (same UDP source address, DGM_ID, slot and
     * data): Windows sends one per transport, and some senders repeat a fixed DGM_ID.
     */
    DUPLICATE,
    /** The UDP source address sent faster than {@code --rate-limit}. */
    RATE_LIMITED,
    /**
     * A new slot while {@code --max-slots} slots made from the network already exist: no broker address or queue
     * is created for it. Slots that exist keep flowing.
     */
    SLOT_LIMIT,
    /** The slot maps to the egress address; forwarding it would send it straight back out. */
    RESERVED_ADDRESS,
    /** The broker was away and the in-memory ingress buffer was full. */
    BUFFER_FULL,
    /** The broker refused the message (security, address full, bad property); not retried. */
    BROKER_REJECTED,
    /** The bridge was shutting down with the message still buffered. */
    SHUTDOWN,
    /**
     * The kernel's receive buffer of the bridge's UDP socket was full, so the datagram never reached the bridge
     * (the {@code drops} column of {@code /proc/net/udp} for the socket; Linux only).
     */
    KERNEL_BUFFER
}
