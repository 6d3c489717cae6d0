package org.mailslot.itests.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.itests.support.RealPeers;
import org.mailslot.net.EndpointSettings;
import org.mailslot.net.UdpEndpoint;

/**
 * An endpoint bound to a loopback address takes nothing from beyond loopback, because nothing of it listens there:
 * its broadcast socket is bound to the loopback broadcast address, not the wildcard. A peer in a network namespace of
 * our own broadcasts on its subnet and then sends to the host side of the veth pair on the endpoint's port from a
 * connected socket: the kernel answers that second datagram with "port unreachable" (no socket of the port takes
 * it), and since both went through the same veth queue the broadcast has been handled by then, unseen. A loopback
 * broadcast sent after them arrives.
 */
@Timeout(120)
class LoopbackOnlyEndpointIT {

    // Inside the namespace: a broadcast to the subnet, then a unicast to the host whose answer must be a refusal.
    private static final String PEER = String.join("\n",
            "import socket, sys",
            "host, broadcast, port = sys.argv[1], sys.argv[2], int(sys.argv[3])",
            "b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
            "b.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)",
            "b.sendto(b'outside-broadcast', (broadcast, port))",
            "u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
            "u.settimeout(20)",
            "u.connect((host, port))",
            "u.send(b'outside-unicast')",
            "try:",
            "    u.recv(100)",
            "    print('unexpected answer')",
            "except ConnectionRefusedError:",
            "    print('refused')",
            "except socket.timeout:",
            "    print('no refusal: something on the host took the datagram')",
            "");

    @TempDir
    Path dir;

    @Test
    void nothingFromBeyondLoopbackReachesTheEndpoint() throws Exception {
        RealPeers.assumeAvailable(Tools.isRoot(), "this test needs root to create a network namespace");
        RealPeers.assumeAvailable(Tools.onPath("ip"), "this test needs 'ip' (apt-get install iproute2)");
        RealPeers.assumeAvailable(Tools.onPath("python3"), "this test needs python3 for the peer's sockets");
        int port = freePort();
        List<String> received = new CopyOnWriteArrayList<>();
        InetAddress loopbackBroadcast = InetAddress.getByName("127.255.255.255");
        try (VethNamespace namespace = VethNamespace.create();
             UdpEndpoint endpoint = UdpEndpoint.open(new EndpointSettings(InetAddress.getByName("127.0.0.1"), port,
                     List.of(loopbackBroadcast), null, EndpointSettings.DEFAULT_RECEIVE_BUFFER, "loopback-only"),
                     (payload, source) -> received.add(StandardCharsets.US_ASCII.decode(payload).toString()))) {
            assertThat(endpoint.groupAddress()).contains(new InetSocketAddress(loopbackBroadcast, port));

            Path peer = Files.writeString(dir.resolve("peer.py"), PEER);
            Process outside = new ProcessBuilder(namespace.insideCommand(python(), peer.toString(),
                    namespace.hostAddress(), namespace.broadcastAddress(), Integer.toString(port)))
                    .redirectErrorStream(true).start();
            assertThat(outside.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String said = new String(outside.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            assertThat(outside.exitValue()).as(said).isZero();
            assertThat(said).isEqualTo("refused");

            try (DatagramChannel local = DatagramChannel.open(StandardProtocolFamily.INET)) {
                local.setOption(StandardSocketOptions.SO_BROADCAST, true);
                local.bind(new InetSocketAddress("127.0.0.5", 0));
                local.send(ByteBuffer.wrap("from-loopback".getBytes(StandardCharsets.US_ASCII)),
                        new InetSocketAddress(loopbackBroadcast, port));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> received.contains("from-loopback"));
            assertThat(received).containsExactly("from-loopback");
            assertThat(endpoint.refusedBeyondLoopback()).as("nothing from outside even reached the check").isZero();
        }
    }

    // The system Python where there is one (CI's Debian packages go with it); plain sockets need nothing more.
    private static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    private static int freePort() throws Exception {
        try (DatagramChannel probe = DatagramChannel.open(StandardProtocolFamily.INET)) {
            probe.bind(new InetSocketAddress("127.0.0.1", 0));
            return ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
    }
}
