package org.mailslot.bridge.udp;

import java.io.IOException;
import org.mailslot.bridge.egress.DatagramSender;
import org.mailslot.bridge.mapping.EgressTarget;
import org.mailslot.slot.MailslotHost;

/**
 * Egress through the mailslot host's write path: a computer target is resolved as any write to it is (static
 * names, names learned from received datagrams, DNS) and gets a unique datagram; a domain or {@code *} target
 * gets a group datagram to the broadcast targets.
 */
final class HostDatagramSender implements DatagramSender {

    private final MailslotHost host;

    HostDatagramSender(MailslotHost host) {
        this.host = host;
    }

    @Override
    public void send(EgressTarget target, byte[] body) throws IOException {
        host.send(target.name(), body, 0);
    }
}
