package org.mailslot.bench.bridge;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.core.remoting.impl.invm.InVMConnector;
import org.mailslot.bridge.artemis.EmbeddedBroker;
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
 * [stepSeconds] [warmupSeconds] [senders]} (defaults 3, 10 and 1). With several senders the datagrams come from
 * that many addresses (127.0.0.7, .8, ...) to the same slot, so the bridge's publishers share the load.
 * {@code -Dbench.modes=non-durable} (or {@code durable}) and {@code -Dbench.sizes=100} run a part of the table.
 * {@code -Dbench.broker=remote}: the bridge and the ceiling's producer both reach one broker (started in this JVM)
 * through its TCP acceptor, the bridge as a remote broker with confirmed asynchronous sends, the producer as
 * Artemis's fastest core producer (asynchronous sends, 1 MiB confirmation window).
 */
public final class BridgeBenchmark {

    private static final int[] SIZES = Arrays.stream(System.getProperty("bench.sizes", "100,424")
            .split(",")).mapToInt(Integer::parseInt).toArray();
    private static final String MODES = System.getProperty("bench.modes", "non-durable,durable");
    private static final boolean REMOTE = System.getProperty("bench.broker", "embedded").equals("remote");
    private static final double[] FRACTIONS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.2};
    private static final double OVERLOAD = 5.0;
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final String BRIDGE_THREADS = "mailslot-";
    private static final BrokerCredentials CREDENTIALS = new BrokerCredentials("bench", "bench-password-1");

    private final double stepSeconds;
    private final Duration warmup;
    private final PrintStream out = System.out;
    private long sequence;

    private final int senders;

    private BridgeBenchmark(double stepSeconds, Duration warmup, int senders) {
        this.stepSeconds = stepSeconds;
        this.warmup = warmup;
        this.senders = senders;
    }

    public static void main(String[] args) throws Exception {
        double step = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        Duration warmup = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 10);
        int senders = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        BridgeBenchmark benchmark = new BridgeBenchmark(step, warmup, senders);
        benchmark.out.printf("| mode | body | ceiling msg/s | ceiling, bridge-shaped messages | bridge zero-loss"
                + " datagrams/s | ratio to ceiling | ratio to shaped | CPU µs per message: ceiling / bridge JVM (its reader"
                + " and publishers) + sender"
                + " | first step not sustained | 5x overload: sent, forwarded, drops by reason | max heap used |%n");
        benchmark.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (String mode : MODES.split(",")) {
            if (!mode.equals("non-durable") && !mode.equals("durable")) {
                throw new IllegalArgumentException("bench.modes: non-durable and/or durable, not '" + mode + "'");
            }
            benchmark.mode(mode.equals("durable"));
        }
        // Artemis's client pools are not daemon threads; without this the JVM would linger after the table.
        ActiveMQClient.clearThreadPools();
        InVMConnector.resetThreadPool();
    }

    private void mode(boolean durable) throws Exception {
        // Remote mode: one broker for both the ceiling and the bridge, reached over TCP by both.
        EmbeddedBroker remote = REMOTE ? EmbeddedBroker.start(spec(durable)) : null;
        try {
            mode(durable, remote);
        } finally {
            if (remote != null) {
                remote.close();
            }
        }
    }

    private void mode(boolean durable, EmbeddedBroker remote) throws Exception {
        CeilingRun.Ceiling[] ceilings = new CeilingRun.Ceiling[SIZES.length];
        CeilingRun.Ceiling[] shapedCeilings = new CeilingRun.Ceiling[SIZES.length];
        for (int i = 0; i < SIZES.length; i++) {
            ceilings[i] = ceiling(remote, durable, SIZES[i], false, i == 0 ? warmup : Duration.ofSeconds(2));
            shapedCeilings[i] = ceiling(remote, durable, SIZES[i], true, Duration.ofSeconds(2));
        }
        int port = freeUdpPort();
        Map<String, String> settings = new java.util.HashMap<>(Map.of("listen", "127.0.0.1:" + port,
                "computer-name", "BENCH", "tcp-port", Integer.toString(freeTcpPort()), "data-dir",
                CeilingRun.tempDir("bench-bridge").toString(), "durable", Boolean.toString(durable),
                "broker-user", CREDENTIALS.user(), "broker-password", CREDENTIALS.password()));
        if (remote != null) {
            settings.put("broker", remote.tcpUrl());
        }
        try (UdpBridge bridge = UdpBridge.start(new SettingsParser().parse(settings));
             DrainCounter drain = new DrainCounter(remote != null ? remote.inVmUrl()
                     : bridge.bridge().embeddedBroker().orElseThrow().inVmUrl(), CREDENTIALS, "mailslot.bench",
                     durable);
             BlasterProcess blaster = BlasterProcess.start(port, senders)) {
            Steps steps = new Steps(blaster, drain);
            steps.run(ceilings[0].perSecond() * 0.3, warmup.toSeconds(), SIZES[0]);
            for (int i = 0; i < SIZES.length; i++) {
                double best = 0;
                Step bestStep = null;
                String lossy = "none up to " + FRACTIONS[FRACTIONS.length - 1] + "x";
                for (double fraction : FRACTIONS) {
                    BridgeCounters.Snapshot before = bridge.bridge().counters().snapshot();
                    Step step = steps.run(ceilings[i].perSecond() * fraction, stepSeconds, SIZES[i]);
                    if (!step.sustained()) {
                        lossy = String.format("%.0f/s offered: %.0f/s forwarded (lag %.2f s), lost %d of %d (%s)",
                                step.offered(), step.forwarded(), step.lag(), step.lost(), step.sent(),
                                drops(before, bridge.bridge().counters().snapshot(), step.sent()));
                        break;
                    }
                    if (step.forwarded() > best) {
                        best = step.forwarded();
                        bestStep = step;
                    }
                }
                String overload = overload(bridge.bridge().counters(), steps, Math.max(best, 1) * OVERLOAD, SIZES[i]);
                String cpu = bestStep == null ? "-" : String.format("%.1f / %.1f (%.1f) + %.1f",
                        ceilings[i].cpuMicrosPerMessage(), bestStep.bridgeCpuMicros(), bestStep.ownCpuMicros(),
                        bestStep.senderCpuMicros());
                out.printf("| %s%s | %d B | %.0f | %.0f | %.0f | %.0f%% | %.0f%% | %s | %s | %s |%n",
                        durable ? "durable" : "non-durable", remote != null ? ", remote" : "", SIZES[i], ceilings[i].perSecond(),
                        shapedCeilings[i].perSecond(), best, 100 * best / ceilings[i].perSecond(),
                        100 * best / shapedCeilings[i].perSecond(), cpu, lossy, overload);
            }
        }
    }

    private CeilingRun.Ceiling ceiling(EmbeddedBroker remote, boolean durable, int size, boolean bridgeShaped,
                                       Duration warm) throws Exception {
        Duration measure = Duration.ofSeconds((long) Math.max(3, stepSeconds + 2));
        if (remote != null) {
            return CeilingRun.measureOn(remote, true, CREDENTIALS, durable, size, bridgeShaped, warm, measure);
        }
        return CeilingRun.measure(spec(durable), CREDENTIALS, durable, size, bridgeShaped, warm, measure);
    }

    private static EmbeddedBrokerSpec spec(boolean durable) throws Exception {
        return new EmbeddedBrokerSpec("ceiling", InetAddress.getLoopbackAddress(), freeTcpPort(),
                CeilingRun.tempDir("bench-ceiling"), Optional.of(CREDENTIALS), 10_000, durable, "mailslot");
    }

    private String overload(BridgeCounters counters, Steps steps, double rate, int size) throws Exception {
        BridgeCounters.Snapshot before = counters.snapshot();
        HeapSampler heap = HeapSampler.start();
        Step step = steps.run(rate, stepSeconds * 2, size);
        long maxUsed = heap.stop();
        BridgeCounters.Snapshot after = counters.snapshot();
        return String.format("%.0f/s offered: %d sent, %d forwarded, %s | %d MiB of %d MiB", step.offered(),
                step.sent(), after.forwarded() - before.forwarded(), drops(before, after, step.sent()),
                maxUsed >> 20, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() >> 20);
    }

    /** The drops between two snapshots by reason, and what never reached the bridge (lost in the kernel). */
    private static String drops(BridgeCounters.Snapshot before, BridgeCounters.Snapshot after, long sent) {
        StringBuilder reasons = new StringBuilder();
        after.dropped().forEach((reason, n) -> {
            long delta = n - before.dropped(reason);
            if (delta > 0) {
                reasons.append(reason).append(' ').append(delta).append(", ");
            }
        });
        return reasons + "kernel " + (sent - (after.received() - before.received()));
    }

    /** Sending steps against one bridge; each counts what the consumer got of what that step sent. */
    private final class Steps {
        private final BlasterProcess blaster;
        private final DrainCounter drain;
        private long consumedBase;

        Steps(BlasterProcess blaster, DrainCounter drain) {
            this.blaster = blaster;
            this.drain = drain;
        }

        Step run(double rate, double seconds, int size) throws Exception {
            long cpuStart = ProcessCpu.nanos();
            long ownStart = ProcessCpu.threadNanos(BRIDGE_THREADS);
            BlasterProcess.Sent sent = blaster.step(rate, seconds, size, sequence);
            sequence += sent.count();
            long consumed = drain.awaitCount(consumedBase + sent.count(), QUIET) - consumedBase;
            double bridgeCpu = ProcessCpu.microsPer(cpuStart, ProcessCpu.nanos(), consumed);
            double ownCpu = ProcessCpu.microsPer(ownStart, ProcessCpu.threadNanos(BRIDGE_THREADS), consumed);
            consumedBase += consumed;
            // Forwarded rate: from the first datagram sent to the last message consumed, so a bridge that only
            // keeps up by buffering shows the rate it really sustained.
            double forwardSeconds = (drain.lastMessageMillis() - sent.startMillis()) / 1e3;
            return new Step(sent.count() / sent.seconds(), consumed / Math.max(forwardSeconds, sent.seconds()),
                    forwardSeconds - sent.seconds(), sent.seconds(), sent.count(), sent.count() - consumed, bridgeCpu,
                    ownCpu,
                    sent.cpuNanos() / 1e3 / Math.max(sent.count(), 1));
        }
    }

    /**
     * @param offered   the rate the sender achieved
     * @param forwarded messages consumed per second, first send to last consumed
     * @param lag       seconds from the last send to the last message consumed
     * @param seconds   how long the sender sent
     * @param bridgeCpuMicros CPU of this JVM (bridge, broker, consumer) per message consumed in the step
     * @param ownCpuMicros    of which the bridge's own threads (UDP reader, publishers)
     * @param senderCpuMicros CPU of the sender process per datagram sent
     */
    private record Step(double offered, double forwarded, double lag, double seconds, long sent, long lost,
                        double bridgeCpuMicros, double ownCpuMicros, double senderCpuMicros) {
        /**
         * Nothing lost, and the bridge kept pace rather than buffered: the last message was consumed within 10% of
         * the step's length (plus 0.25 s for one journal or GC stall) after the last datagram was sent.
         */
        boolean sustained() {
            return lost == 0 && lag <= 0.1 * seconds + 0.25;
        }
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
