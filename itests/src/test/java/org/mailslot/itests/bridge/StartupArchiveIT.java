package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/mailslot}'s start-up archive, run as a user runs it: the first successful run of a short command
 * leaves a class-data sharing archive for that command in the cache directory (and nothing else there), prints
 * exactly what the command prints (the JVM's archive messages never reach the output), and the next run loads
 * the command's classes from the archive; a failed run leaves no archive; a long-running command gets none.
 */
@Timeout(120)
class StartupArchiveIT {

    private static final Path BIN = Path.of("..", "bridge", "bin").toAbsolutePath().normalize();
    private static final List<String> RESOLVE = List.of("resolve", "--static-name", "PEER=127.0.0.9",
            "--resolve-order", "static", "PEER");

    @TempDir
    Path cache;

    @TempDir
    Path work;

    @Test
    void firstRunLeavesAnArchiveThatTheNextRunLoadsItsClassesFrom() throws Exception {
        Result first = run(RESOLVE, Map.of());

        assertThat(first.code).as(first.stderr).isZero();
        assertThat(first.stdout).isEqualTo("PEER<00> 127.0.0.9:11138 (static)\n");
        assertThat(first.stderr).isEmpty();
        assertThat(cacheFiles()).singleElement().asString().matches("mailslot-resolve-\\d+\\.jsa");

        Path classLog = work.resolve("classes.log");
        // JAVA_OPTS replaces the launcher's JVM options; the archive option is added all the same.
        Result second = run(RESOLVE, Map.of("JAVA_OPTS", "-Xlog:class+load:file=" + classLog));

        assertThat(second.code).as(second.stderr).isZero();
        assertThat(second.stdout).isEqualTo(first.stdout);
        assertThat(Files.readAllLines(classLog)).anyMatch(line ->
                line.contains("org.mailslot.bridge.cli.ResolveCommand source: shared objects file (top)"));
        assertThat(cacheFiles()).hasSize(1);
    }

    @Test
    void aFailedRunLeavesNoArchive() throws Exception {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        Result failed = run(List.of("produce", "--url", "tcp://127.0.0.1:1", "--destination", "q", "x"), Map.of());

        assertThat(failed.code).isEqualTo(1);
        assertThat(failed.stderr).startsWith("mailslot: cannot connect to tcp://127.0.0.1:1");
        assertThat(cacheFiles()).isEmpty();
    }

    @Test
    void helpVersionAndLongRunningCommandsGetNoArchive() throws Exception {
        assertThat(run(List.of("--help"), Map.of()).code).isZero();
        assertThat(run(List.of("send", "--version"), Map.of()).code).isZero();
        assertThat(run(List.of("listen", "--help"), Map.of()).code).isZero();
        assertThat(run(List.of("consume", "--help"), Map.of()).code).isZero();
        assertThat(run(List.of("produce", "--help"), Map.of()).code).isZero();

        assertThat(cacheFiles()).isEmpty();
    }

    @Test
    void switchedOffItLeavesNoArchive() throws Exception {
        Result result = run(RESOLVE, Map.of("MAILSLOT_STARTUP_ARCHIVE", "off"));

        assertThat(result.code).as(result.stderr).isZero();
        assertThat(cacheFiles()).isEmpty();
    }

    private List<String> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Result run(List<String> args, Map<String, String> extraEnv) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(BIN.resolve("mailslot").toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile());
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("MAILSLOT_CACHE_DIR", cache.toString());
        builder.environment().putAll(env);
        Path out = Files.createTempFile(work, "mailslot", ".out");
        Path err = Files.createTempFile(work, "mailslot", ".err");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("mailslot %s ended", args).isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private record Result(int code, String stdout, String stderr) {
    }
}
