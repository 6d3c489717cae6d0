package org.mailslot.net;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.mailslot.concurrent.AdaptiveSpin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A UDP endpoint as a mailslot host needs it: a unicast socket bound to the host's own address, a group socket
 * bound to the wildcard address on the same port (so that subnet broadcasts and multicasts reach it while
 * several hosts share one port on one machine; a loopback host's group socket is bound to the loopback broadcast
 * address instead, so that nothing from beyond loopback reaches it), and one named reader thread that serves both
 * through a
 * {@link Selector}. Every socket of the port sets SO_REUSEADDR; sends leave from the unicast socket, so
 * receivers see our address and port as the UDP source.
 *
 * <p>The channels stay non-blocking even though only the reader waits on them: a blocking channel closes when a
 * thread is interrupted inside any of its operations, so one interrupted application thread sending a message
 * would take the host's socket down.
 *
 * <p>Thread-safe: any thread may send; closing stops the reader thread and frees the sockets.
 */
public final class UdpEndpoint implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UdpEndpoint.class);
    /** The largest UDP payload over IPv4. */
    static final int MAX_UDP_PAYLOAD = 65_507;
    private static final long SEND_BLOCKED_TIMEOUT_MS = 1_000;
    private static final long CLOSE_JOIN_TIMEOUT_MS = 5_000;

    private final EndpointSettings settings;
    private final RawDatagramHandler handler;
    private final DatagramChannel unicast;
    private final DatagramChannel group;
    private final Selector selector;
    private final InetSocketAddress localAddress;
    private final List<InetSocketAddress> groupTargets;
    private final Thread reader;
    private final AdaptiveSpin spin = new AdaptiveSpin();
    private volatile boolean open = true;
    // A loopback host takes only what loopback senders sent. Its group socket is bound to the loopback broadcast
    // address, so nothing else arrives there; this check still guards the wildcard fallback (no IPv6 sockets, or a
    // multicast group) and is the second line of defence otherwise.
    private final boolean loopbackOnly;
    private final LongAdder refusedBeyondLoopback = new LongAdder();

    private UdpEndpoint(EndpointSettings settings, RawDatagramHandler handler, DatagramChannel unicast,
            DatagramChannel group, Selector selector, List<InetSocketAddress> groupTargets) throws IOException {
        this.settings = settings;
        this.handler = handler;
        this.unicast = unicast;
        this.group = group;
        this.selector = selector;
        this.localAddress = (InetSocketAddress) unicast.getLocalAddress();
        this.groupTargets = groupTargets;
        this.loopbackOnly = settings.bindAddress().isLoopbackAddress();
        this.reader = new Thread(this::readLoop, settings.threadName());
        this.reader.setDaemon(true);
    }

    /**
     * Binds the sockets and starts the reader thread.
     *
     * @param settings where to bind and send
     * @param handler  gets every datagram read, on the reader thread
     * @return the running endpoint
     * @throws BindException when an address cannot be bound, with a message saying what to change (for port 138
     *                       without privilege: run as root, grant CAP_NET_BIND_SERVICE or choose another port)
     * @throws IOException   when the sockets cannot be set up otherwise
     */
    public static UdpEndpoint open(EndpointSettings settings, RawDatagramHandler handler) throws IOException {
        Objects.requireNonNull(handler, "handler");
        List<DatagramChannel> opened = new ArrayList<>(2);
        Selector selector = null;
        try {
            DatagramChannel unicast = SocketSetup.bind(new InetSocketAddress(settings.bindAddress(), settings.port()), settings,
                    opened);
            int port = ((InetSocketAddress) unicast.getLocalAddress()).getPort();
            // With a multicast group and no broadcast address given, the network has no broadcast: use only the group.
            List<InetAddress> broadcasts = settings.multicastGroup() != null && settings.broadcastAddresses().isEmpty()
                    ? List.of()
                    : GroupTargets.broadcastAddresses(settings.bindAddress(), settings.broadcastAddresses());
            DatagramChannel group = settings.bindsWildcard() ? null : bindGroup(settings, port, opened);
            if (settings.multicastGroup() != null) {
                SocketSetup.joinMulticast(settings, group != null ? group : unicast, unicast);
            }
            List<InetSocketAddress> targets = new ArrayList<>();
            for (InetAddress broadcast : broadcasts) {
                targets.add(new InetSocketAddress(broadcast, port));
            }
            if (settings.multicastGroup() != null) {
                targets.add(new InetSocketAddress(settings.multicastGroup(), port));
            }
            selector = Selector.open();
            for (DatagramChannel channel : opened) {
                channel.configureBlocking(false);
                channel.register(selector, SelectionKey.OP_READ);
            }
            UdpEndpoint endpoint = new UdpEndpoint(settings, handler, unicast, group, selector, List.copyOf(targets));
            endpoint.reader.start();
            LOG.info("mailslot endpoint {} listening on {} (group socket: {}), group datagrams to {}",
                    settings.threadName(), endpoint.localAddress, group == null ? "none, wildcard bind" : group.getLocalAddress(),
                    endpoint.groupTargets);
            return endpoint;
        } catch (IOException | RuntimeException e) {
            for (DatagramChannel channel : opened) {
                closeQuietly(channel);
            }
            if (selector != null) {
                closeQuietly(selector);
            }
            throw e;
        }
    }

    // The loopback broadcast address for a loopback host without a multicast group; the wildcard otherwise.
    private static DatagramChannel bindGroup(EndpointSettings settings, int port, List<DatagramChannel> opened)
            throws IOException {
        if (settings.bindAddress().isLoopbackAddress() && settings.multicastGroup() == null) {
            DatagramChannel loopback = SocketSetup.bindLoopbackBroadcast(GroupTargets.LOOPBACK_BROADCAST, port,
                    settings, opened);
            if (loopback != null) {
                return loopback;
            }
            LOG.info("{}: no IPv6 sockets in this JVM, so the loopback broadcast address cannot be bound; broadcasts"
                    + " are heard on 0.0.0.0:{} and datagrams from beyond loopback are refused and counted",
                    settings.threadName(), port);
        }
        return SocketSetup.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[4]), port), settings, opened);
    }

    /** Datagrams a loopback endpoint ignored because they came from beyond loopback. */
    public long refusedBeyondLoopback() {
        return refusedBeyondLoopback.sum();
    }

    /** The address and port of the socket that hears broadcasts; empty for a wildcard bind, whose one socket does. */
    public java.util.Optional<InetSocketAddress> groupAddress() {
        try {
            return group == null ? java.util.Optional.empty()
                    : java.util.Optional.of((InetSocketAddress) group.getLocalAddress());
        } catch (IOException closed) {
            return java.util.Optional.empty();
        }
    }

    private void readLoop() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(MAX_UDP_PAYLOAD + 1);
        try {
            while (open) {
                awaitReadable();
                // An interrupt makes select() return at once for ever after: the reader cannot go on.
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.io.InterruptedIOException("the reader thread was interrupted");
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    drain((DatagramChannel) key.channel(), buffer);
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException | RuntimeException e) {
            // Closed by close() is the normal end (ClosedChannelException, ClosedSelectorException); anything else,
            // a channel closed by an interrupt included, is a failure.
            readerEnded(e);
        } catch (Error e) {
            readerEnded(e);
            throw e;
        }
    }

    /**
     * Waits until a socket has a datagram: first a short spin of non-blocking checks, yielding, then a blocking
     * select. A reader that sleeps in the kernel after every datagram costs a wake-up per datagram; under load the
     * next one usually arrives within microseconds.
     */
    private void awaitReadable() throws IOException {
        if (spin.spinUntil(() -> selector.selectNow() > 0 || !open)) {
            return;
        }
        long blockedSince = System.nanoTime();
        selector.select();
        spin.parked(System.nanoTime() - blockedSince);
    }

    private void readerEnded(Throwable cause) {
        if (!open) {
            LOG.debug("{}: sockets closed, reader stops", settings.threadName());
            return;
        }
        LOG.error("{}: receiving failed, reader stops; the endpoint receives nothing more", settings.threadName(),
                cause);
        try {
            handler.onReaderFailure(cause);
        } catch (RuntimeException e) {
            LOG.error("{}: the handler failed on the reader's failure", settings.threadName(), e);
        }
    }

    private void drain(DatagramChannel channel, ByteBuffer buffer) throws IOException {
        while (open) {
            buffer.clear();
            InetSocketAddress source = (InetSocketAddress) channel.receive(buffer);
            if (source == null) {
                return;
            }
            if (loopbackOnly && !source.getAddress().isLoopbackAddress()) {
                refusedBeyondLoopback.increment();
                continue;
            }
            buffer.flip();
            try {
                handler.onDatagram(buffer, source);
            } catch (RuntimeException e) {
                // The reader serves every slot of the host: one bad datagram or handler bug must not stop it.
                LOG.error("{}: handler failed on a datagram from {}; continuing", settings.threadName(), source, e);
            }
        }
    }

    /**
     * Sends one datagram from the unicast socket.
     *
     * @param payload the UDP payload, from position to limit; the position is advanced
     * @param target  where to send it
     * @throws IOException when the socket is closed or the send fails
     */
    public void send(ByteBuffer payload, InetSocketAddress target) throws IOException {
        if (unicast.send(payload, target) > 0 || !payload.hasRemaining()) {
            return;
        }
        awaitWritableAndSend(payload, target);
    }

    // A non-blocking channel answers 0 when the socket send buffer is full; wait for room on a private selector.
    private void awaitWritableAndSend(ByteBuffer payload, InetSocketAddress target) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SEND_BLOCKED_TIMEOUT_MS);
        try (Selector writable = Selector.open()) {
            SelectionKey key = unicast.register(writable, SelectionKey.OP_WRITE);
            while (true) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    throw new IOException("UDP send buffer stayed full for " + SEND_BLOCKED_TIMEOUT_MS + " ms; datagram to "
                            + target + " not sent");
                }
                writable.select(left);
                if (unicast.send(payload, target) > 0) {
                    key.cancel();
                    return;
                }
            }
        }
    }

    /**
     * Sends one datagram to every group target (each broadcast address, and the multicast group if configured).
     *
     * @param payload the UDP payload, from position to limit; the position is left at the limit
     * @throws IOException when any send fails (the others are still attempted)
     */
    public void sendToGroup(ByteBuffer payload) throws IOException {
        if (groupTargets.isEmpty()) {
            throw new IOException(GroupTargets.noneFound(settings.bindAddress()));
        }
        int start = payload.position();
        IOException failure = null;
        for (InetSocketAddress target : groupTargets) {
            payload.position(start);
            try {
                send(payload, target);
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The address and port of the unicast socket: our UDP source address. */
    public InetSocketAddress localAddress() {
        return localAddress;
    }

    /** Where group datagrams go. */
    public List<InetSocketAddress> groupTargets() {
        return groupTargets;
    }

    /**
     * The SO_RCVBUF the kernel granted the unicast socket (Linux reports twice the usable size, capped by
     * {@code net.core.rmem_max}).
     *
     * @throws IOException when the socket is closed
     */
    public int grantedReceiveBuffer() throws IOException {
        return unicast.getOption(StandardSocketOptions.SO_RCVBUF);
    }

    /** The reader thread, in a list (the endpoint has one), for checks that it ends on {@link #close()}. */
    public List<Thread> readerThreads() {
        return List.of(reader);
    }

    /** True until {@link #close()}. */
    public boolean isOpen() {
        return open;
    }

    /** Stops the reader thread, waits for it to end and frees both sockets. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (!open) {
                return;
            }
            open = false;
        }
        selector.wakeup();
        for (DatagramChannel channel : channels()) {
            closeQuietly(channel);
        }
        closeQuietly(selector);
        if (Thread.currentThread() != reader) {
            try {
                reader.join(CLOSE_JOIN_TIMEOUT_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (reader.isAlive()) {
                LOG.warn("{}: reader thread still running {} ms after close", settings.threadName(), CLOSE_JOIN_TIMEOUT_MS);
            }
        }
        LOG.info("mailslot endpoint {} on {} closed", settings.threadName(), localAddress);
    }

    private List<DatagramChannel> channels() {
        return group == null ? List.of(unicast) : List.of(unicast, group);
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            LOG.debug("closing {} failed", closeable, e);
        }
    }
}
