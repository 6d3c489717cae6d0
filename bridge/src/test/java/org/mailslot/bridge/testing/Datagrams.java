package org.mailslot.bridge.testing;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.mailslot.bridge.mapping.DatagramMapper;
import org.mailslot.bridge.mapping.IngressMessage;
import org.mailslot.bridge.mapping.ReceivedDatagram;
import org.mailslot.bridge.mapping.SlotPath;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;

/** Datagrams for tests, from a sender HOSTA at 127.0.0.2. */
public final class Datagrams {

    public static final int SOURCE_IP = 0x7F000002;
    public static final InetSocketAddress SOURCE = new InetSocketAddress("127.0.0.2", 138);
    public static final Instant RECEIVED_AT = Instant.parse("2026-11-25T01:00:00.123Z");

    private Datagrams() {
    }

    public static MailslotDatagram unique(String wireName, int datagramId, String text) {
        return new MailslotDatagram(DatagramType.DIRECT_UNIQUE, NodeType.B, datagramId, SOURCE_IP, 138,
                NetbiosName.of("HOSTA", 0), NetbiosName.of("BRIDGE", 0), wireName, 0,
                text.getBytes(StandardCharsets.US_ASCII));
    }

    public static MailslotDatagram group(String wireName, int datagramId, String text) {
        return new MailslotDatagram(DatagramType.DIRECT_GROUP, NodeType.B, datagramId, SOURCE_IP, 138,
                NetbiosName.of("HOSTA", 0), NetbiosName.of("WORKGROUP", 0), wireName, 0,
                text.getBytes(StandardCharsets.US_ASCII));
    }

    public static ReceivedDatagram received(MailslotDatagram datagram) {
        return new ReceivedDatagram(datagram, SOURCE, RECEIVED_AT);
    }

    /** Maps a received datagram as the ingress pipeline does: slot parsed, address derived, then mapped. */
    public static IngressMessage map(DatagramMapper mapper, ReceivedDatagram received) {
        SlotPath slot = SlotPath.fromWireName(received.datagram().mailslotName());
        return mapper.map(received, slot, mapper.addressOf(slot));
    }

    /** Maps a datagram received from {@link #SOURCE} at {@link #RECEIVED_AT}, as the ingress pipeline does. */
    public static IngressMessage map(DatagramMapper mapper, MailslotDatagram datagram) {
        return map(mapper, received(datagram));
    }
}
