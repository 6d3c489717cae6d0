package org.mailslot.bench.wire;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;
import org.mailslot.wire.WireFormatException;

/**
 * Companion to {@link WireCodecBenchmark} for a shared machine: counts operations per second of this thread's
 * CPU time, which other processes competing for the cores do not dilute the way they dilute JMH's wall-clock
 * ops/s. Same datagrams as the JMH benchmark; 10 s warm-up, then five 2-second measurements per case.
 * Run: {@code java -cp bench/target/benchmarks.jar org.mailslot.bench.wire.CodecCpuRate}.
 */
public final class CodecCpuRate {

    private static final long WARM_UP_NANOS = 10_000_000_000L;
    private static final long ROUND_NANOS = 2_000_000_000L;
    private static final int ROUNDS = 5;
    private static final int BATCH = 10_000;

    /** Keeps results observable so the JIT cannot drop the work. */
    private static volatile int sink;

    private CodecCpuRate() {
    }

    public static void main(String[] args) throws WireFormatException {
        MailslotCodec codec = MailslotCodec.windows();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        System.out.printf("%-22s %8s %16s %16s %8s%n", "case", "payload", "ops/CPU-s", "ops/wall-s", "CPU share");
        for (int size : new int[] {100, 424}) {
            MailslotDatagram datagram = datagram(size);
            byte[] encoded = codec.encode(datagram);
            codec.decode(encoded, 0, encoded.length);
            ByteBuffer out = ByteBuffer.allocate(1024);
            measure("decode byte[]", size, cpu, () -> decodeQuietly(codec, encoded));
            measure("encode into heap buf", size, cpu, () -> {
                out.clear();
                return codec.encode(datagram, out);
            });
        }
    }

    private static int decodeQuietly(MailslotCodec codec, byte[] encoded) {
        try {
            return codec.decode(encoded, 0, encoded.length).datagramId();
        } catch (WireFormatException e) {
            throw new IllegalStateException("the benchmark datagram must decode", e);
        }
    }

    private static void measure(String name, int size, ThreadMXBean cpu, IntSupplier operation) {
        runFor(WARM_UP_NANOS, operation);
        double[] cpuRates = new double[ROUNDS];
        double[] wallRates = new double[ROUNDS];
        double[] cpuShares = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long cpuStart = cpu.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            long ops = runFor(ROUND_NANOS, operation);
            long cpuNanos = cpu.getCurrentThreadCpuTime() - cpuStart;
            long wallNanos = System.nanoTime() - wallStart;
            cpuRates[round] = ops * 1e9 / cpuNanos;
            wallRates[round] = ops * 1e9 / wallNanos;
            cpuShares[round] = (double) cpuNanos / wallNanos;
            System.out.printf("  round %d: %,.0f ops/CPU-s, %,.0f ops/wall-s, %.0f%% CPU%n", round + 1,
                    cpuRates[round], wallRates[round], 100 * cpuShares[round]);
        }
        System.out.printf("%-22s %8d %,16.0f %,16.0f %7.0f%%  (medians)%n", name, size, median(cpuRates),
                median(wallRates), 100 * median(cpuShares));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long runFor(long nanos, IntSupplier operation) {
        long deadline = System.nanoTime() + nanos;
        long ops = 0;
        int accumulated = 0;
        while (System.nanoTime() < deadline) {
            for (int i = 0; i < BATCH; i++) {
                accumulated += operation.getAsInt();
            }
            ops += BATCH;
        }
        sink = accumulated;
        return ops;
    }

    private static MailslotDatagram datagram(int size) {
        byte[] data = new byte[size];
        new SplittableRandom(42).nextBytes(data);
        return new MailslotDatagram(DatagramType.DIRECT_GROUP, NodeType.B, 0x1234, 0xC0A8380A, 138,
                NetbiosName.of("HOSTA", 0), NetbiosName.of("WORKGROUP", 0), "\\MAILSLOT\\TEST", 0, data);
    }
}
