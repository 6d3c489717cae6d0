package org.mailslot.bridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mailslot.bridge.testing.Datagrams;
import org.mailslot.wire.MailslotDatagram;

class DatagramMapperTest {

    private final DatagramMapper mapper = new DatagramMapper("mailslot", new EnvelopeBodyMapper());

    @Test
    void uniqueWriteBecomesAnycastMessageNamedAfterTheSlot() {
        IngressMessage m = Datagrams.map(mapper, Datagrams.unique("\\MAILSLOT\\NET\\NETLOGON", 77, "hi"));

        assertThat(m.address()).isEqualTo("mailslot.net.netlogon");
        assertThat(m.routing()).isEqualTo(RoutingKind.ANYCAST);
        assertThat(((MappedBody.RawBytes) m.body()).bytes()).isEqualTo("hi".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void groupWriteBecomesMulticast() {
        IngressMessage m = Datagrams.map(mapper, Datagrams.group("\\MAILSLOT\\status", 1, "up"));

        assertThat(m.address()).isEqualTo("mailslot.status");
        assertThat(m.routing()).isEqualTo(RoutingKind.MULTICAST);
    }

    @Test
    void carriesSourceDestinationIdSlotAndReceiveTimeAsProperties() {
        IngressMessage m = Datagrams.map(mapper, Datagrams.unique("\\MAILSLOT\\Net\\Logon", 4242, "x"));

        assertThat(m.properties()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                MailslotProperties.HEADER_SOURCE_IP, "127.0.0.2",
                MailslotProperties.SOURCE_NAME, "HOSTA",
                MailslotProperties.SOURCE_ADDRESS, "127.0.0.2",
                MailslotProperties.SOURCE_PORT, 138,
                MailslotProperties.DESTINATION_NAME, "BRIDGE",
                MailslotProperties.DATAGRAM_TYPE, "DIRECT_UNIQUE",
                MailslotProperties.DATAGRAM_ID, 4242,
                MailslotProperties.SLOT, "Net\\Logon",
                MailslotProperties.RECEIVED_AT, Datagrams.RECEIVED_AT.toEpochMilli(),
                MailslotProperties.DESTINATION_NAME_TYPE, "00"));
    }

    @Test
    void eachDatagramCarriesItsOwnSourceAddressWhenSendersAlternate() {
        java.net.InetSocketAddress other = new java.net.InetSocketAddress("127.0.0.3", 139);
        org.mailslot.wire.MailslotDatagram d = Datagrams.unique("\\MAILSLOT\\TEST", 1, "x");

        IngressMessage first = Datagrams.map(mapper, d);
        IngressMessage second = Datagrams.map(mapper, new ReceivedDatagram(d, other, Datagrams.RECEIVED_AT));
        IngressMessage third = Datagrams.map(mapper, d);

        assertThat(java.util.List.of(first, second, third))
                .extracting(m -> m.properties().get(MailslotProperties.SOURCE_ADDRESS))
                .containsExactly("127.0.0.2", "127.0.0.3", "127.0.0.2");
        assertThat(second.properties().get(MailslotProperties.SOURCE_PORT)).isEqualTo(139);
    }

    @Test
    void copiesInOneWindowShareABrokerDuplicateIdAndARepeatAfterItGetsAnother() {
        AtomicLong now = new AtomicLong(1_700_000_000_100L);
        DatagramMapper bridgeA = new DatagramMapper("mailslot", new EnvelopeBodyMapper(), Duration.ofSeconds(2), now::get);
        DatagramMapper bridgeB = new DatagramMapper("mailslot", new EnvelopeBodyMapper(), Duration.ofSeconds(2), now::get);
        MailslotDatagram write = Datagrams.unique("\\MAILSLOT\\TEST", 9, "same");
        InetSocketAddress sender = new InetSocketAddress("127.0.0.2", 138);
        String id = Datagrams.map(bridgeA, new ReceivedDatagram(write, sender, Instant.EPOCH)).duplicateId();
        String otherSender = Datagrams.map(bridgeA, new ReceivedDatagram(write, new InetSocketAddress("127.0.0.3", 138),
                Instant.EPOCH)).duplicateId();
        now.addAndGet(5);
        // Another bridge on the same broker hearing the same broadcast a few milliseconds later: the same id.
        String otherBridge = Datagrams.map(bridgeB, new ReceivedDatagram(write, sender, Instant.EPOCH)).duplicateId();
        now.addAndGet(2_000);
        // The sender reusing the DGM_ID one window later: a new write, which the broker must not drop.
        String repeat = Datagrams.map(bridgeA, new ReceivedDatagram(write, sender, Instant.EPOCH)).duplicateId();

        assertThat(otherBridge).isEqualTo(id);
        assertThat(repeat).isNotEqualTo(id);
        assertThat(otherSender).isNotEqualTo(id);
    }

    @Test
    void withTheWindowOffEveryDatagramHasItsOwnId() {
        DatagramMapper noWindow = new DatagramMapper("mailslot", new EnvelopeBodyMapper(), Duration.ZERO,
                System::currentTimeMillis);
        MailslotDatagram write = Datagrams.unique("\\MAILSLOT\\TEST", 9, "same");
        InetSocketAddress sender = new InetSocketAddress("127.0.0.2", 138);

        ReceivedDatagram received = new ReceivedDatagram(write, sender, Instant.EPOCH);
        assertThat(Datagrams.map(noWindow, received).duplicateId())
                .isNotEqualTo(Datagrams.map(noWindow, received).duplicateId());
    }

    @Test
    void duplicateIdDiffersWhenIdSlotOrPayloadDiffers() {
        String base = Datagrams.map(mapper, Datagrams.unique("\\MAILSLOT\\TEST", 9, "same")).duplicateId();

        assertThat(Datagrams.map(mapper, Datagrams.unique("\\MAILSLOT\\TEST", 10, "same")).duplicateId())
                .isNotEqualTo(base);
        assertThat(Datagrams.map(mapper, Datagrams.unique("\\MAILSLOT\\OTHER", 9, "same")).duplicateId())
                .isNotEqualTo(base);
        assertThat(Datagrams.map(mapper, Datagrams.unique("\\MAILSLOT\\TEST", 9, "diff")).duplicateId())
                .isNotEqualTo(base);
    }

    @Test
    void prefixIsConfigurable() {
        DatagramMapper custom = new DatagramMapper("plant.ms", new EnvelopeBodyMapper());

        assertThat(Datagrams.map(custom, Datagrams.unique("\\MAILSLOT\\A\\B", 1, "")).address())
                .isEqualTo("plant.ms.a.b");
    }

    @Test
    void bodyComesFromTheBodyMapper() {
        byte[] replaced = {1, 2, 3};
        DatagramMapper custom = new DatagramMapper("mailslot", d -> new MappedBody.RawBytes(replaced));

        assertThat(((MappedBody.RawBytes) Datagrams.map(custom, Datagrams.unique("\\MAILSLOT\\X", 1, "abc"))
                .body()).bytes()).isEqualTo(replaced);
    }

    @Test
    void rejectsAPrefixEndingInADot() {
        assertThatThrownBy(() -> new DatagramMapper("mailslot.", new EnvelopeBodyMapper()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trailing '.'");
    }
}
