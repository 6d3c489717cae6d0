package org.mailslot.bridge.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SummaryLineTest {

    @Test
    void namesTotalsAndOnlyTheDropReasonsThatOccurred() {
        BridgeCounters c = new BridgeCounters();
        c.ingressLinks().add().state(ConnectionState.CONNECTED);
        for (int i = 0; i < 5; i++) {
            c.received();
        }
        c.forwarded(2);
        c.dropped(DropReason.MALFORMED);
        c.dropped(DropReason.RATE_LIMITED);
        c.dropped(DropReason.RATE_LIMITED);
        c.sent();
        c.sendFailed();

        assertThat(SummaryLine.format(c.snapshot())).isEqualTo("broker connected | received 5, forwarded 2,"
                + " dropped 3 (malformed 1, rate_limited 2), buffered 0 | sent 1, send failures 1, egress rejected 0");
    }

    @Test
    void aDuplicateWindowThatForgotSightingsEarlySaysHowMany() {
        BridgeCounters c = new BridgeCounters();
        c.duplicateWindowOverflowGauge(() -> 990);
        assertThat(SummaryLine.format(c.snapshot())).isEqualTo("broker connecting | received 0, forwarded 0,"
                + " dropped 0, buffered 0, duplicate window overflow 990 | sent 0, send failures 0, egress rejected 0");
    }

    @Test
    void noDropsMeansNoParenthesis() {
        assertThat(SummaryLine.format(new BridgeCounters().snapshot())).isEqualTo("broker connecting | received 0,"
                + " forwarded 0, dropped 0, buffered 0 | sent 0, send failures 0, egress rejected 0");
    }
}
