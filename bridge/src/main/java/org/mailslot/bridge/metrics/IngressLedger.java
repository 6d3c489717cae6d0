package org.mailslot.bridge.metrics;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small state file in the data directory ({@value #FILE_NAME}) with the ingress counters, rewritten every
 * second while the bridge runs and marked clean when it stops. A bridge killed without stopping (power loss,
 * {@code kill -9}, out of memory) leaves it unmarked, so the next start can say what the dead run had received but
 * neither forwarded nor dropped: the messages it held in memory, lost with it. The file is replaced atomically
 * (written beside, then renamed), so a reader sees one whole record. Figures are as of the last record: datagrams
 * received in the last second before the crash are not in it, and any it forwarded in that second are reported as
 * lost, so the report is an upper bound of what was lost among what it counts.
 */
public final class IngressLedger implements AutoCloseable {

    /** The state file's name in the data directory. */
    public static final String FILE_NAME = "ingress-ledger.properties";

    private static final Logger LOG = LoggerFactory.getLogger(IngressLedger.class);
    private static final long PERIOD_MS = 1_000;

    private final Path file;
    private final BridgeCounters counters;
    private final ScheduledFuture<?> task;

    private IngressLedger(Path file, BridgeCounters counters, ScheduledExecutorService scheduler) {
        this.file = file;
        this.counters = counters;
        this.task = scheduler.scheduleWithFixedDelay(() -> write(false), 0, PERIOD_MS, TimeUnit.MILLISECONDS);
    }

    /** What the previous run's file says, if there is one. */
    public static Optional<PreviousRun> previousRun(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new PreviousRun(Long.parseLong(p.getProperty("received")),
                    Long.parseLong(p.getProperty("forwarded")), Long.parseLong(p.getProperty("dropped")),
                    Instant.parse(p.getProperty("recordedAt")), Boolean.parseBoolean(p.getProperty("clean"))));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring an unreadable {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Starts recording the counters into the data directory's state file. */
    public static IngressLedger start(Path dataDir, BridgeCounters counters, ScheduledExecutorService scheduler) {
        return new IngressLedger(dataDir.resolve(FILE_NAME), counters, scheduler);
    }

    /** Writes the final figures and marks the run clean; call after everything buffered was forwarded or dropped. */
    @Override
    public void close() {
        task.cancel(false);
        write(true);
    }

    private synchronized void write(boolean clean) {
        BridgeCounters.Snapshot s = counters.snapshot();
        Properties p = new Properties();
        p.setProperty("received", Long.toString(s.received()));
        p.setProperty("forwarded", Long.toString(s.forwarded()));
        p.setProperty("dropped", Long.toString(s.droppedTotal()));
        p.setProperty("buffered", Long.toString(s.buffered()));
        p.setProperty("recordedAt", Instant.now().toString());
        p.setProperty("clean", Boolean.toString(clean));
        Path next = file.resolveSibling(FILE_NAME + ".next");
        try {
            try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                p.store(out, "mailslot bridge ingress counters; clean=false after the run means it did not stop");
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.debug("Cannot record the ingress counters in {}: {}", file, e.toString());
        }
    }

    /**
     * The previous run's last record.
     *
     * @param clean whether it stopped normally (then nothing was lost uncounted)
     */
    public record PreviousRun(long received, long forwarded, long dropped, Instant recordedAt, boolean clean) {

        /** Received and neither forwarded nor dropped at the last record: lost if the run did not stop cleanly. */
        public long notForwarded() {
            return Math.max(0, received - forwarded - dropped);
        }

        /** The line the bridge logs at start about an unclean previous run. */
        public String describe() {
            return "The previous run did not stop cleanly: at its last record (" + recordedAt + ") it had received "
                    + received + " datagrams, forwarded " + forwarded + ", dropped " + dropped + "; " + notForwarded()
                    + " received but not forwarded were in its memory and are lost (datagrams of its last second"
                    + " are not in this record)";
        }
    }
}
