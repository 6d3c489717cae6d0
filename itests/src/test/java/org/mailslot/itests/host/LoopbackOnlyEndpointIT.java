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
 * An endpoint bound to a loopback address takes nothing from beyond loopback. Its broadcast socket is on the
 * wildcard address (the JDK cannot bind 127.x.x.255), so a peer in a network namespace of our own sends a datagram
 * to the host side of the veth pair on that port: the endpoint refuses and counts it, while a loopback broadcast
 * sent after it arrives.
 */
@Timeout(120)
class LoopbackOnlyEndpointIT {

    @TempDir
    Path dir;

    @Test
    void aDatagramFromBeyondLoopbackIsRefusedAndCounted() throws Exception {
        RealPeers.assumeAvailable(Tools.isRoot(), "this test needs root to create a network namespace");
        RealPeers.assumeAvailable(Tools.onPath("ip"), "this test needs 'ip' (apt-get install iproute2)");
        int port = freePort();
        List<String> received = new CopyOnWriteArrayList<>();
        InetAddress loopbackBroadcast = InetAddress.getByName("127.255.255.255");
        try (VethNamespace namespace = VethNamespace.create();
             UdpEndpoint endpoint = UdpEndpoint.open(new EndpointSettings(InetAddress.getByName("127.0.0.1"), port,
                     List.of(loopbackBroadcast), null, EndpointSettings.DEFAULT_RECEIVE_BUFFER, "loopback-only"),
                     (payload, source) -> received.add(StandardCharsets.US_ASCII.decode(payload).toString()))) {
            assertThat(endpoint.groupAddress()).isPresent();

            Path datagram = Files.writeString(dir.resolve("outside.bin"), "from-outside");
            Process outside = new ProcessBuilder(namespace.insideCommand("bash", "-c",
                    "cat " + datagram + " > /dev/udp/" + namespace.hostAddress() + "/" + port))
                    .redirectErrorStream(true).start();
            assertThat(outside.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(outside.exitValue()).as(new String(outside.getInputStream().readAllBytes())).isZero();
            await().atMost(Duration.ofSeconds(20)).until(() -> endpoint.refusedBeyondLoopback() == 1);

            try (DatagramChannel local = DatagramChannel.open(StandardProtocolFamily.INET)) {
                local.setOption(StandardSocketOptions.SO_BROADCAST, true);
                local.bind(new InetSocketAddress("127.0.0.5", 0));
                local.send(ByteBuffer.wrap("from-loopback".getBytes(StandardCharsets.US_ASCII)),
                        new InetSocketAddress(loopbackBroadcast, port));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> received.contains("from-loopback"));
            assertThat(received).containsExactly("from-loopback");
            assertThat(endpoint.refusedBeyondLoopback()).isEqualTo(1);
        }
    }

    private static int freePort() throws Exception {
        try (DatagramChannel probe = DatagramChannel.open(StandardProtocolFamily.INET)) {
            probe.bind(new InetSocketAddress("127.0.0.1", 0));
            return ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
    }
}
