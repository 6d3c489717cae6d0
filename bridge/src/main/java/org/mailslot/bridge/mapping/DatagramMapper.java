package org.mailslot.bridge.mapping;

import java.util.LinkedHashMap;
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
        MailslotDatagram d = received.datagram();
        SlotPath slot = SlotPath.fromWireName(d.mailslotName());
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(MailslotProperties.SOURCE_NAME, d.source().name());
        properties.put(MailslotProperties.SOURCE_ADDRESS, received.source().getAddress().getHostAddress());
        properties.put(MailslotProperties.SOURCE_PORT, received.source().getPort());
        properties.put(MailslotProperties.DESTINATION_NAME, d.destination().name());
        properties.put(MailslotProperties.DATAGRAM_TYPE, d.type().name());
        properties.put(MailslotProperties.DATAGRAM_ID, d.datagramId());
        properties.put(MailslotProperties.SLOT, slot.asSent());
        properties.put(MailslotProperties.RECEIVED_AT, received.receivedAt().toEpochMilli());
        return new IngressMessage(
                addressOf(slot),
                d.type().isGroup() ? RoutingKind.MULTICAST : RoutingKind.ANYCAST,
                DuplicateId.of(d.sourceIp(), d.datagramId(), slot, d.data()),
                properties,
                bodyMapper.map(d));
    }
}
