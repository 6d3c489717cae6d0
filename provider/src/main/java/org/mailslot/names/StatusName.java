package org.mailslot.names;

import java.util.Objects;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;

/**
 * One entry of a node status response's name table (RFC 1002 §4.2.18): a name this node owns and its state.
 *
 * @param name     the name (scope not carried in the table)
 * @param group    true for a group name
 * @param nodeType the owner's node type
 * @param active   true once the name is registered (ACT)
 * @param conflict true when the name lost a conflict (CNF)
 */
public record StatusName(NetbiosName name, boolean group, NodeType nodeType, boolean active, boolean conflict) {

    /** Length of one entry on the wire: 16 name bytes and NAME_FLAGS. */
    public static final int LENGTH = 18;

    /** Validates the values. */
    public StatusName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nodeType, "nodeType");
    }
}
