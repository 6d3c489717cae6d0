package org.mailslot.bridge.udp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelReceiveDropsTest {

    @TempDir
    Path dir;

    @Test
    void sumsTheDropsOfOurOwnIpv4AndMappedSocketsOnOurPortAndAddressesOnly() throws Exception {
        // Port 0x5A62 = 23138. Rows: ours on 127.0.0.1, ours on 0.0.0.0, ours on another address (a peer socket in
        // this process), another process's socket on our port, ours on another port.
        Path udp = dir.resolve("udp");
        Files.writeString(udp, String.join("\n",
                "   sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode ref"
                        + " pointer drops",
                " 1: " + hex("127.0.0.1") + ":5A62 00000000:0000 07 00000000:00000000 00:00000000 00000000 0 0 101 2"
                        + " 0000000000000000 7",
                " 2: 00000000:5A62 00000000:0000 07 00000000:00000000 00:00000000 00000000 0 0 102 2"
                        + " 0000000000000000 5",
                " 3: " + hex("127.0.0.5") + ":5A62 00000000:0000 07 00000000:00000000 00:00000000 00000000 0 0 103 2"
                        + " 0000000000000000 1000",
                " 4: " + hex("127.0.0.1") + ":5A62 00000000:0000 07 00000000:00000000 00:00000000 00000000 0 0 999 2"
                        + " 0000000000000000 2000",
                " 5: " + hex("127.0.0.1") + ":0089 00000000:0000 07 00000000:00000000 00:00000000 00000000 0 0 104 2"
                        + " 0000000000000000 3000",
                ""));
        // IPv6 rows: ours on the IPv4-mapped loopback broadcast (a loopback bridge's broadcast socket), ours on ::1.
        boolean little = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
        Path udp6 = dir.resolve("udp6");
        Files.writeString(udp6, String.join("\n",
                "  sl  local_address                         remote_address                        st tx_queue"
                        + " rx_queue tr tm->when retrnsmt   uid  timeout inode ref pointer drops",
                " 6: 0000000000000000" + (little ? "FFFF0000" : "0000FFFF") + hex("127.255.255.255")
                        + ":5A62 00000000000000000000000000000000:0000 07 00000000:00000000 00:00000000 00000000"
                        + " 0 0 105 2 0000000000000000 11",
                " 7: 000000000000000000000000" + (little ? "01000000" : "00000001")
                        + ":5A62 00000000000000000000000000000000:0000 07 00000000:00000000 00:00000000 00000000"
                        + " 0 0 106 2 0000000000000000 4000",
                ""));
        Path fds = Files.createDirectory(dir.resolve("fd"));
        for (int inode = 101; inode <= 106; inode++) {
            Files.createSymbolicLink(fds.resolve(Integer.toString(inode)), Path.of("socket:[" + inode + "]"));
        }
        Files.createSymbolicLink(fds.resolve("0"), Path.of("/dev/null"));

        KernelReceiveDrops drops = new KernelReceiveDrops(List.of(udp, udp6), fds, 0x5A62,
                List.of(InetAddress.getByName("127.0.0.1"), InetAddress.getByName("127.255.255.255")));

        assertThat(drops.getAsLong()).isEqualTo(7 + 5 + 11);
    }

    @Test
    void readsZeroWithoutProc() {
        assertThat(new KernelReceiveDrops(List.of(dir.resolve("absent")), dir, 138, List.of()).getAsLong()).isZero();
    }

    @Test
    void countsWhatTheKernelDroppedForARealSocketNobodyReads() throws Exception {
        Path procNetUdp = Path.of("/proc/net/udp");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(procNetUdp), "no /proc/net/udp (not Linux)");
        try (DatagramChannel idle = DatagramChannel.open(StandardProtocolFamily.INET);
             DatagramChannel sender = DatagramChannel.open(StandardProtocolFamily.INET)) {
            idle.setOption(java.net.StandardSocketOptions.SO_RCVBUF, 4096);
            idle.bind(new InetSocketAddress("127.0.0.1", 0));
            InetSocketAddress target = (InetSocketAddress) idle.getLocalAddress();
            KernelReceiveDrops drops = KernelReceiveDrops.forThisProcess(target.getPort(),
                    List.of(target.getAddress()));
            assertThat(drops.getAsLong()).isZero();

            for (int i = 0; i < 200; i++) {
                sender.send(ByteBuffer.allocate(1000), target);
            }

            assertThat(drops.getAsLong()).isPositive().isLessThanOrEqualTo(200);
        }
    }

    @Test
    void countsWhatTheKernelDroppedForARealBroadcastSocketOfALoopbackBridge() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/net/udp6")), "no /proc/net/udp6");
        InetAddress broadcast = InetAddress.getByName("127.255.255.255");
        try (DatagramChannel idle = DatagramChannel.open(StandardProtocolFamily.INET6);
             DatagramChannel sender = DatagramChannel.open(StandardProtocolFamily.INET)) {
            idle.setOption(java.net.StandardSocketOptions.SO_RCVBUF, 4096);
            idle.bind(new InetSocketAddress(broadcast, 0));
            int port = ((InetSocketAddress) idle.getLocalAddress()).getPort();
            KernelReceiveDrops drops = KernelReceiveDrops.forThisProcess(port, List.of(broadcast));
            assertThat(drops.getAsLong()).isZero();

            sender.setOption(java.net.StandardSocketOptions.SO_BROADCAST, true);
            for (int i = 0; i < 200; i++) {
                sender.send(ByteBuffer.allocate(1000), new InetSocketAddress(broadcast, port));
            }

            assertThat(drops.getAsLong()).isPositive().isLessThanOrEqualTo(200);
        }
    }

    private static String hex(String address) throws Exception {
        int networkOrder = ByteBuffer.wrap(InetAddress.getByName(address).getAddress()).getInt();
        boolean little = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
        int raw = little ? Integer.reverseBytes(networkOrder) : networkOrder;
        return String.format("%08X", raw);
    }
}
