package org.mailslot.bridge.metrics;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Logs the summary line periodically: by default only when it has changed since the last one logged, looking once
 * per period (an idle bridge stays quiet, a busy one logs at most once per period); or, when asked to, every period
 * whether or not it changed (a heartbeat an operator can watch for).
 */
public final class SummaryReporter implements AutoCloseable {

    private final Supplier<BridgeCounters.Snapshot> counters;
    private final Consumer<String> log;
    private final ScheduledExecutorService timer;
    private final boolean always;
    private String lastLogged;

    SummaryReporter(Supplier<BridgeCounters.Snapshot> counters, Consumer<String> log,
                    ScheduledExecutorService timer, boolean always) {
        this.counters = Objects.requireNonNull(counters, "counters");
        this.log = Objects.requireNonNull(log, "log");
        this.timer = timer;
        this.always = always;
    }

    /**
     * Starts looking on a daemon thread of its own.
     *
     * @param interval log every this long, changed or not; empty = look every {@code onChangePeriod} and log only
     *                 a changed line
     */
    public static SummaryReporter start(Supplier<BridgeCounters.Snapshot> counters, Consumer<String> log,
                                        Optional<Duration> interval, Duration onChangePeriod) {
        long periodMillis = interval.orElse(onChangePeriod).toMillis();
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mailslot-bridge-summary");
            t.setDaemon(true);
            return t;
        });
        SummaryReporter reporter = new SummaryReporter(counters, log, timer, interval.isPresent());
        // Cancelled with the timer in close; report() catches nothing because formatting a snapshot cannot fail.
        ScheduledFuture<?> unused = timer.scheduleAtFixedRate(reporter::report, periodMillis, periodMillis,
                TimeUnit.MILLISECONDS);
        return reporter;
    }

    /** Logs the current line: always, or if it differs from the last one logged. */
    synchronized void report() {
        String line = SummaryLine.format(counters.get());
        if (always || !line.equals(lastLogged)) {
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
