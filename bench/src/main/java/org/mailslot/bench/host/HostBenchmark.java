package org.mailslot.bench.host;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.Locale;
import org.mailslot.net.HostLookup;
import org.mailslot.slot.HostSettings;
import org.mailslot.slot.MailslotHost;

/**
 * Raw DatagramChannel versus mailslot host-to-host over UDP on loopback, side by side, for 100- and 424-byte
 * messages: receive rate and loss sending flat out, loss at 80% of the raw rate, and one-way latency from a
 * ping-pong; then the in-JVM local path. Everything stays on 127.0.0.0/8.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.mailslot.bench.host.HostBenchmark [seconds]
 * [warmupSeconds] [udp|local|latency]} (defaults 5, 12 and both parts).
 */
public final class HostBenchmark {

    private static final int[] SIZES = {100, 424};
    private static final double PACED_FRACTION = 0.8;
    private static final int PING_WARMUP = 5_000;
    private static final int PING_SAMPLES = 20_000;

    private final Duration measure;
    private final PrintStream out;

    private HostBenchmark(Duration measure, PrintStream out) {
        this.measure = measure;
        this.out = out;
    }

    /**
     * Runs every measurement and prints a Markdown table.
     *
     * @param args optional: measuring seconds per run, warm-up seconds
     */
    public static void main(String[] args) throws Exception {
        Duration measure = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 5);
        Duration warmup = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 12);
        String only = args.length > 2 ? args[2] : "";
        HostBenchmark benchmark = new HostBenchmark(measure, System.out);
        benchmark.warmUp(warmup);
        if (only.equals("latency")) {
            benchmark.latencyRounds(3);
            return;
        }
        if (!only.equals("local")) {
            benchmark.compare();
        }
        if (!only.equals("udp")) {
            benchmark.localPath();
        }
    }

    private void warmUp(Duration warmup) throws Exception {
        out.printf("warming up for %d s%n", warmup.toSeconds());
        Duration third = warmup.dividedBy(3);
        try (Hosts hosts = new Hosts()) {
            Throughput.run(hosts.link("warm"), 100, third, 0);
            PingPong.run(hosts.link("wping"), hosts.back("wpong"), 100, PING_WARMUP, PING_WARMUP);
        }
        try (RawUdpLink raw = rawLink()) {
            Throughput.run(raw, 100, third, 0);
        }
        LocalPath.run(100, third);
    }

    private void compare() throws Exception {
        out.println();
        out.println("| size | path | flat out: received/s | flat out: lost | flat out: CPU µs/msg"
                + " | at 80% of raw: rate/s | at 80%: lost | one-way p50 µs | one-way p99 µs |");
        out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
        for (int size : SIZES) {
            Throughput.Result rawFlat;
            try (RawUdpLink raw = rawLink()) {
                rawFlat = Throughput.run(raw, size, measure, 0);
            }
            double paced = rawFlat.receivedPerSecond() * PACED_FRACTION;
            Throughput.Result rawPaced;
            try (RawUdpLink raw = rawLink()) {
                rawPaced = Throughput.run(raw, size, measure, paced);
            }
            PingPong.Result rawLatency;
            try (RawUdpLink forward = rawLink(); RawUdpLink back = rawLink()) {
                rawLatency = PingPong.run(forward, back, size, PING_WARMUP, PING_SAMPLES);
            }
            row(size, "raw DatagramChannel", rawFlat, rawPaced, rawLatency);

            Throughput.Result hostFlat;
            Throughput.Result hostPaced;
            PingPong.Result hostLatency;
            try (Hosts hosts = new Hosts()) {
                hostFlat = Throughput.run(hosts.link("flat" + size), size, measure, 0);
                hostPaced = Throughput.run(hosts.link("paced" + size), size, measure, paced);
                out.printf("<!-- %d bytes: receiver counters %s -->%n", size, hosts.receiver.counters());
            }
            // Fresh hosts, as the raw ping-pong gets fresh sockets: hosts that have just carried the flat-out run
            // answer slower for a few seconds (see bench/README.md).
            try (Hosts hosts = new Hosts()) {
                hostLatency = PingPong.run(hosts.link("ping" + size), hosts.back("pong" + size), size, PING_WARMUP,
                        PING_SAMPLES);
            }
            row(size, "mailslot host", hostFlat, hostPaced, hostLatency);
        }
    }

    /** Only the ping-pongs, raw and host alternating, several rounds: how stable the tail is. */
    private void latencyRounds(int rounds) throws Exception {
        out.println();
        out.println("| round | size | raw p50 µs | raw p99 µs | host p50 µs | host p99 µs | p99 host / raw |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|");
        for (int round = 1; round <= rounds; round++) {
            for (int size : SIZES) {
                PingPong.Result raw;
                try (RawUdpLink forward = rawLink(); RawUdpLink back = rawLink()) {
                    raw = PingPong.run(forward, back, size, PING_WARMUP, PING_SAMPLES);
                }
                PingPong.Result host;
                try (Hosts hosts = new Hosts()) {
                    host = PingPong.run(hosts.link("ping" + size), hosts.back("pong" + size), size, PING_WARMUP,
                            PING_SAMPLES);
                }
                out.printf(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.1f | %.1f | %.2fx |%n", round, size, raw.p50Micros(),
                        raw.p99Micros(), host.p50Micros(), host.p99Micros(), host.p99Micros() / raw.p99Micros());
            }
        }
    }

    private void localPath() throws Exception {
        LocalPath.Result local = LocalPath.run(100, measure);
        out.println();
        out.printf(Locale.ROOT, "local path, 100-byte messages, 1 writer + 1 reader: %,.0f messages/s (%d in %.1f s)%n",
                local.perSecond(), local.messages(), local.seconds());
    }

    private void row(int size, String path, Throughput.Result flat, Throughput.Result paced, PingPong.Result latency) {
        out.printf(Locale.ROOT, "| %d | %s | %,.0f | %d (%.2f%%) | %.2f | %,.0f | %d | %.1f | %.1f |%n", size, path,
                flat.receivedPerSecond(), flat.lost(), 100.0 * flat.lost() / Math.max(1, flat.sent()),
                flat.cpuMicrosPerMessage(), paced.sent() / paced.seconds(), paced.lost(), latency.p50Micros(),
                latency.p99Micros());
    }

    private static RawUdpLink rawLink() throws IOException {
        return new RawUdpLink(new InetSocketAddress(loopback(71), 0), new InetSocketAddress(loopback(72), freePort()));
    }

    private static InetAddress loopback(int last) throws IOException {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) last});
    }

    private static int freePort() throws IOException {
        try (DatagramChannel probe = DatagramChannel.open()) {
            probe.bind(new InetSocketAddress(loopback(1), 0));
            return ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
    }

    /** Two hosts on 127.0.0.73 and 127.0.0.74 sharing one port, each in the other's static name table. */
    private static final class Hosts implements AutoCloseable {
        final MailslotHost sender;
        final MailslotHost receiver;

        Hosts() throws IOException {
            int port = freePort();
            InetAddress broadcast = InetAddress.getByAddress(new byte[] {127, (byte) 255, (byte) 255, (byte) 255});
            sender = MailslotHost.start(HostSettings.builder("BENCHA").bindAddress(loopback(73)).port(port)
                    .broadcastAddress(broadcast).hostLookup(HostLookup.NONE).staticName("BENCHB", loopback(74)).build());
            receiver = MailslotHost.start(HostSettings.builder("BENCHB").bindAddress(loopback(74)).port(port)
                    .broadcastAddress(broadcast).hostLookup(HostLookup.NONE).staticName("BENCHA", loopback(73)).build());
        }

        HostLink link(String slot) throws IOException {
            return new HostLink(sender, receiver, slot);
        }

        HostLink back(String slot) throws IOException {
            return new HostLink(receiver, sender, slot);
        }

        @Override
        public void close() {
            sender.close();
            receiver.close();
        }
    }
}
