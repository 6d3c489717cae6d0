package org.mailslot.net;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The local addresses of this process's UDP sockets on one port, from Linux's {@code /proc/net/udp} and
 * {@code /proc/net/udp6} (an IPv6 socket bound to an IPv4-mapped address is reported as that IPv4 address).
 */
final class SocketTable {

    private SocketTable() {
    }

    /** Skips the calling test where there is no {@code /proc} (not Linux). */
    static List<InetAddress> localAddressesOfThisProcess(int port) throws IOException {
        assumeTrue(Files.isReadable(Path.of("/proc/net/udp")), "no /proc/net/udp (not Linux)");
        Set<String> inodes = ownSocketInodes();
        List<InetAddress> addresses = new ArrayList<>();
        for (String table : List.of("/proc/net/udp", "/proc/net/udp6")) {
            Path path = Path.of(table);
            if (!Files.isReadable(path)) {
                continue;
            }
            for (String line : Files.readAllLines(path)) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length < 10 || !columns[0].endsWith(":") || !inodes.contains(columns[9])) {
                    continue;
                }
                String[] local = columns[1].split(":");
                if (Integer.parseInt(local[1], 16) == port) {
                    addresses.add(decode(local[0]));
                }
            }
        }
        return addresses;
    }

    // The kernel prints each 32-bit word of the address in its own byte order.
    private static InetAddress decode(String hex) throws IOException {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            int raw = Integer.parseUnsignedInt(hex.substring(word * 8, word * 8 + 8), 16);
            int value = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? Integer.reverseBytes(raw) : raw;
            for (int i = 0; i < 4; i++) {
                bytes[word * 4 + i] = (byte) (value >>> (24 - 8 * i));
            }
        }
        // InetAddress turns an IPv4-mapped IPv6 address into the IPv4 address.
        return InetAddress.getByAddress(bytes);
    }

    private static Set<String> ownSocketInodes() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // not a socket
                }
            }
        }
        return inodes;
    }
}
