package org.mailslot.raitests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Payara Micro as a separate process ({@link MicroLauncher} on the server's jar), on loopback: HTTP on 127.0.0.1,
 * clustering off. Commands go to its stdin, answers come back from its stdout; everything it prints is kept in
 * {@code server.log} beside its root directory.
 */
final class PayaraMicroProcess implements AutoCloseable {

    /** The runtime's own manifest opens these packages; a plain class path launch must pass them itself. */
    private static final List<String> OPENS = List.of("java.base/jdk.internal.loader", "java.base/java.lang",
            "java.base/java.net", "java.base/java.nio", "java.base/java.util", "java.base/sun.nio.ch",
            "java.management/sun.management", "jdk.management/com.sun.management.internal",
            "java.base/sun.net.www.protocol.jrt", "java.base/sun.net.www.protocol.jar", "java.base/java.io",
            "java.naming/javax.naming.spi", "java.rmi/sun.rmi.transport", "java.logging/java.util.logging",
            "java.management/javax.management", "java.management/javax.management.openmbean");
    private static final List<String> EXPORTS = List.of("java.base/jdk.internal.ref",
            "jdk.naming.dns/com.sun.jndi.dns", "java.naming/com.sun.jndi.ldap");

    private final Process process;
    private final PrintWriter commands;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final int httpPort;
    private final Path log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private PayaraMicroProcess(Process process, int httpPort, Path log) throws IOException {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
        this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Writer sink = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        Thread pump = new Thread(() -> pump(sink), "payara-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts the server and waits until it has booted; fails with the log's tail when it does not. */
    static PayaraMicroProcess start(Path serverJar, Path workDir, int httpPort, int dataGridPort, Duration bootLimit)
            throws IOException, InterruptedException {
        deleteTree(workDir.resolve("root"));
        Files.createDirectories(workDir);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-XX:+UseSerialGC");
        command.add("-Djava.net.preferIPv4Stack=true");
        // The data grid (Hazelcast) on 127.0.0.1 only, its own port, finding members by TCP there, never by
        // multicast; turning clustering off instead leaves it listening on every interface.
        command.add("-Dhazelcast.socket.bind.any=false");
        command.add("-Dpayaramicro.interfaces=127.0.0.1");
        command.add("-Dpayaramicro.startPort=" + dataGridPort);
        command.add("-Dpayaramicro.clusterMode=tcpip:127.0.0.1:" + dataGridPort);
        command.add("-Dpayaramicro.disablePhoneHome=true");
        // An injected JMSContext inside a transaction otherwise looks for a GlassFish-only "__pm" twin of the
        // factory, which application-defined (@ConnectionFactoryDefinition) factories do not have.
        command.add("-Dorg.glassfish.jms.skip-resource-registration-in-transaction=false");
        for (String open : OPENS) {
            command.add("--add-opens=" + open + "=ALL-UNNAMED");
        }
        for (String export : EXPORTS) {
            command.add("--add-exports=" + export + "=ALL-UNNAMED");
        }
        command.add("-cp");
        command.add(serverJar + java.io.File.pathSeparator
                + Path.of(MicroLauncher.class.getProtectionDomain().getCodeSource().getLocation().getPath()));
        command.add(MicroLauncher.class.getName());
        command.add(Integer.toString(httpPort));
        command.add(workDir.resolve("root").toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).directory(workDir.toFile()).start();
        PayaraMicroProcess server = new PayaraMicroProcess(process, httpPort, workDir.resolve("server.log"));
        server.await("ready", bootLimit);
        return server;
    }

    /** A root directory left by an earlier run would carry its configuration into this one. */
    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private void pump(Writer sink) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); sink) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                sink.write(line);
                sink.write('\n');
                sink.flush();
                if (line.startsWith(MicroLauncher.ANSWER)) {
                    answers.add(line.substring(MicroLauncher.ANSWER.length()));
                }
            }
        } catch (IOException e) {
            answers.add("output lost: " + e);
        }
    }

    /** Sends one command and returns its answer. */
    String command(String line, Duration limit) throws InterruptedException, IOException {
        commands.println(line);
        return await("", limit);
    }

    private String await(String prefix, Duration limit) throws InterruptedException, IOException {
        String answer = answers.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (answer == null || !answer.startsWith(prefix)) {
            throw new IllegalStateException("Payara Micro did not answer '" + prefix + "' within " + limit
                    + " (got " + answer + ", alive " + process.isAlive() + "); last lines of " + log + ":\n"
                    + tail());
        }
        return answer;
    }

    /** The last lines the server printed, for failure messages. */
    String tail() throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** GET http://127.0.0.1:PORT/app/PATH, returning the body; fails on a status other than 200. */
    String get(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + httpPort + "/app/" + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + pathAndQuery + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            commands.println("stop");
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }
}
