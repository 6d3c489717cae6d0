package org.mailslot.names;

import java.util.Objects;
import org.mailslot.wire.NetbiosName;

/**
 * A name this node registers and answers for.
 *
 * @param name  the name, with its suffix and scope
 * @param group true for a group name (shared with other nodes, never defended), false for a unique one
 */
public record OwnedName(NetbiosName name, boolean group) {

    /** Validates the name. */
    public OwnedName {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public String toString() {
        return name + (group ? " (group)" : " (unique)");
    }
}
