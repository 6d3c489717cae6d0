package org.mailslot.names;

import java.util.List;
import java.util.Objects;

/**
 * The data of a node status response (RFC 1002 §4.2.18): the node's name table and, from the statistics, its
 * unit id (a MAC address, or zeros as Samba sends).
 *
 * @param names  the names the node owns, at most 255
 * @param unitId 6 bytes
 */
public record NodeStatus(List<StatusName> names, byte[] unitId) {

    /** Length of the STATISTICS field that follows the name table. */
    public static final int STATISTICS_LENGTH = 46;

    /** Validates and copies. */
    public NodeStatus {
        names = List.copyOf(names);
        if (names.size() > 255) {
            throw new IllegalArgumentException("a node status carries at most 255 names, got " + names.size());
        }
        unitId = Objects.requireNonNull(unitId, "unitId").clone();
        if (unitId.length != 6) {
            throw new IllegalArgumentException("unit id must have 6 bytes, got " + unitId.length);
        }
    }

    /** @return a copy of the unit id */
    @Override
    public byte[] unitId() {
        return unitId.clone();
    }
}
