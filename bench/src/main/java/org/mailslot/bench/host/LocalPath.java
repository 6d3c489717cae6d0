package org.mailslot.bench.host;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.mailslot.slot.Mailslot;
import org.mailslot.slot.MailslotClosedException;
import org.mailslot.slot.MailslotHost;
import org.mailslot.slot.MailslotWriter;

/** The in-JVM path: one writer thread and one reader thread on a local slot, no sockets. */
final class LocalPath {

    /** Messages written by the writer and read by the reader, per second. */
    record Result(long messages, double seconds) {
        double perSecond() {
            return messages / seconds;
        }
    }

    // Keeps the writer from running far ahead of the reader, so that the quota never refuses a write.
    private static final int MAX_BACKLOG = 10_000;

    private LocalPath() {
    }

    static Result run(int size, Duration duration) throws Exception {
        try (MailslotHost host = MailslotHost.localOnly("BENCHLOCAL")) {
            Mailslot slot = host.createMailslot("\\\\.\\mailslot\\local", 0, Mailslot.WAIT_FOREVER);
            AtomicLong read = new AtomicLong();
            Thread reader = new Thread(() -> {
                try {
                    while (true) {
                        slot.read();
                        read.incrementAndGet();
                    }
                } catch (MailslotClosedException | InterruptedException end) {
                    // The slot was closed: the run is over.
                }
            }, "bench-local-reader");
            reader.start();
            MailslotWriter writer = host.openWriter("\\\\.\\mailslot\\local");
            byte[] message = new byte[size];
            long written = 0;
            long start = System.nanoTime();
            long end = start + duration.toNanos();
            while ((written & 1023) != 0 || System.nanoTime() < end) {
                if ((written & 1023) == 0) {
                    while (written - read.get() > MAX_BACKLOG) {
                        Thread.onSpinWait();
                    }
                }
                writer.write(message);
                written++;
            }
            while (read.get() < written) {
                Thread.onSpinWait();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            slot.close();
            reader.join();
            return new Result(read.get(), seconds);
        }
    }
}
