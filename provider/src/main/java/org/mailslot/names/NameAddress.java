package org.mailslot.names;

import java.net.Inet4Address;
import java.util.Objects;
import org.mailslot.wire.NodeType;

/**
 * One owner of a name in an NB record (RFC 1002 §4.2.1.3): NB_FLAGS and NB_ADDRESS.
 *
 * @param group    true for a group name, false for a unique name
 * @param nodeType the owner's node type
 * @param address  the owner's IPv4 address
 */
public record NameAddress(boolean group, NodeType nodeType, Inet4Address address) {

    /** Length of one entry on the wire. */
    public static final int LENGTH = 6;

    /** Validates the values. */
    public NameAddress {
        Objects.requireNonNull(nodeType, "nodeType");
        Objects.requireNonNull(address, "address");
    }
}
