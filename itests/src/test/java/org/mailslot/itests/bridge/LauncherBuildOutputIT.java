package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launchers' first run, when the runnable jar is missing, with piped output: the first line is about the
 * bridge and says the build takes a while, the build itself is quiet and its colour escapes never reach the
 * terminal, the time it took is printed, and a failed build shows its log as plain text and exits 1. A stand-in
 * {@code mvn} first on the PATH plays Maven (printing the escape sequences Maven prints) so that the test does not
 * rebuild the project: it copies the real runnable jar into place.
 */
@Timeout(120)
class LauncherBuildOutputIT {

    private static final Path REAL_BIN = Path.of("..", "bridge", "bin").toAbsolutePath().normalize();
    private static final String ESCAPE = "\u001b[";

    @TempDir
    Path clone;

    @Test
    void firstRunBuildsQuietlyAndSaysHowLong() throws Exception {
        Result result = run("cp \"$REAL_JAR\" bridge/target/mailslot-bridge-0.1.0-SNAPSHOT-all.jar", "--version");

        assertThat(result.code).as(result.stderr).isZero();
        assertThat(result.stderr.lines().findFirst()).get().asString()
                .startsWith("mailslot: first run, building the bridge's runnable jar (about 1-2 minutes");
        assertThat(result.stderr).containsPattern("mailslot: built in \\d+ s; starting").doesNotContain(ESCAPE)
                .doesNotContain("[INFO]");
        assertThat(result.stdout).startsWith("mailslot 0.").doesNotContain(ESCAPE);
    }

    @Test
    void aFailedBuildShowsItsLogAsPlainTextAndExitsOne() throws Exception {
        Result result = run("echo '[ERROR] Failed to execute goal: compilation failure'; exit 1", "--version");

        assertThat(result.code).isEqualTo(1);
        assertThat(result.stderr).contains("mailslot: the build failed; its output:")
                .contains("[ERROR] Failed to execute goal: compilation failure").doesNotContain(ESCAPE);
        assertThat(result.stdout).isEmpty();
    }

    private Result run(String mavenBehaviour, String... args) throws Exception {
        Path bin = Files.createDirectories(clone.resolve("bridge").resolve("bin").resolve("lib"));
        Files.copy(REAL_BIN.resolve("mailslot"), bin.getParent().resolve("mailslot"));
        Files.copy(REAL_BIN.resolve("lib").resolve("runnable-jar.sh"), bin.resolve("runnable-jar.sh"));
        Files.copy(REAL_BIN.resolve("lib").resolve("startup-archive.sh"), bin.resolve("startup-archive.sh"));
        Path fakeMaven = Files.createDirectories(clone.resolve("fake-maven")).resolve("mvn");
        Files.writeString(fakeMaven, String.join("\n", "#!/usr/bin/env bash",
                "printf '\\033[0m\\033[1;34m[INFO]\\033[m Building mailslot-bridge\\n'",
                "mkdir -p bridge/target", mavenBehaviour, ""));
        Files.setPosixFilePermissions(fakeMaven, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(bin.getParent().resolve("mailslot"), PosixFilePermissions.fromString("rwxr-xr-x"));

        ProcessBuilder builder = new ProcessBuilder(Stream.concat(
                Stream.of(bin.getParent().resolve("mailslot").toString()), Stream.of(args)).toList());
        builder.environment().put("PATH", fakeMaven.getParent() + ":" + System.getenv("PATH"));
        builder.environment().put("REAL_JAR", realJar().toString());
        Path out = clone.resolve("stdout");
        Path err = clone.resolve("stderr");
        Process process = builder.directory(clone.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Path realJar() throws IOException {
        try (Stream<Path> jars = Files.list(REAL_BIN.resolveSibling("target"))) {
            List<Path> all = jars.filter(p -> p.getFileName().toString().endsWith("-all.jar")).toList();
            assertThat(all).as("the runnable jar; run mvn with -pl bridge,itests -am").isNotEmpty();
            return all.get(0);
        }
    }

    private record Result(int code, String stdout, String stderr) {
    }
}
