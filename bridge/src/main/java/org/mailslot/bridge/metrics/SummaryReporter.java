package org.mailslot.bridge.metrics;

import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Logs the summary line when it has changed since the last one logged, looking once per period: an idle bridge
 * stays quiet, a busy one logs at most once per period.
 */
public final class SummaryReporter implements AutoCloseable {

    private final Supplier<BridgeCounters.Snapshot> counters;
    private final Consumer<String> log;
    private final ScheduledExecutorService timer;
    private String lastLogged;

    SummaryReporter(Supplier<BridgeCounters.Snapshot> counters, Consumer<String> log,
                    ScheduledExecutorService timer) {
        this.counters = Objects.requireNonNull(counters, "counters");
        this.log = Objects.requireNonNull(log, "log");
        this.timer = timer;
    }

    /** Starts looking every {@code periodSeconds} on a daemon thread of its own. */
    public static SummaryReporter start(Supplier<BridgeCounters.Snapshot> counters, Consumer<String> log,
                                        long periodSeconds) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mailslot-bridge-summary");
            t.setDaemon(true);
            return t;
        });
        SummaryReporter reporter = new SummaryReporter(counters, log, timer);
        // Cancelled with the timer in close; report() catches nothing because formatting a snapshot cannot fail.
        ScheduledFuture<?> unused = timer.scheduleAtFixedRate(reporter::report, periodSeconds, periodSeconds,
                TimeUnit.SECONDS);
        return reporter;
    }

    /** Logs the current line if it differs from the last one logged. */
    synchronized void report() {
        String line = SummaryLine.format(counters.get());
        if (!line.equals(lastLogged)) {
            lastLogged = line;
            log.accept(line);
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
