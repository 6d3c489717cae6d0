package org.mailslot.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(20)
class UdpEndpointTest {

    private static final InetAddress BROADCAST = address(127, 255, 255, 255);

    private record Received(String text, InetSocketAddress source) {
    }

    private static InetAddress address(int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws Exception {
        try (DatagramChannel probe = DatagramChannel.open()) {
            probe.bind(new InetSocketAddress(address(127, 0, 0, 1), 0));
            return ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
    }

    private static UdpEndpoint open(int last, int port, BlockingQueue<Received> into) throws Exception {
        return UdpEndpoint.open(new EndpointSettings(address(127, 0, 0, last), port, List.of(BROADCAST), null,
                EndpointSettings.DEFAULT_RECEIVE_BUFFER, "endpoint-test-" + last), (payload, source) -> {
                    byte[] bytes = new byte[payload.remaining()];
                    payload.get(bytes);
                    into.add(new Received(new String(bytes, java.nio.charset.StandardCharsets.US_ASCII), source));
                });
    }

    private static ByteBuffer text(String text) {
        return ByteBuffer.wrap(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void unicastReachesOneEndpointAndBroadcastReachesAllOnTheSamePort() throws Exception {
        int port = freePort();
        BlockingQueue<Received> atFirst = new LinkedBlockingQueue<>();
        BlockingQueue<Received> atSecond = new LinkedBlockingQueue<>();
        try (UdpEndpoint first = open(41, port, atFirst); UdpEndpoint second = open(42, port, atSecond)) {
            assertThat(first.localAddress()).isEqualTo(new InetSocketAddress(address(127, 0, 0, 41), port));
            assertThat(first.groupTargets()).containsExactly(new InetSocketAddress(BROADCAST, port));

            first.send(text("direct"), second.localAddress());
            assertThat(atSecond.poll(5, TimeUnit.SECONDS)).isEqualTo(new Received("direct", first.localAddress()));

            second.sendToGroup(text("everyone"));
            assertThat(atFirst.poll(5, TimeUnit.SECONDS)).isEqualTo(new Received("everyone", second.localAddress()));
            assertThat(atSecond.poll(5, TimeUnit.SECONDS)).as("the sender's own group socket hears it too")
                    .isEqualTo(new Received("everyone", second.localAddress()));
            assertThat(atFirst).isEmpty();
        }
    }

    @Test
    void theHandlerSeesOneDatagramAtATimeWhileBothSocketsReceive() throws Exception {
        int port = freePort();
        int perSocket = 1_000;
        java.util.concurrent.atomic.AtomicInteger inside = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger overlaps = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger handled = new java.util.concurrent.atomic.AtomicInteger();
        try (UdpEndpoint endpoint = UdpEndpoint.open(new EndpointSettings(address(127, 0, 0, 46), port, List.of(BROADCAST),
                null, EndpointSettings.DEFAULT_RECEIVE_BUFFER, "endpoint-test-46"), (payload, source) -> {
                    if (inside.incrementAndGet() != 1) {
                        overlaps.incrementAndGet();
                    }
                    // Long enough that the other reader would get in if nothing kept it out.
                    for (long spin = System.nanoTime(); System.nanoTime() - spin < 20_000;) {
                        Thread.onSpinWait();
                    }
                    inside.decrementAndGet();
                    handled.incrementAndGet();
                });
                DatagramChannel unicastSender = DatagramChannel.open(StandardProtocolFamily.INET);
                DatagramChannel groupSender = DatagramChannel.open(StandardProtocolFamily.INET)) {
            groupSender.setOption(java.net.StandardSocketOptions.SO_BROADCAST, true);
            Thread toGroup = new Thread(() -> sendAll(groupSender, new InetSocketAddress(BROADCAST, port), perSocket));
            toGroup.start();
            sendAll(unicastSender, endpoint.localAddress(), perSocket);
            toGroup.join();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15))
                    .until(() -> handled.get() == 2 * perSocket);
            assertThat(overlaps.get()).as("handler calls that overlapped another").isZero();
        }
    }

    private static void sendAll(DatagramChannel sender, InetSocketAddress target, int count) {
        try {
            for (int i = 0; i < count; i++) {
                sender.send(text("n" + i), target);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anInterruptedSenderNeitherFailsNorClosesTheSocket() throws Exception {
        int port = freePort();
        BlockingQueue<Received> atReceiver = new LinkedBlockingQueue<>();
        try (UdpEndpoint sender = open(47, port, new LinkedBlockingQueue<>()); UdpEndpoint receiver = open(48, port, atReceiver)) {
            // Containers interrupt application threads (shutdownNow, cancel(true)); a blocking channel would close.
            Thread.currentThread().interrupt();
            try {
                sender.send(text("still here"), receiver.localAddress());
                sender.send(text("and again"), receiver.localAddress());
                assertThat(Thread.currentThread().isInterrupted()).as("the caller's interrupt is left alone").isTrue();
            } finally {
                Thread.interrupted();
            }
            assertThat(atReceiver.poll(5, TimeUnit.SECONDS)).isEqualTo(new Received("still here", sender.localAddress()));
            assertThat(atReceiver.poll(5, TimeUnit.SECONDS)).isEqualTo(new Received("and again", sender.localAddress()));
            assertThat(sender.isOpen()).isTrue();
            assertThat(sender.readerThreads()).allMatch(Thread::isAlive);
        }
    }

    @Test
    void aHandlerFailureDoesNotStopTheReader() throws Exception {
        int port = freePort();
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();
        try (UdpEndpoint endpoint = UdpEndpoint.open(new EndpointSettings(address(127, 0, 0, 43), port, List.of(), null,
                EndpointSettings.DEFAULT_RECEIVE_BUFFER, "endpoint-test-43"), (payload, source) -> {
                    seen.add("got " + payload.remaining());
                    if (payload.remaining() == 1) {
                        throw new IllegalStateException("handler bug");
                    }
                });
                DatagramChannel sender = DatagramChannel.open(StandardProtocolFamily.INET)) {
            sender.send(text("x"), endpoint.localAddress());
            sender.send(text("xy"), endpoint.localAddress());
            assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo("got 1");
            assertThat(seen.poll(5, TimeUnit.SECONDS)).isEqualTo("got 2");
            assertThat(endpoint.readerThreads()).hasSize(1).allMatch(Thread::isAlive);
        }
    }

    @Test
    void closeEndsTheReaderAndFreesThePort() throws Exception {
        int port = freePort();
        UdpEndpoint endpoint = open(44, port, new LinkedBlockingQueue<>());
        List<Thread> readers = endpoint.readerThreads();
        assertThat(readers).extracting(Thread::getName).containsExactly("endpoint-test-44");
        endpoint.close();
        assertThat(readers).noneMatch(Thread::isAlive);
        assertThat(endpoint.isOpen()).isFalse();
        assertThatThrownBy(() -> endpoint.send(text("late"), new InetSocketAddress(address(127, 0, 0, 45), port)))
                .isInstanceOf(java.nio.channels.ClosedChannelException.class);
        // Without SO_REUSEADDR this bind fails while any socket still holds the port.
        try (DatagramChannel exclusive = DatagramChannel.open(StandardProtocolFamily.INET)) {
            exclusive.bind(new InetSocketAddress(address(127, 0, 0, 44), port));
        }
        endpoint.close();
    }

    @Test
    void aPortHeldExclusivelyGivesABindErrorThatSaysWhatToChange() throws Exception {
        try (DatagramChannel holder = DatagramChannel.open(StandardProtocolFamily.INET)) {
            holder.bind(new InetSocketAddress(address(127, 0, 0, 46), 0));
            int port = ((InetSocketAddress) holder.getLocalAddress()).getPort();
            assertThatThrownBy(() -> open(46, port, new LinkedBlockingQueue<>()))
                    .isInstanceOf(BindException.class)
                    .hasMessageContaining("127.0.0.46:" + port)
                    .hasMessageContaining("'port'");
        }
    }

    @Test
    void theReceiveBufferIsAskedForAtItsConfiguredSize() throws Exception {
        try (UdpEndpoint endpoint = open(47, freePort(), new LinkedBlockingQueue<>());
                DatagramChannel probe = DatagramChannel.open(StandardProtocolFamily.INET)) {
            int defaultGrant = probe.getOption(java.net.StandardSocketOptions.SO_RCVBUF);
            // What the kernel grants depends on rmem_max; the endpoint must get exactly what asking for 4 MiB gets.
            probe.setOption(java.net.StandardSocketOptions.SO_RCVBUF, EndpointSettings.DEFAULT_RECEIVE_BUFFER);
            int askedGrant = probe.getOption(java.net.StandardSocketOptions.SO_RCVBUF);
            assertThat(endpoint.grantedReceiveBuffer()).isEqualTo(askedGrant).isGreaterThanOrEqualTo(defaultGrant);
        }
    }

    @Test
    void aLoopbackEndpointHearsBroadcastsOnTheLoopbackBroadcastAddressAndNothingElse() throws Exception {
        int port = freePort();
        BlockingQueue<Received> received = new LinkedBlockingQueue<>();
        try (UdpEndpoint endpoint = open(48, port, received);
                DatagramChannel stray = DatagramChannel.open(StandardProtocolFamily.INET)) {
            assertThat(endpoint.groupAddress()).contains(new InetSocketAddress(BROADCAST, port));
            assertThat(SocketTable.localAddressesOfThisProcess(port)).as("every socket of the port, IPv4 and IPv6")
                    .containsExactlyInAnyOrder(address(127, 0, 0, 48), BROADCAST);

            // A wildcard group socket would take a datagram to any address on the port; now none matches, so the
            // kernel answers with port unreachable.
            stray.bind(new InetSocketAddress(address(127, 0, 0, 5), 0));
            stray.connect(new InetSocketAddress(address(127, 0, 0, 99), port));
            stray.write(text("to another address"));
            stray.socket().setSoTimeout(10_000);
            assertThatThrownBy(() -> stray.socket().receive(new java.net.DatagramPacket(new byte[16], 16)))
                    .isInstanceOf(java.net.PortUnreachableException.class);

            try (DatagramChannel sender = DatagramChannel.open(StandardProtocolFamily.INET)) {
                sender.setOption(java.net.StandardSocketOptions.SO_BROADCAST, true);
                sender.bind(new InetSocketAddress(address(127, 0, 0, 6), 0));
                sender.send(text("broadcast"), new InetSocketAddress(BROADCAST, port));
                assertThat(received.poll(5, TimeUnit.SECONDS)).isEqualTo(
                        new Received("broadcast", (InetSocketAddress) sender.getLocalAddress()));
            }
            assertThat(received).isEmpty();
            assertThat(endpoint.refusedBeyondLoopback()).isZero();
        }
    }
}
