package org.mailslot.wire;

/**
 * The sender's NetBIOS node type, carried in bits 3-2 of the datagram FLAGS byte (RFC 1002 §4.4.1).
 * Microsoft uses the NBDD value (11) for H-nodes.
 */
public enum NodeType {
    /** Broadcast node. */
    B(0x00),
    /** Point-to-point node. */
    P(0x04),
    /** Mixed node (Samba's nmbd sends this). */
    M(0x08),
    /** Hybrid node (the NBDD bits). */
    H(0x0C);

    private static final NodeType[] BY_BITS = {B, P, M, H};

    private final int flagBits;

    NodeType(int flagBits) {
        this.flagBits = flagBits;
    }

    /** @return this node type's bits within the FLAGS byte */
    public int flagBits() {
        return flagBits;
    }

    /** @return the node type encoded in a FLAGS byte (other bits are ignored) */
    static NodeType ofFlags(int flags) {
        return BY_BITS[(flags >> 2) & 0x3];
    }
}
