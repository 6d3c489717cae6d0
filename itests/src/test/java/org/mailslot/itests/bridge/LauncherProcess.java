package org.mailslot.itests.bridge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One of the launcher scripts in {@code bridge/bin} run as a real process, its standard output read line by line
 * (standard error goes to a file for the failure message).
 */
final class LauncherProcess implements AutoCloseable {

    private static final Path BIN = Path.of("..", "bridge", "bin").toAbsolutePath().normalize();

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final Path stderr;

    private LauncherProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        Thread reader = new Thread(this::readLines, "launcher-stdout-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code bridge/bin/<script> args...} in {@code workDir}. */
    static LauncherProcess start(Path workDir, String script, List<String> args) throws IOException {
        Path jarDir = BIN.resolveSibling("target");
        try (var jars = Files.list(jarDir)) {
            if (jars.noneMatch(p -> p.getFileName().toString().endsWith("-all.jar"))) {
                throw new IllegalStateException("no runnable jar in " + jarDir + "; run mvn with -pl bridge,itests -am");
            }
        }
        return start(BIN, workDir, script, args, Map.of());
    }

    /** Starts {@code <bin>/<script> args...} in {@code workDir} with these environment variables added. */
    static LauncherProcess start(Path bin, Path workDir, String script, List<String> args, Map<String, String> env)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(bin.resolve(script).toString());
        command.addAll(args);
        return run(workDir, command, env);
    }

    /** Starts any program ({@code command}: the executable and its arguments) in {@code workDir}. */
    static LauncherProcess run(Path workDir, List<String> command) throws IOException {
        return run(workDir, command, Map.of());
    }

    private static LauncherProcess run(Path workDir, List<String> command, Map<String, String> env)
            throws IOException {
        String program = Path.of(command.get(0)).getFileName().toString();
        Path stderr = Files.createTempFile(workDir, program, ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectError(stderr.toFile());
        builder.environment().putAll(env);
        return new LauncherProcess(builder.start(), stderr);
    }

    private void readLines() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("(stdout closed: " + e.getMessage() + ")");
        }
    }

    /** Waits for a line of standard output that matches, failing with everything printed so far. */
    String awaitLine(Predicate<String> matches, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
            if (line == null) {
                throw new AssertionError("no matching line within " + timeout + "; stdout: " + seen + "; stderr: "
                        + Files.readString(stderr));
            }
            seen.add(line);
            if (matches.test(line)) {
                return line;
            }
        }
    }

    Process process() {
        return process;
    }

    String stderr() throws IOException {
        return Files.readString(stderr);
    }

    @Override
    public void close() throws InterruptedException {
        // A launcher that has not exec'd its JVM (a command's first run, which makes its start-up archive) has it
        // as a child: SIGKILL to the script alone would leave the JVM running.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
