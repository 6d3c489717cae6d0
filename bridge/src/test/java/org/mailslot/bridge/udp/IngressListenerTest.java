package org.mailslot.bridge.udp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.mailslot.bridge.testing.Policies;
import org.mailslot.bridge.ingress.IngressPipeline;
import org.mailslot.bridge.mapping.DatagramMapper;
import org.mailslot.bridge.mapping.EnvelopeBodyMapper;
import org.mailslot.bridge.mapping.IngressMessage;
import org.mailslot.bridge.metrics.BridgeCounters;
import org.mailslot.bridge.metrics.DropReason;
import org.mailslot.bridge.testing.Datagrams;
import org.mailslot.names.NameType;
import org.mailslot.slot.ReceivingNames;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;
import org.mailslot.wire.WireFormatException;

class IngressListenerTest {

    private final BridgeCounters counters = new BridgeCounters();
    private final List<IngressMessage> forwarded = new CopyOnWriteArrayList<>();
    private final IngressListener listener = new IngressListener(new IngressPipeline(Policies.permissive(),
            new DatagramMapper("mailslot", new EnvelopeBodyMapper()), "mailslot.out", forwarded::add, counters),
            new ReceivingNames("BRIDGE", "WORKGROUP", "", List.of()), "BRIDGE");

    @Test
    void writesToOurNameOurDomainAndTheWildcardAreForwarded() {
        listener.onDatagram(Datagrams.unique("\\MAILSLOT\\A", 1, "x"), Datagrams.SOURCE);
        listener.onDatagram(Datagrams.group("\\MAILSLOT\\B", 2, "y"), Datagrams.SOURCE);
        listener.onDatagram(to(NetbiosName.of("*", 0), "HOSTA"), Datagrams.SOURCE);

        assertThat(forwarded).extracting(IngressMessage::address)
                .containsExactly("mailslot.a", "mailslot.b", "mailslot.c");
        assertThat(counters.snapshot().droppedTotal()).isZero();
    }

    @Test
    void otherComputersDomainsAndScopesAreNotForUs() {
        listener.onDatagram(to(NetbiosName.of("OTHERPC", 0), "HOSTA"), Datagrams.SOURCE);
        listener.onDatagram(to(NetbiosName.of("OTHERDOM", 0), "HOSTA"), Datagrams.SOURCE);
        listener.onDatagram(to(NetbiosName.of("BRIDGE", 0, "corp.example"), "HOSTA"), Datagrams.SOURCE);

        assertThat(forwarded).isEmpty();
        assertThat(counters.snapshot().dropped(DropReason.NOT_FOR_US)).isEqualTo(3);
        assertThat(counters.snapshot().received()).isEqualTo(3);
    }

    @Test
    void browserAndServerNameTypesAreCountedApartUnlessAskedFor() {
        listener.onDatagram(to(NetbiosName.of("WORKGROUP", 0x1D), "HOSTA"), Datagrams.SOURCE);
        listener.onDatagram(to(NetbiosName.of("BRIDGE", 0x20), "HOSTA"), Datagrams.SOURCE);

        assertThat(forwarded).isEmpty();
        assertThat(counters.snapshot().dropped(DropReason.UNWANTED_NAME_TYPE)).isEqualTo(2);

        IngressListener browser = new IngressListener(new IngressPipeline(Policies.permissive(),
                new DatagramMapper("mailslot", new EnvelopeBodyMapper()), "mailslot.out", forwarded::add, counters),
                new ReceivingNames("BRIDGE", "WORKGROUP", "",
                List.of(NameType.MASTER_BROWSER)), "BRIDGE");
        browser.onDatagram(to(NetbiosName.of("WORKGROUP", 0x1D), "HOSTA"), Datagrams.SOURCE);

        assertThat(forwarded).extracting(IngressMessage::address).containsExactly("mailslot.c");
    }

    @Test
    void ourOwnBroadcastHeardBackIsAnEcho() {
        listener.onDatagram(to(NetbiosName.of("WORKGROUP", 0), "BRIDGE"), Datagrams.SOURCE);

        assertThat(forwarded).isEmpty();
        assertThat(counters.snapshot().dropped(DropReason.OWN_ECHO)).isEqualTo(1);
    }

    @Test
    void malformedDatagramsAreCounted() {
        listener.onMalformed(new WireFormatException(WireFormatException.Reason.TRUNCATED_HEADER, "bad"), Datagrams.SOURCE,
                ByteBuffer.allocate(3));

        assertThat(counters.snapshot().dropped(DropReason.MALFORMED)).isEqualTo(1);
        assertThat(counters.snapshot().received()).isEqualTo(1);
    }

    private static MailslotDatagram to(NetbiosName destination, String source) {
        return new MailslotDatagram(DatagramType.DIRECT_GROUP, NodeType.B, 3, Datagrams.SOURCE_IP, 138,
                NetbiosName.of(source, 0), destination, "\\MAILSLOT\\C", 0, new byte[] {1});
    }
}
