package org.mailslot.bridge.egress;

import java.io.IOException;
import org.mailslot.bridge.mapping.EgressTarget;

/** Sends one mailslot write; implemented over the mailslot host (see {@code org.mailslot.bridge.udp}). */
@FunctionalInterface
public interface DatagramSender {

    /**
     * @throws IOException if the datagram could not be sent (unresolvable computer name, socket error); the
     *                     egress loop counts it as a send failure and goes on
     */
    void send(EgressTarget target, byte[] body) throws IOException;
}
