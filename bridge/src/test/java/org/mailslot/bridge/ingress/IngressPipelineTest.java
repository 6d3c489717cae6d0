package org.mailslot.bridge.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mailslot.bridge.testing.Policies;
import org.mailslot.bridge.config.RateLimit;
import org.mailslot.bridge.mapping.DatagramMapper;
import org.mailslot.bridge.mapping.IngressMessage;
import org.mailslot.bridge.mapping.EnvelopeBodyMapper;
import org.mailslot.bridge.mapping.MailslotProperties;
import org.mailslot.bridge.metrics.BridgeCounters;
import org.mailslot.bridge.metrics.DropReason;
import org.mailslot.bridge.testing.Datagrams;
import org.mailslot.wire.MailslotDatagram;

class IngressPipelineTest {

    private final BridgeCounters counters = new BridgeCounters();
    private final List<IngressMessage> forwarded = new ArrayList<>();
    private final AtomicLong nanos = new AtomicLong();

    private IngressPipeline pipeline(List<String> allow, RateLimit rate, IngressSink sink) {
        return new IngressPipeline(Policies.of(allow, rate, nanos::get),
                new DatagramMapper("mailslot", new EnvelopeBodyMapper()), "mailslot.out", sink, counters);
    }

    private void receive(IngressPipeline pipeline, MailslotDatagram d) {
        pipeline.onDecoded(d, Datagrams.SOURCE, Datagrams.RECEIVED_AT);
    }

    @Test
    void aValidDatagramIsMappedAndForwarded() {
        IngressPipeline p = pipeline(List.of(), RateLimit.UNLIMITED, forwarded::add);

        receive(p, Datagrams.unique("\\MAILSLOT\\TEST", 1, "hello"));

        assertThat(forwarded).singleElement().satisfies(m -> assertThat(m.address()).isEqualTo("mailslot.test"));
        assertThat(counters.snapshot().received()).isEqualTo(1);
        assertThat(counters.snapshot().droppedTotal()).isZero();
    }

    @Test
    void eachDatagramGoesToItsOwnSlotsAddressWhenTheSlotChangesBetweenDatagrams() {
        IngressPipeline p = pipeline(List.of(), RateLimit.UNLIMITED, forwarded::add);

        receive(p, Datagrams.unique("\\MAILSLOT\\TEST", 1, "a"));
        receive(p, Datagrams.unique("\\MAILSLOT\\TEST", 2, "b"));
        receive(p, Datagrams.unique("\\MAILSLOT\\Other\\Path", 3, "c"));
        receive(p, Datagrams.unique("\\mailslot\\test", 5, "e"));

        assertThat(forwarded).extracting(IngressMessage::address)
                .containsExactly("mailslot.test", "mailslot.test", "mailslot.other.path", "mailslot.test");
        assertThat(forwarded).extracting(m -> m.properties().get(MailslotProperties.SLOT))
                .containsExactly("TEST", "TEST", "Other\\Path", "test");
        assertThat(counters.snapshot().droppedTotal()).isZero();
    }

    @Test
    void datagramsTheCodecRejectedAndSlotNamesWithoutTheMailslotPrefixAreCountedMalformed() {
        IngressPipeline p = pipeline(List.of(), RateLimit.UNLIMITED, forwarded::add);

        p.onMalformed(Datagrams.SOURCE, "TRUNCATED_HEADER: 3 bytes");
        receive(p, Datagrams.unique("\\MAILSLOT\\a?b", 1, "a wire name the slot grammar refuses"));

        assertThat(forwarded).isEmpty();
        assertThat(counters.snapshot().dropped(DropReason.MALFORMED)).isEqualTo(2);
        assertThat(counters.snapshot().received()).isEqualTo(2);
    }

    @Test
    void disallowedSlotsAreDroppedWithoutUsingTheSourcesRate() {
        IngressPipeline p = pipeline(List.of("status"), new RateLimit(1, 1), forwarded::add);

        receive(p, Datagrams.unique("\\MAILSLOT\\NOISE", 1, "x"));
        receive(p, Datagrams.unique("\\MAILSLOT\\STATUS", 2, "y"));

        assertThat(forwarded).hasSize(1);
        assertThat(counters.snapshot().dropped(DropReason.DISALLOWED_SLOT)).isEqualTo(1);
    }

    @Test
    void aSourceOverItsRateIsDropped() {
        IngressPipeline p = pipeline(List.of(), new RateLimit(2, 2), forwarded::add);

        for (int i = 0; i < 5; i++) {
            receive(p, Datagrams.unique("\\MAILSLOT\\TEST", i, "x"));
        }

        assertThat(forwarded).hasSize(2);
        assertThat(counters.snapshot().dropped(DropReason.RATE_LIMITED)).isEqualTo(3);
    }

    @Test
    void aSlotThatMapsToTheEgressAddressIsNeverForwarded() {
        IngressPipeline p = pipeline(List.of(), RateLimit.UNLIMITED, forwarded::add);

        receive(p, Datagrams.unique("\\MAILSLOT\\OUT", 1, "loop"));

        assertThat(forwarded).isEmpty();
        assertThat(counters.snapshot().dropped(DropReason.RESERVED_ADDRESS)).isEqualTo(1);
    }

    @Test
    void aFullSinkIsCountedAsBufferFull() {
        IngressPipeline p = pipeline(List.of(), RateLimit.UNLIMITED, m -> false);

        receive(p, Datagrams.unique("\\MAILSLOT\\TEST", 1, "x"));

        assertThat(counters.snapshot().dropped(DropReason.BUFFER_FULL)).isEqualTo(1);
    }
}
