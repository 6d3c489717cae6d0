package org.mailslot.bridge.mapping;

import java.util.Map;
import org.mailslot.wire.MailslotDatagram;

/**
 * Maps a received datagram to the message the bridge publishes: address {@code <prefix>.<slot path>}, anycast
 * for unique writes and multicast for group writes, the {@link MailslotProperties} and a duplicate id.
 * Thread-safe and stateless.
 */
public final class DatagramMapper {

    private final String addressPrefix;
    private final BodyMapper bodyMapper;

    public DatagramMapper(String addressPrefix, BodyMapper bodyMapper) {
        if (addressPrefix.isEmpty() || addressPrefix.endsWith(".")) {
            throw new IllegalArgumentException("address prefix must be non-empty without a trailing '.': '"
                    + addressPrefix + "'");
        }
        this.addressPrefix = addressPrefix;
        this.bodyMapper = bodyMapper;
    }

    /** The address a slot's datagrams go to. */
    public String addressOf(SlotPath slot) {
        return addressPrefix + '.' + slot.addressSuffix();
    }

    /**
     * @throws IllegalArgumentException if the datagram's mailslot name has no {@code \MAILSLOT\} prefix
     */
    public IngressMessage map(ReceivedDatagram received) {
        SlotPath slot = SlotPath.fromWireName(received.datagram().mailslotName());
        return map(received, slot, addressOf(slot));
    }

    /**
     * For a caller that has already parsed the slot and derived its address (the ingress pipeline checks both
     * before mapping): the same message as {@link #map(ReceivedDatagram)}, without working them out again.
     *
     * @param address {@link #addressOf(SlotPath) addressOf(slot)}
     */
    public IngressMessage map(ReceivedDatagram received, SlotPath slot, String address) {
        MailslotDatagram d = received.datagram();
        // Map.of is immutable already, so IngressMessage keeps it without another copy.
        Map<String, Object> properties = Map.of(
                MailslotProperties.SOURCE_NAME, d.source().name(),
                MailslotProperties.SOURCE_ADDRESS, received.source().getAddress().getHostAddress(),
                MailslotProperties.SOURCE_PORT, received.source().getPort(),
                MailslotProperties.DESTINATION_NAME, d.destination().name(),
                MailslotProperties.DATAGRAM_TYPE, d.type().name(),
                MailslotProperties.DATAGRAM_ID, d.datagramId(),
                MailslotProperties.SLOT, slot.asSent(),
                MailslotProperties.RECEIVED_AT, received.receivedAt().toEpochMilli());
        return new IngressMessage(
                address,
                d.type().isGroup() ? RoutingKind.MULTICAST : RoutingKind.ANYCAST,
                DuplicateId.of(d.sourceIp(), d.datagramId(), slot, d.data()),
                properties,
                bodyMapper.map(d));
    }
}
