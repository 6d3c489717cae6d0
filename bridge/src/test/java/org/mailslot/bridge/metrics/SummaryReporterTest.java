package org.mailslot.bridge.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryReporterTest {

    private final BridgeCounters counters = new BridgeCounters();
    private final List<String> logged = new ArrayList<>();
    // No timer: the test calls report() as the timer would, once per period.
    private final SummaryReporter reporter = new SummaryReporter(counters::snapshot, logged::add, null, false);

    @Test
    void anIdleBridgeLogsItsLineOnceNotEveryPeriod() {
        reporter.report();
        reporter.report();
        reporter.report();

        assertThat(logged).containsExactly(SummaryLine.format(counters.snapshot()));
    }

    @Test
    void withAnIntervalTheLineIsLoggedEveryPeriodChangedOrNot() {
        SummaryReporter every = new SummaryReporter(counters::snapshot, logged::add, null, true);
        every.report();
        every.report();
        counters.received();
        every.report();

        assertThat(logged).hasSize(3);
        assertThat(logged.get(0)).isEqualTo(logged.get(1)).contains("received 0");
        assertThat(logged.get(2)).contains("received 1");
    }

    @Test
    void aChangeIsLoggedAtTheNextLookAndOnlyOnce() {
        reporter.report();
        counters.received();
        counters.dropped(DropReason.MALFORMED);
        reporter.report();
        reporter.report();
        counters.ingressLinks().add().state(ConnectionState.CONNECTED);
        reporter.report();

        assertThat(logged).hasSize(3);
        assertThat(logged.get(1)).contains("received 1", "dropped 1 (malformed 1)", "broker connecting");
        assertThat(logged.get(2)).contains("broker connected");
    }
}
