package org.mailslot.bench.bridge;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.mailslot.bridge.artemis.EmbeddedBrokerSpec;
import org.mailslot.bridge.config.BrokerCredentials;
import org.mailslot.bridge.config.SettingsParser;
import org.mailslot.bridge.metrics.BridgeCounters;
import org.mailslot.bridge.udp.UdpBridge;

/**
 * In one run, for non-durable and durable ingress and 100- and 424-byte bodies: the ceiling (Artemis core
 * producer into the bridge's embedded broker configuration, one consumer draining), then the bridge ingesting
 * datagrams from a separate process at rising fractions of that ceiling; the highest rate forwarded with zero loss
 * and its ratio to the ceiling; then 5x that rate, with the bridge's heap sampled. Loopback only.
 *
 * <p>Usage: {@code java -Xmx1g -cp bench/target/benchmarks.jar org.mailslot.bench.bridge.BridgeBenchmark
 * [stepSeconds] [warmupSeconds]} (defaults 3 and 10).
 */
public final class BridgeBenchmark {

    private static final int[] SIZES = {100, 424};
    private static final double[] FRACTIONS = {0.3, 0.5, 0.7, 0.8, 0.9, 1.0, 1.2};
    private static final double OVERLOAD = 5.0;
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final BrokerCredentials CREDENTIALS = new BrokerCredentials("bench", "bench-password-1");

    private final double stepSeconds;
    private final Duration warmup;
    private final PrintStream out = System.out;
    private long sequence;

    private BridgeBenchmark(double stepSeconds, Duration warmup) {
        this.stepSeconds = stepSeconds;
        this.warmup = warmup;
    }

    public static void main(String[] args) throws Exception {
        double step = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        Duration warmup = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
        BridgeBenchmark benchmark = new BridgeBenchmark(step, warmup);
        benchmark.out.printf("| mode | body | ceiling msg/s | bridge zero-loss datagrams/s | ratio | first lossy"
                + " step | 5x overload: sent, forwarded, dropped (reasons), kernel loss | max heap used |%n");
        benchmark.out.println("|---|---|---|---|---|---|---|---|");
        for (boolean durable : new boolean[] {false, true}) {
            benchmark.mode(durable);
        }
    }

    private void mode(boolean durable) throws Exception {
        double[] ceilings = new double[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
            EmbeddedBrokerSpec spec = new EmbeddedBrokerSpec("ceiling", InetAddress.getLoopbackAddress(),
                    freeTcpPort(), CeilingRun.tempDir("bench-ceiling"), Optional.of(CREDENTIALS), 10_000, durable,
                    "mailslot");
            ceilings[i] = CeilingRun.measure(spec, CREDENTIALS, durable, SIZES[i],
                    i == 0 ? warmup : Duration.ofSeconds(2), Duration.ofSeconds((long) Math.max(3, stepSeconds + 2)));
        }
        int port = freeUdpPort();
        Map<String, String> settings = Map.of("listen", "127.0.0.1:" + port, "computer-name", "BENCH",
                "tcp-port", Integer.toString(freeTcpPort()), "data-dir",
                CeilingRun.tempDir("bench-bridge").toString(), "durable", Boolean.toString(durable),
                "broker-user", CREDENTIALS.user(), "broker-password", CREDENTIALS.password());
        try (UdpBridge bridge = UdpBridge.start(new SettingsParser().parse(settings));
             DrainCounter drain = new DrainCounter(bridge.bridge().embeddedBroker().orElseThrow().inVmUrl(),
                     CREDENTIALS, "mailslot.bench", durable)) {
            Steps steps = new Steps(port, drain);
            steps.run(ceilings[0] * 0.3, warmup.toSeconds(), SIZES[0]);
            for (int i = 0; i < SIZES.length; i++) {
                double best = 0;
                String lossy = "none up to " + FRACTIONS[FRACTIONS.length - 1] + "x";
                for (double fraction : FRACTIONS) {
                    Step step = steps.run(ceilings[i] * fraction, stepSeconds, SIZES[i]);
                    if (step.lost() > 0) {
                        lossy = String.format("%.0f/s lost %d of %d", step.rate(), step.lost(), step.sent());
                        break;
                    }
                    best = Math.max(best, step.rate());
                }
                String overload = overload(bridge.bridge().counters(), steps, Math.max(best, 1) * OVERLOAD, SIZES[i]);
                out.printf("| %s | %d B | %.0f | %.0f | %.0f%% | %s | %s |%n", durable ? "durable" : "non-durable",
                        SIZES[i], ceilings[i], best, 100 * best / ceilings[i], lossy, overload);
            }
        }
    }

    private String overload(BridgeCounters counters, Steps steps, double rate, int size) throws Exception {
        BridgeCounters.Snapshot before = counters.snapshot();
        HeapSampler heap = HeapSampler.start();
        Step step = steps.run(rate, stepSeconds * 2, size);
        long maxUsed = heap.stop();
        BridgeCounters.Snapshot after = counters.snapshot();
        StringBuilder reasons = new StringBuilder();
        after.dropped().forEach((reason, n) -> {
            long delta = n - before.dropped(reason);
            if (delta > 0) {
                reasons.append(reasons.length() == 0 ? "" : ", ").append(reason).append(' ').append(delta);
            }
        });
        long received = after.received() - before.received();
        return String.format("%.0f/s: %d sent, %d forwarded, %d dropped (%s), %d lost in the kernel | %d MiB of %d MiB",
                step.rate(), step.sent(), after.forwarded() - before.forwarded(),
                after.droppedTotal() - before.droppedTotal(), reasons.length() == 0 ? "-" : reasons,
                step.sent() - received, maxUsed >> 20,
                ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20);
    }

    /** Sending steps against one bridge; each counts what the consumer got of what that step sent. */
    private final class Steps {
        private final int port;
        private final DrainCounter drain;
        private long consumedBase;

        Steps(int port, DrainCounter drain) {
            this.port = port;
            this.drain = drain;
        }

        Step run(double rate, double seconds, int size) throws Exception {
            long start = System.nanoTime();
            long sent = BlasterProcess.run(port, rate, seconds, size, sequence);
            double elapsed = (System.nanoTime() - start) / 1e9;
            sequence += sent;
            long consumed = drain.awaitCount(consumedBase + sent, QUIET) - consumedBase;
            consumedBase += consumed;
            // The sender's JVM start is part of elapsed; the paced rate is what it aimed for over its own run.
            return new Step(Math.min(rate, sent / Math.max(seconds, elapsed - 1.0)), sent, sent - consumed);
        }
    }

    private record Step(double rate, long sent, long lost) {
    }

    private static int freeTcpPort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static int freeUdpPort() throws Exception {
        try (DatagramChannel probe = DatagramChannel.open(StandardProtocolFamily.INET)) {
            probe.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return ((java.net.InetSocketAddress) probe.getLocalAddress()).getPort();
        }
    }
}
