package org.mailslot.bridge.mapping;

import java.time.Duration;
import java.util.function.LongSupplier;

import java.net.InetAddress;
import org.mailslot.wire.MailslotDatagram;

/**
 * Maps a received datagram to the message the bridge publishes: address {@code <prefix>.<slot path>}, anycast
 * for unique writes and multicast for group writes, the {@link MailslotProperties} and a {@link DuplicateId}.
 * Thread-safe; the only state is the text of the last source addresses (see {@link #sourceAddressText}).
 */
public final class DatagramMapper {

    // The destination name type as text, built once: the mapper runs for every datagram.
    private static final String[] NAME_TYPES = java.util.stream.IntStream.range(0, 256)
            .mapToObj(suffix -> String.format("%02X", suffix)).toArray(String[]::new);

    private final String addressPrefix;
    private final BodyMapper bodyMapper;
    // A sender sends many datagrams: its address is turned into text once, and the same String each time lets the
    // publisher find its broker encoding without hashing it again. Immutable, so a racing reader sees it whole.
    private SourceText lastSource;
    private HeaderIpText lastHeaderIp;
    private final DuplicateId duplicateIds;
    private final LongSupplier windowClock;

    private record SourceText(InetAddress address, String text) {
    }

    private record HeaderIpText(int ip, String text) {
    }

    /** A mapper whose duplicate ids follow the default 2 s duplicate window on the system clock. */
    public DatagramMapper(String addressPrefix, BodyMapper bodyMapper) {
        this(addressPrefix, bodyMapper, Duration.ofSeconds(2), System::currentTimeMillis);
    }

    /**
     * @param duplicateWindow the ingress duplicate window the broker's duplicate ids follow (see {@link DuplicateId})
     * @param windowClock     epoch milliseconds on the clock of that window
     */
    public DatagramMapper(String addressPrefix, BodyMapper bodyMapper, Duration duplicateWindow,
                          LongSupplier windowClock) {
        if (addressPrefix.isEmpty() || addressPrefix.endsWith(".")) {
            throw new IllegalArgumentException("address prefix must be non-empty without a trailing '.': '"
                    + addressPrefix + "'");
        }
        this.addressPrefix = addressPrefix;
        this.bodyMapper = bodyMapper;
        this.duplicateIds = new DuplicateId(duplicateWindow);
        this.windowClock = windowClock;
    }

    /** The address a slot's datagrams go to. */
    public String addressOf(SlotPath slot) {
        return addressPrefix + '.' + slot.addressSuffix();
    }

    /**
     * The message for one received datagram. The caller has parsed the slot and derived its address (the ingress
     * pipeline checks both before mapping), so they are not worked out again here.
     *
     * @param address {@link #addressOf(SlotPath) addressOf(slot)}
     */
    public IngressMessage map(ReceivedDatagram received, SlotPath slot, String address) {
        MailslotDatagram d = received.datagram();
        IngressProperties properties = new IngressProperties(
                d.source().name(),
                sourceAddressText(received.source().getAddress()),
                received.source().getPort(),
                headerIpText(d.sourceIp()),
                d.destination().name(),
                d.type().name(),
                d.datagramId(),
                slot.asSent(),
                received.receivedAt().toEpochMilli(),
                NAME_TYPES[d.destination().suffix()]);
        return new IngressMessage(
                address,
                d.type().isGroup() ? RoutingKind.MULTICAST : RoutingKind.ANYCAST,
                duplicateIds.of(received.source(), d.datagramId(), slot, d.data(), windowClock.getAsLong()),
                properties,
                bodyMapper.map(d));
    }

    private String headerIpText(int ip) {
        HeaderIpText last = lastHeaderIp;
        if (last == null || last.ip() != ip) {
            last = new HeaderIpText(ip, (ip >>> 24) + "." + (ip >>> 16 & 0xFF) + "." + (ip >>> 8 & 0xFF) + "."
                    + (ip & 0xFF));
            lastHeaderIp = last;
        }
        return last.text();
    }

    private String sourceAddressText(InetAddress address) {
        SourceText last = lastSource;
        if (last == null || !last.address().equals(address)) {
            last = new SourceText(address, address.getHostAddress());
            lastSource = last;
        }
        return last.text();
    }
}
