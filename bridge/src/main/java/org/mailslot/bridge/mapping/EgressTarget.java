package org.mailslot.bridge.mapping;

import java.util.Objects;
import org.mailslot.slot.MailslotName;

/**
 * Where an egress datagram goes, parsed from a {@code MailslotTarget} property by the mailslot host's own name
 * rules.
 *
 * @param name  the UNC name: {@code \\COMPUTER\mailslot\x}, {@code \\DOMAIN\mailslot\x} or {@code \\*\mailslot\x}
 * @param group true for a domain or {@code *} target (group datagram, broadcast), false for one computer
 */
public record EgressTarget(MailslotName name, boolean group) {

    public EgressTarget {
        Objects.requireNonNull(name, "name");
    }

    /** The transaction name on the wire, {@code \MAILSLOT\} followed by the path as given. */
    public String wireName() {
        return name.wireName();
    }
}
