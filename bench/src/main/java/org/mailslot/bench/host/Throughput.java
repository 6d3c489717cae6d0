package org.mailslot.bench.host;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/** Sends numbered messages over a link for a while, unpaced or at a fixed rate, and counts what arrives. */
final class Throughput {

    /** The quiet time after which the receiver is taken to have everything that is coming. */
    private static final long QUIET_NANOS = Duration.ofMillis(300).toNanos();
    private static final long DRAIN_LIMIT_NANOS = Duration.ofSeconds(5).toNanos();
    private static final long PACING_PARK_NANOS = 20_000;
    private static final int UNPACED_BURST = 64;

    /** What one run measured. */
    record Result(long sent, long received, double seconds, long processCpuNanos) {
        double receivedPerSecond() {
            return received / seconds;
        }

        /** CPU time of the whole process (sender, receiver, everything) per message received. */
        double cpuMicrosPerMessage() {
            return processCpuNanos / 1e3 / Math.max(1, received);
        }

        long lost() {
            return sent - received;
        }
    }

    private Throughput() {
    }

    /**
     * @param ratePerSecond the send rate, or 0 to send as fast as the sender can
     */
    static Result run(Link link, int size, Duration duration, double ratePerSecond) throws Exception {
        AtomicLong received = new AtomicLong();
        Thread receiver = new Thread(() -> {
            byte[] head = new byte[Long.BYTES];
            try {
                while (link.receive(head)) {
                    received.incrementAndGet();
                }
            } catch (Exception e) {
                throw new IllegalStateException("receiver failed", e);
            }
        }, "bench-receiver");
        receiver.start();

        byte[] message = new byte[size];
        ByteBuffer sequence = ByteBuffer.wrap(message);
        long sent = 0;
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long now;
        while ((now = System.nanoTime()) < end) {
            long due = ratePerSecond > 0 ? (long) ((now - start) * ratePerSecond / 1e9) : sent + UNPACED_BURST;
            if (sent >= due) {
                LockSupport.parkNanos(PACING_PARK_NANOS);
                continue;
            }
            while (sent < due) {
                sequence.putLong(0, sent);
                link.send(message);
                sent++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        awaitQuiet(received);
        long cpu = processCpuNanos() - cpuStart;
        link.closeReceiver();
        receiver.join();
        return new Result(sent, received.get(), seconds, cpu);
    }

    // Load on a shared machine changes how much CPU we get, much less how much CPU a message costs.
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    // Datagrams still in socket buffers arrive shortly after the last send; stop once none came for a while.
    private static void awaitQuiet(AtomicLong received) {
        long deadline = System.nanoTime() + DRAIN_LIMIT_NANOS;
        long last = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long current = received.get();
            if (current != last) {
                last = current;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > QUIET_NANOS) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }
}
