package org.mailslot.jms.payload;

import java.net.InetSocketAddress;

/**
 * Where a raw datagram came from, as the receiving host saw it; each part becomes a property of the message.
 *
 * @param sourceComputer the sender's NetBIOS name (e.g. {@code HOSTA}), or null when unknown
 * @param sourceAddress  the UDP source address and port, or null for an in-process write
 * @param slotName       the mailslot name as received (e.g. {@code \MAILSLOT\TEST}), or null when unknown
 */
public record RawOrigin(String sourceComputer, InetSocketAddress sourceAddress, String slotName) {

    /** The {@code ip:port} form used in the {@link RawPayload#SOURCE_ADDRESS} property, or null. */
    public String addressText() {
        if (sourceAddress == null) {
            return null;
        }
        String host = sourceAddress.getAddress() != null ? sourceAddress.getAddress().getHostAddress()
                : sourceAddress.getHostString();
        return host + ":" + sourceAddress.getPort();
    }
}
