package org.mailslot.raitests;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The sockets a process has bound, read from Linux's {@code /proc}: its file descriptors name socket inodes, and
 * {@code /proc/PID/net/{tcp,tcp6,udp,udp6}} give each inode's local address.
 */
final class ProcessSockets {

    private ProcessSockets() {
    }

    /**
     * Listening TCP sockets and bound UDP sockets of {@code pid} whose address is not loopback, as
     * "table address:port" (hex as the kernel writes it, port decoded), except UDP on {@code udpPortAllowed}.
     */
    static List<String> offLoopback(long pid, int udpPortAllowed) throws IOException {
        Set<String> inodes = socketInodes(pid);
        List<String> found = new ArrayList<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            List<String> lines = Files.readAllLines(Path.of("/proc", Long.toString(pid), "net", table));
            for (String line : lines.subList(1, lines.size())) {
                String[] fields = line.trim().split("\\s+");
                String[] local = fields[1].split(":");
                int port = Integer.parseInt(local[1], 16);
                boolean listening = table.startsWith("udp") || fields[3].equals("0A");
                boolean allowed = table.startsWith("udp") && port == udpPortAllowed;
                if (inodes.contains(fields[9]) && listening && !allowed && !loopback(local[0])) {
                    found.add(table + " " + local[0] + ":" + port);
                }
            }
        }
        return found;
    }

    private static Set<String> socketInodes(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : fds) {
                String target;
                try {
                    target = Files.readSymbolicLink(fd).toString();
                } catch (IOException closedMeanwhile) {
                    continue;
                }
                if (target.startsWith("socket:[")) {
                    inodes.add(target.substring("socket:[".length(), target.length() - 1));
                }
            }
        }
        return inodes;
    }

    /** 127.0.0.0/8 (little-endian hex, first octet last), ::ffff:127.x.y.z or ::1. */
    private static boolean loopback(String hex) {
        String address = hex.toUpperCase(Locale.ROOT);
        if (address.length() == 8) {
            return address.endsWith("7F");
        }
        return address.equals("00000000000000000000000001000000")
                || address.startsWith("0000000000000000FFFF0000") && address.endsWith("7F");
    }
}
