package org.mailslot.bench.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mailslot.bench.jms.EmbeddedArtemis;

/**
 * Wall time of one {@code mailslot produce} (start the JVM, connect to a broker, send one message, exit), as a user
 * sees it, against a broker in this JVM (Artemis, TCP on loopback, security off). Variants, alternated run by run:
 * <ul>
 *   <li>{@code jvm-floor}: {@code java -version}, the JVM's own start and exit (the baseline);</li>
 *   <li>{@code plain}: {@code java -cp JAR ToolMain produce} with no JVM options, how the command first ran;</li>
 *   <li>{@code launcher}: {@code bridge/bin/mailslot produce}, its start-up archive made by an earlier run that is
 *       not counted;</li>
 *   <li>{@code launcher-no-archive}: the same with {@code MAILSLOT_STARTUP_ARCHIVE=off};</li>
 *   <li>{@code before} (with {@code -Dbench.beforeJar=JAR}): another build's runnable jar run as its launcher
 *       ran it, for a before/after in the same run.</li>
 * </ul>
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.mailslot.bench.cli.CommandStartup [runs]   (from the repository root)
 * </pre>
 */
public final class CommandStartup {

    private static final Path LAUNCHER = Path.of("bridge", "bin", "mailslot").toAbsolutePath();

    private CommandStartup() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path jar = runnableJar();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path cache = Files.createTempDirectory("mailslot-cache");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        try (EmbeddedArtemis broker = new EmbeddedArtemis(port)) {
            List<String> produce = List.of("produce", "--url", broker.tcpUrl(), "--data-dir",
                    cache.resolve("no-credentials").toString(), "--destination", "bench", "hello");
            Map<String, Command> variants = new LinkedHashMap<>();
            variants.put("jvm-floor", new Command(List.of(java, "-version"), Map.of()));
            variants.put("plain", new Command(concat(List.of(java, "-cp", jar.toString(),
                    "org.mailslot.bridge.cli.ToolMain"), produce), Map.of()));
            variants.put("launcher", new Command(concat(List.of(LAUNCHER.toString()), produce),
                    Map.of("MAILSLOT_CACHE_DIR", cache.toString())));
            variants.put("launcher-no-archive", new Command(concat(List.of(LAUNCHER.toString()), produce),
                    Map.of("MAILSLOT_STARTUP_ARCHIVE", "off")));
            String before = System.getProperty("bench.beforeJar");
            if (before != null) {
                variants.put("before", new Command(concat(List.of(java, "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC", "-cp", before, "org.mailslot.bridge.cli.ToolMain"), produce), Map.of()));
            }
            System.out.printf(Locale.ROOT, "load average %.2f at the start; %d runs per variant%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), runs);
            System.out.printf(Locale.ROOT, "launcher's first run (makes the archive): %.0f ms%n",
                    variants.get("launcher").millis());
            Map<String, double[]> times = new LinkedHashMap<>();
            variants.keySet().forEach(name -> times.put(name, new double[runs]));
            for (int run = 0; run < runs; run++) {
                for (Map.Entry<String, Command> variant : variants.entrySet()) {
                    times.get(variant.getKey())[run] = variant.getValue().millis();
                }
            }
            double floor = median(times.get("jvm-floor"));
            double plain = median(times.get("plain"));
            for (Map.Entry<String, double[]> entry : times.entrySet()) {
                double[] t = entry.getValue();
                Arrays.sort(t);
                double median = median(t);
                System.out.printf(Locale.ROOT, "%-20s median %5.0f ms (%4.0f-%4.0f)  %.2fx plain, %.2fx jvm-floor%n",
                        entry.getKey(), median, t[0], t[t.length - 1], median / plain, median / floor);
            }
            System.out.printf(Locale.ROOT, "load average %.2f at the end%n",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Path runnableJar() throws IOException {
        try (var files = Files.list(Path.of("bridge", "target"))) {
            return files.filter(p -> p.getFileName().toString().endsWith("-all.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no bridge/target/*-all.jar; run from the repository"
                            + " root after mvn -pl bridge -am package"));
        }
    }

    private record Command(List<String> argv, Map<String, String> env) {

        double millis() throws Exception {
            ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().putAll(env);
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(argv + " did not end within 60 s");
            }
            double millis = (System.nanoTime() - start) / 1e6;
            if (process.exitValue() != 0) {
                throw new IllegalStateException(argv + " exited with " + process.exitValue());
            }
            return millis;
        }
    }
}
