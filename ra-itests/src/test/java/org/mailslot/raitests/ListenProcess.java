package org.mailslot.raitests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code mailslot listen SLOT} as its own process (the operator CLI's main class), printing what it receives. */
final class ListenProcess implements AutoCloseable {

    private final Process process;
    private final Path output;

    private ListenProcess(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    static ListenProcess start(Path workDir, String address, int port, String computerName, String slot)
            throws IOException {
        Files.createDirectories(workDir);
        Path output = workDir.resolve("listen-" + slot + ".log");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), "org.mailslot.bridge.cli.ToolMain", "listen",
                "--listen", address + ":" + port, "--computer-name", computerName, slot))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        return new ListenProcess(process, output);
    }

    /** Everything it printed so far. */
    String output() throws IOException {
        return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    @Override
    public String toString() {
        return "mailslot listen (" + output + File.separator + ")";
    }
}
