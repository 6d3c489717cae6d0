package org.mailslot.bridge.mapping;

import java.util.Objects;

/**
 * Where an egress datagram goes, resolved from a {@code MailslotTarget} property.
 *
 * @param name     the NetBIOS name to address: a computer (unique) or a domain (group), upper case
 * @param group    true for a domain or {@code *} target (group datagram, broadcast), false for one computer
 * @param wireName the transaction name on the wire, {@code \MAILSLOT\} followed by the path as given
 */
public record EgressTarget(String name, boolean group, String wireName) {

    public EgressTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(wireName, "wireName");
    }
}
