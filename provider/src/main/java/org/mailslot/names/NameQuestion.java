package org.mailslot.names;

import java.util.Objects;
import org.mailslot.wire.NetbiosName;

/**
 * One entry of a packet's question section (RFC 1002 §4.2.1.2); the class is always IN.
 *
 * @param name the name asked about
 * @param type {@link NameServicePacket#TYPE_NB} (address query) or {@link NameServicePacket#TYPE_NBSTAT} (node
 *             status)
 */
public record NameQuestion(NetbiosName name, int type) {

    /** Validates the values. */
    public NameQuestion {
        Objects.requireNonNull(name, "name");
        NameServicePacket.requireUnsigned16(type, "question type");
    }
}
