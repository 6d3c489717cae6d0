package org.mailslot.bridge.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Refuses a UDP address another socket is already bound to. Every mailslot socket sets SO_REUSEADDR (processes
 * on one machine share the port, each on its own address), so the bind itself succeeds and the newcomer would
 * silently take the other's unicast datagrams; the kernel's socket table ({@code /proc/net/udp}) shows the
 * exact address and port. Where there is no such table the check is skipped.
 */
final class UdpPortCheck {

    private static final Path TABLE = Path.of("/proc/net/udp");

    private UdpPortCheck() {
    }

    /** @throws CommandFailure when a socket is bound to exactly {@code listen} */
    static void requireFree(InetSocketAddress listen) {
        if (listen.getPort() == 0 || !Files.isReadable(TABLE)) {
            return;
        }
        List<String> rows;
        try {
            rows = Files.readAllLines(TABLE);
        } catch (IOException e) {
            return;
        }
        String wanted = localAddressColumn(listen);
        for (String row : rows.subList(Math.min(1, rows.size()), rows.size())) {
            String[] columns = row.trim().split("\\s+", -1);
            if (columns.length > 1 && columns[1].equalsIgnoreCase(wanted)) {
                String where = listen.getAddress().getHostAddress() + ":" + listen.getPort();
                throw new CommandFailure("UDP " + where + " is already bound by another process (another bridge,"
                        + " or a mailslot listen), which would lose its unicast datagrams to this one; stop it or"
                        + " choose another --listen ADDR:PORT", null);
            }
        }
    }

    // The kernel prints the address as the 32-bit word in memory order, then the port, both in hex.
    static String localAddressColumn(InetSocketAddress address) {
        InetAddress ip = address.getAddress();
        byte[] b = ip.getAddress();
        if (b.length != 4) {
            return "";
        }
        int word = ((b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
        if (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN) {
            word = Integer.reverseBytes(word);
        }
        return String.format("%08X:%04X", word, address.getPort());
    }
}
