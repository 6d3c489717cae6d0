package org.mailslot.itests.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Samba's nmbd running inside a {@link VethNamespace}, configured from a scratch directory as
 * MAILSLOT-PROTOCOL §3.3 describes (log level 5, so that every parsed mailslot datagram is logged).
 */
final class NmbdPeer implements AutoCloseable {

    static final String NETBIOS_NAME = "SAMBAPEER";

    private final Path directory;
    private final Process process;

    private NmbdPeer(Path directory, Process process) {
        this.directory = directory;
        this.process = process;
    }

    /** Writes the configuration and starts nmbd in the foreground inside the namespace. */
    static NmbdPeer start(VethNamespace namespace, String workgroup) throws IOException {
        return start(namespace, workgroup, List.of());
    }

    /**
     * As {@link #start(VethNamespace, String)}, with further {@code [global]} lines (such as
     * {@code wins support = yes}).
     */
    static NmbdPeer start(VethNamespace namespace, String workgroup, List<String> extraLines) throws IOException {
        Path directory = Files.createTempDirectory("mailslot-nmbd-");
        for (String sub : List.of("lock", "state", "cache", "pid", "private", "log", "ncalrpc")) {
            Files.createDirectories(directory.resolve(sub));
        }
        Path config = directory.resolve("smb.conf");
        Files.writeString(config, String.join("\n",
                "[global]",
                "netbios name = " + NETBIOS_NAME,
                "workgroup = " + workgroup,
                "interfaces = " + namespace.peerInterface(),
                "bind interfaces only = yes",
                "local master = yes",
                "preferred master = yes",
                "os level = 65",
                "log level = 5",
                "log file = " + directory.resolve("log/nmbd.log"),
                "max log size = 0",
                "lock directory = " + directory.resolve("lock"),
                "state directory = " + directory.resolve("state"),
                "cache directory = " + directory.resolve("cache"),
                "pid directory = " + directory.resolve("pid"),
                "private dir = " + directory.resolve("private"),
                "ncalrpc dir = " + directory.resolve("ncalrpc"),
                String.join("\n", extraLines),
                ""));
        Process process = new ProcessBuilder(namespace.insideCommand("nmbd", "-F", "--no-process-group", "-s",
                config.toString()))
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("log/stdout.txt").toFile())
                .start();
        return new NmbdPeer(directory, process);
    }

    /** The smb.conf nmbd runs with; {@code nmblookup -s} reads it, so no system configuration is used. */
    Path configFile() {
        return directory.resolve("smb.conf");
    }

    /** Everything nmbd has logged so far. */
    String log() throws IOException {
        Path log = directory.resolve("log/nmbd.log");
        return Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
    }

    /** nmbd's browse list as it last wrote it ({@code cache/browse.dat} or {@code state/browse.dat}), or "". */
    String browseList() throws IOException {
        for (String place : List.of("cache/browse.dat", "state/browse.dat", "lock/browse.dat")) {
            Path file = directory.resolve(place);
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.ISO_8859_1);
            }
        }
        return "";
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Stops nmbd (and anything it started) and deletes the scratch directory. */
    @Override
    public void close() throws IOException, InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
