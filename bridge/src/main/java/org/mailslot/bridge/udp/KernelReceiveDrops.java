package org.mailslot.bridge.udp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Datagrams the kernel dropped for the bridge's UDP sockets because their receive buffers were full: they reached
 * the port but never the bridge. Read from the {@code drops} column of {@code /proc/net/udp} and
 * {@code /proc/net/udp6} (cumulative per socket; a loopback bridge's broadcast socket is an IPv6 socket bound to the
 * IPv4-mapped loopback broadcast address, listed in the second), for the rows whose local port is ours, whose local address is one the bridge bound, and whose inode is
 * a socket this process holds open ({@code /proc/self/fd}); other processes, and other sockets of this process
 * sharing the port, are not counted. Where there is no {@code /proc} (not Linux) it reads 0.
 */
final class KernelReceiveDrops implements LongSupplier {

    private static final int LOCAL_ADDRESS = 1;
    private static final int INODE = 9;
    private static final int DROPS = 12;
    private static final int IPV6_HEX_DIGITS = 32;
    // ::ffff: as the kernel prints its first three words, each in its own byte order (FFFF0000 on little-endian).
    private static final String MAPPED_PREFIX = "0000000000000000"
            + (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? "FFFF0000" : "0000FFFF");

    private final List<Path> procNetUdp;
    private final Path ownFds;
    private final int port;
    private final Set<InetAddress> boundAddresses;

    /**
     * @param boundAddresses local addresses of the bridge's sockets on {@code port} (the wildcard address is
     *                       always included)
     */
    KernelReceiveDrops(List<Path> procNetUdp, Path ownFds, int port, List<InetAddress> boundAddresses) {
        this.procNetUdp = List.copyOf(procNetUdp);
        this.ownFds = ownFds;
        this.port = port;
        this.boundAddresses = new HashSet<>(boundAddresses);
        this.boundAddresses.add(wildcard());
    }

    static KernelReceiveDrops forThisProcess(int port, List<InetAddress> boundAddresses) {
        return new KernelReceiveDrops(List.of(Path.of("/proc/net/udp"), Path.of("/proc/net/udp6")),
                Path.of("/proc/self/fd"), port, boundAddresses);
    }

    @Override
    public long getAsLong() {
        if (!Files.isReadable(procNetUdp.get(0))) {
            return 0;
        }
        try {
            Set<String> ownSockets = ownSocketInodes();
            long drops = 0;
            for (Path table : procNetUdp) {
                if (!Files.isReadable(table)) {
                    continue;
                }
                for (String line : Files.readAllLines(table)) {
                    String[] columns = line.trim().split("\\s+", -1);
                    if (columns.length > DROPS && columns[0].endsWith(":") && ownSockets.contains(columns[INODE])
                            && isOurs(columns[LOCAL_ADDRESS])) {
                        drops += Long.parseLong(columns[DROPS]);
                    }
                }
            }
            return drops;
        } catch (IOException | RuntimeException e) {
            // A socket closing while we read; the next reading is whole again.
            return 0;
        }
    }

    private boolean isOurs(String localAddress) {
        int colon = localAddress.indexOf(':');
        if (colon < 0 || Integer.parseInt(localAddress.substring(colon + 1), 16) != port) {
            return false;
        }
        String hex = localAddress.substring(0, colon);
        // An IPv6 row counts only for an IPv4-mapped address (::ffff:a.b.c.d), whose last word is the IPv4 one.
        if (hex.length() == IPV6_HEX_DIGITS) {
            if (!hex.startsWith(MAPPED_PREFIX)) {
                return false;
            }
            hex = hex.substring(MAPPED_PREFIX.length());
        }
        int raw = Integer.parseUnsignedInt(hex, 16);
        // The kernel prints the address as a number in its own byte order.
        int networkOrder = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? Integer.reverseBytes(raw) : raw;
        try {
            return boundAddresses.contains(InetAddress.getByAddress(new byte[] {
                    (byte) (networkOrder >>> 24), (byte) (networkOrder >>> 16), (byte) (networkOrder >>> 8),
                    (byte) networkOrder}));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private Set<String> ownSocketInodes() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(ownFds)) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (IOException closedMeanwhile) {
                    // not a socket we can count
                }
            }
        }
        return inodes;
    }

    private static InetAddress wildcard() {
        try {
            return InetAddress.getByAddress(new byte[4]);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
