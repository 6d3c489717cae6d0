package org.mailslot.bridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mailslot.bridge.testing.Datagrams;
import org.mailslot.wire.MailslotDatagram;

class DatagramMapperTest {

    private final DatagramMapper mapper = new DatagramMapper("mailslot", new EnvelopeBodyMapper());

    @Test
    void uniqueWriteBecomesAnycastMessageNamedAfterTheSlot() {
        IngressMessage m = mapper.map(Datagrams.received(Datagrams.unique("\\MAILSLOT\\NET\\NETLOGON", 77, "hi")));

        assertThat(m.address()).isEqualTo("mailslot.net.netlogon");
        assertThat(m.routing()).isEqualTo(RoutingKind.ANYCAST);
        assertThat(((MappedBody.RawBytes) m.body()).bytes()).isEqualTo("hi".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void groupWriteBecomesMulticast() {
        IngressMessage m = mapper.map(Datagrams.received(Datagrams.group("\\MAILSLOT\\status", 1, "up")));

        assertThat(m.address()).isEqualTo("mailslot.status");
        assertThat(m.routing()).isEqualTo(RoutingKind.MULTICAST);
    }

    @Test
    void carriesSourceDestinationIdSlotAndReceiveTimeAsProperties() {
        IngressMessage m = mapper.map(Datagrams.received(Datagrams.unique("\\MAILSLOT\\Net\\Logon", 4242, "x")));

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

        IngressMessage first = mapper.map(Datagrams.received(d));
        IngressMessage second = mapper.map(new ReceivedDatagram(d, other, Datagrams.RECEIVED_AT));
        IngressMessage third = mapper.map(Datagrams.received(d));

        assertThat(java.util.List.of(first, second, third))
                .extracting(m -> m.properties().get(MailslotProperties.SOURCE_ADDRESS))
                .containsExactly("127.0.0.2", "127.0.0.3", "127.0.0.2");
        assertThat(second.properties().get(MailslotProperties.SOURCE_PORT)).isEqualTo(139);
    }

    @Test
    void copiesInOneWindowShareABrokerDuplicateIdAndARepeatAfterItGetsAnother() {
        MailslotDatagram write = Datagrams.unique("\\MAILSLOT\\TEST", 9, "same");
        InetSocketAddress sender = new InetSocketAddress("127.0.0.2", 138);
        Instant first = Instant.ofEpochMilli(1_700_000_000_100L);
        String id = mapper.map(new ReceivedDatagram(write, sender, first)).duplicateId();
        // Another bridge on the same broker hearing the same broadcast a few milliseconds later: the same id.
        String otherBridge = new DatagramMapper("mailslot", new EnvelopeBodyMapper())
                .map(new ReceivedDatagram(write, sender, first.plusMillis(5))).duplicateId();
        // The sender reusing the DGM_ID one window later: a new write, which the broker must not drop.
        String repeat = mapper.map(new ReceivedDatagram(write, sender, first.plusSeconds(2))).duplicateId();
        String otherSender = mapper.map(new ReceivedDatagram(write, new InetSocketAddress("127.0.0.3", 138), first))
                .duplicateId();

        assertThat(otherBridge).isEqualTo(id);
        assertThat(repeat).isNotEqualTo(id);
        assertThat(otherSender).isNotEqualTo(id);
    }

    @Test
    void withTheWindowOffEveryDatagramHasItsOwnId() {
        DatagramMapper noWindow = new DatagramMapper("mailslot", new EnvelopeBodyMapper(), java.time.Duration.ZERO);
        MailslotDatagram write = Datagrams.unique("\\MAILSLOT\\TEST", 9, "same");
        InetSocketAddress sender = new InetSocketAddress("127.0.0.2", 138);
        Instant at = Instant.ofEpochMilli(1_700_000_000_100L);

        assertThat(noWindow.map(new ReceivedDatagram(write, sender, at)).duplicateId())
                .isNotEqualTo(noWindow.map(new ReceivedDatagram(write, sender, at)).duplicateId());
    }

    @Test
    void duplicateIdDiffersWhenIdSlotOrPayloadDiffers() {
        String base = mapper.map(Datagrams.received(Datagrams.unique("\\MAILSLOT\\TEST", 9, "same"))).duplicateId();

        assertThat(mapper.map(Datagrams.received(Datagrams.unique("\\MAILSLOT\\TEST", 10, "same"))).duplicateId())
                .isNotEqualTo(base);
        assertThat(mapper.map(Datagrams.received(Datagrams.unique("\\MAILSLOT\\OTHER", 9, "same"))).duplicateId())
                .isNotEqualTo(base);
        assertThat(mapper.map(Datagrams.received(Datagrams.unique("\\MAILSLOT\\TEST", 9, "diff"))).duplicateId())
                .isNotEqualTo(base);
    }

    @Test
    void prefixIsConfigurable() {
        DatagramMapper custom = new DatagramMapper("plant.ms", new EnvelopeBodyMapper());

        assertThat(custom.map(Datagrams.received(Datagrams.unique("\\MAILSLOT\\A\\B", 1, ""))).address())
                .isEqualTo("plant.ms.a.b");
    }

    @Test
    void bodyComesFromTheBodyMapper() {
        byte[] replaced = {1, 2, 3};
        DatagramMapper custom = new DatagramMapper("mailslot", d -> new MappedBody.RawBytes(replaced));

        assertThat(((MappedBody.RawBytes) custom.map(Datagrams.received(Datagrams.unique("\\MAILSLOT\\X", 1, "abc")))
                .body()).bytes()).isEqualTo(replaced);
    }

    @Test
    void rejectsAPrefixEndingInADot() {
        assertThatThrownBy(() -> new DatagramMapper("mailslot.", new EnvelopeBodyMapper()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("trailing '.'");
    }
}
