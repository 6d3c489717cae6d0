package org.mailslot.bench.jms;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.mailslot.jms.MailslotConnectionFactory;

/**
 * Time to first message in a fresh JVM: from {@code createConnection} to the first message received by a consumer
 * of the same connection (one session, one producer, one consumer, one TextMessage), for a local mailslot factory
 * and, as the baseline in the same run, for Artemis in-VM (whose broker start is reported apart, as it comes before
 * its {@code createConnection}).
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.mailslot.bench.jms.FirstMessage [runs per provider]
 * </pre>
 *
 * Each run is a new JVM started with the same class path and options as this one ({@code -Dbench.jvmArgs="..."}
 * adds options to the child, e.g. {@code -Xlog:class+load:file=x.log}); runs of the two providers alternate.
 * {@code -Dbench.only=mailslot} or {@code artemis} runs one of them; {@code -Dbench.uri=mailslot://local?jms.jmx=false}
 * configures the mailslot factory; {@code -Dbench.loggingFirst=true} starts SLF4J before the clock starts (as in an
 * application whose logging already runs) and reports its start-up apart.
 */
public final class FirstMessage {

    private static final String RESULT = "first-message:";

    private FirstMessage() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--child")) {
            child(args[1]);
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String only = System.getProperty("bench.only", "");
        List<String> providers = only.isEmpty() ? List.of("mailslot", "artemis") : List.of(only);
        System.out.printf(Locale.ROOT, "load average %.2f at the start, %d runs per provider%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), runs);
        List<List<String>> lines = new ArrayList<>();
        for (String ignored : providers) {
            lines.add(new ArrayList<>());
        }
        for (int run = 0; run < runs; run++) {
            for (int p = 0; p < providers.size(); p++) {
                String line = runChild(providers.get(p));
                lines.get(p).add(line);
                System.out.println(providers.get(p) + " run " + (run + 1) + ": " + line);
            }
        }
        System.out.printf(Locale.ROOT, "load average %.2f at the end%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String runChild(String provider) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String extra = System.getProperty("bench.jvmArgs", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
        command.add("-Dbench.uri=" + System.getProperty("bench.uri", "mailslot://local"));
        command.add("-Dbench.loggingFirst=" + Boolean.getBoolean("bench.loggingFirst"));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(FirstMessage.class.getName());
        command.add("--child");
        command.add(provider);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith(RESULT)) {
                    result = line.substring(RESULT.length()).trim() + (output.length() > 0 ? "; " + output.toString()
                            .strip().replace('\n', ' ') : "");
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            throw new IllegalStateException(provider + " run failed (exit " + exit + "):\n" + output);
        }
        return result;
    }

    private static void child(String provider) throws Exception {
        // Not the RuntimeMXBean: loading java.lang.management here would hide what the provider's own use costs.
        long jvmUptime = System.currentTimeMillis()
                - ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
        if (Boolean.getBoolean("bench.loggingFirst")) {
            // The application's logging already running, as in most applications: SLF4J's start-up apart.
            long start = System.nanoTime();
            org.slf4j.LoggerFactory.getILoggerFactory();
            System.out.printf(Locale.ROOT, "SLF4J start-up: %.1f ms%n", (System.nanoTime() - start) / 1e6);
        }
        if (provider.equals("mailslot")) {
            long made = System.nanoTime();
            MailslotConnectionFactory factory = new MailslotConnectionFactory(
                    System.getProperty("bench.uri", "mailslot://local"));
            long factoryNanos = System.nanoTime() - made;
            long[] phases = firstMessage(factory);
            // The factory's own start-up (options, logging, the preload it starts) comes before createConnection.
            System.out.printf(Locale.ROOT, "from new factory %.1f ms (the constructor %.1f)%n",
                    (factoryNanos + phases[2]) / 1e6, factoryNanos / 1e6);
            report(jvmUptime, 0, phases);
            factory.close();
        } else {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            long start = System.nanoTime();
            try (EmbeddedArtemis broker = new EmbeddedArtemis(port)) {
                long brokerNanos = System.nanoTime() - start;
                try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(broker.inVmUrl())) {
                    report(jvmUptime, brokerNanos, firstMessage(factory));
                }
            }
        }
        System.exit(0);
    }

    /** Nanoseconds after createConnection: connection created, session and consumer ready, message received. */
    private static long[] firstMessage(ConnectionFactory factory) throws Exception {
        long start = System.nanoTime();
        try (Connection connection = factory.createConnection()) {
            long connected = System.nanoTime();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Queue queue = session.createQueue("first");
            MessageConsumer consumer = session.createConsumer(queue);
            connection.start();
            long ready = System.nanoTime();
            session.createProducer(queue).send(session.createTextMessage("hello"));
            TextMessage received = (TextMessage) consumer.receive(30_000);
            long done = System.nanoTime();
            if (received == null || !"hello".equals(received.getText())) {
                throw new IllegalStateException("the first message did not arrive");
            }
            return new long[] {connected - start, ready - start, done - start};
        }
    }

    private static void report(long jvmUptimeMillis, long brokerNanos, long[] phases) {
        System.out.printf(Locale.ROOT, "%s first message %.1f ms after createConnection (connection %.1f, consumer"
                        + " ready %.1f); broker start %.1f ms; JVM up %d ms before%n", RESULT,
                phases[2] / 1e6, phases[0] / 1e6, phases[1] / 1e6, brokerNanos / 1e6, jvmUptimeMillis);
    }
}
