package org.mailslot.bench.bridge;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@link DatagramBlaster} as one separate JVM on this benchmark's class path for a whole run: each {@link #step}
 * sends one paced burst and reads back what was sent. Started once, so the sender's JVM start-up and JIT warm-up
 * happen during the benchmark's warm-up step, not inside the measured steps.
 */
final class BlasterProcess implements AutoCloseable {

    private final Process process;
    private final PrintStream commands;
    private final BufferedReader answers;

    /** What the sender did in one step, and the CPU time it used for it. */
    record Sent(long count, double seconds, long startMillis, long cpuNanos) {
    }

    private BlasterProcess(Process process) {
        this.process = process;
        this.commands = new PrintStream(process.getOutputStream(), true, StandardCharsets.US_ASCII);
        this.answers = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static BlasterProcess start(int port, int senders) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new BlasterProcess(new ProcessBuilder(List.of(java, "-Xmx128m", "-cp",
                System.getProperty("java.class.path"), DatagramBlaster.class.getName(), Integer.toString(port),
                Integer.toString(senders))).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    Sent step(double rate, double seconds, int size, long firstSequence) throws Exception {
        commands.println(rate + " " + seconds + " " + size + " " + firstSequence);
        String answer = answers.readLine();
        if (answer == null || !answer.startsWith("sent ")) {
            throw new IllegalStateException("the sender process failed: " + answer);
        }
        String[] words = answer.split(" ");
        return new Sent(Long.parseLong(words[1]), Double.parseDouble(words[3]), Long.parseLong(words[6]),
                Long.parseLong(words[8]));
    }

    @Override
    public void close() throws Exception {
        commands.close();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroy();
            throw new IllegalStateException("the sender process did not stop when its input closed");
        }
    }
}
