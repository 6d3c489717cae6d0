package org.mailslot.bench.bridge;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs {@link DatagramBlaster} as a separate JVM on this benchmark's class path and reads what it sent. */
final class BlasterProcess {

    private BlasterProcess() {
    }

    /** What the sender did. */
    record Sent(long count, double seconds, long startMillis) {
    }

    static Sent run(int port, double rate, double seconds, int size, long firstSequence, int senders)
            throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                DatagramBlaster.class.getName(), Integer.toString(port), Double.toString(rate),
                Double.toString(seconds), Integer.toString(size), Long.toString(firstSequence), Integer.toString(senders)))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String last = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                last = line;
            }
        }
        if (process.waitFor() != 0 || last == null || !last.startsWith("sent ")) {
            throw new IllegalStateException("the sender process failed: " + last);
        }
        String[] words = last.split(" ");
        return new Sent(Long.parseLong(words[1]), Double.parseDouble(words[3]), Long.parseLong(words[6]));
    }
}
