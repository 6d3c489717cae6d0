package org.mailslot.itests.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Wireshark's command-line dissector as an independent oracle for our bytes. {@link #locate()} finds the binary
 * on the PATH (or in /usr/bin, /usr/sbin) and applies {@link RealPeers}: skip with a reason when it is missing,
 * fail when {@code MAILSLOT_REQUIRE_PEERS=true}.
 */
public final class Tshark {

    private static final long TIMEOUT_SECONDS = 60;

    private final Path binary;

    private Tshark(Path binary) {
        this.binary = binary;
    }

    /** @return the installed tshark; skips or fails the calling test when there is none */
    public static Tshark locate() {
        Path found = find();
        RealPeers.assumeAvailable(found != null,
                "tshark is not installed (apt-get install tshark; .ci/run installs it)");
        return new Tshark(found);
    }

    private static Path find() {
        List<String> directories = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(
                File.pathSeparator)));
        directories.add("/usr/bin");
        directories.add("/usr/sbin");
        for (String directory : directories) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, "tshark");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** @return the binary in use */
    public Path binary() {
        return binary;
    }

    /**
     * Reads a capture and prints the given fields, one line per packet, values tab-separated, repeated
     * occurrences joined by ','. Checksum validation is on, name resolution off.
     *
     * @return one row per packet, one value per field ("" where tshark has none)
     */
    public List<List<String>> fields(Path capture, List<String> fields) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary.toString(), "-n", "-r", capture.toString(),
                "-o", "ip.check_checksum:TRUE", "-o", "udp.check_checksum:TRUE",
                "-T", "fields", "-E", "separator=/t", "-E", "occurrence=a", "-E", "aggregator=,"));
        for (String field : fields) {
            command.add("-e");
            command.add(field);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : run(command).split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(line.split("\t", -1)));
            while (row.size() < fields.size()) {
                row.add("");
            }
            rows.add(row);
        }
        return rows;
    }

    /** Runs tshark with {@code command} (binary first); returns stdout, fails on a non-zero exit or a hang. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("tshark", ".err");
        try {
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("tshark did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new IOException("tshark exited with " + process.exitValue() + ": "
                        + Files.readString(errors) + " (command " + command + ")");
            }
            return output;
        } finally {
            Files.deleteIfExists(errors);
        }
    }
}
