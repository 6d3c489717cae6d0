package org.mailslot.bridge.mapping;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Objects;
import org.mailslot.wire.MailslotDatagram;

/** A decoded mailslot datagram with what only the receiver knows: the UDP source and the time of arrival. */
public record ReceivedDatagram(MailslotDatagram datagram, InetSocketAddress source, Instant receivedAt) {

    public ReceivedDatagram {
        Objects.requireNonNull(datagram, "datagram");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
