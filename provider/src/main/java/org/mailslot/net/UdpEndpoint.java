package org.mailslot.net;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A UDP endpoint as a mailslot host needs it: a unicast socket bound to the host's own address, a group socket
 * bound to the wildcard address on the same port (so that subnet broadcasts and multicasts reach it while
 * several hosts share one port on one machine), and a named reader thread per socket. Every socket of the port
 * sets SO_REUSEADDR; sends leave from the unicast socket, so receivers see our address and port as the UDP source.
 *
 * <p>Each reader blocks in its socket's receive: a datagram then costs one system call and one wake-up, where a
 * selector over both sockets costs three calls and adds its wake-up to the tail of the latency. The readers take
 * turns through one lock to run the handler, so the handler sees datagrams one at a time, as from a single thread;
 * group traffic is rare next to unicast, so they hardly ever wait for each other.
 *
 * <p>Thread-safe: any thread may send; closing stops the reader threads and frees the sockets.
 */
public final class UdpEndpoint implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UdpEndpoint.class);
    /** The largest UDP payload over IPv4. */
    static final int MAX_UDP_PAYLOAD = 65_507;
    private static final long CLOSE_JOIN_TIMEOUT_MS = 5_000;

    private final EndpointSettings settings;
    private final RawDatagramHandler handler;
    private final DatagramChannel unicast;
    private final DatagramChannel group;
    private final InetSocketAddress localAddress;
    private final List<InetSocketAddress> groupTargets;
    private final List<Thread> readers;
    private final ReentrantLock handlerTurn = new ReentrantLock();
    private volatile boolean open = true;

    private UdpEndpoint(EndpointSettings settings, RawDatagramHandler handler, DatagramChannel unicast,
            DatagramChannel group, List<InetSocketAddress> groupTargets) throws IOException {
        this.settings = settings;
        this.handler = handler;
        this.unicast = unicast;
        this.group = group;
        this.localAddress = (InetSocketAddress) unicast.getLocalAddress();
        this.groupTargets = groupTargets;
        List<Thread> threads = new ArrayList<>(2);
        threads.add(readerThread(unicast, settings.threadName()));
        if (group != null) {
            threads.add(readerThread(group, groupThreadName(settings.threadName())));
        }
        this.readers = List.copyOf(threads);
    }

    private Thread readerThread(DatagramChannel channel, String name) {
        Thread thread = new Thread(() -> readLoop(channel, name), name);
        thread.setDaemon(true);
        return thread;
    }

    // Keeps the host's name last ("mailslot-host-group-HOSTA"), as the unicast reader's name has it.
    static String groupThreadName(String readerName) {
        int dash = readerName.lastIndexOf('-');
        return dash < 0 ? readerName + "-group" : readerName.substring(0, dash) + "-group" + readerName.substring(dash);
    }

    /**
     * Binds the sockets and starts the reader threads.
     *
     * @param settings where to bind and send
     * @param handler  gets every datagram read, on a reader thread, one datagram at a time
     * @return the running endpoint
     * @throws BindException when an address cannot be bound, with a message saying what to change (for port 138
     *                       without privilege: run as root, grant CAP_NET_BIND_SERVICE or choose another port)
     * @throws IOException   when the sockets cannot be set up otherwise
     */
    public static UdpEndpoint open(EndpointSettings settings, RawDatagramHandler handler) throws IOException {
        Objects.requireNonNull(handler, "handler");
        List<DatagramChannel> opened = new ArrayList<>(2);
        try {
            DatagramChannel unicast = SocketSetup.bind(new InetSocketAddress(settings.bindAddress(), settings.port()), settings,
                    opened);
            int port = ((InetSocketAddress) unicast.getLocalAddress()).getPort();
            DatagramChannel group = settings.bindsWildcard()
                    ? null
                    : SocketSetup.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[4]), port), settings,
                            opened);
            if (settings.multicastGroup() != null) {
                SocketSetup.joinMulticast(settings, group != null ? group : unicast, unicast);
            }
            List<InetSocketAddress> targets = new ArrayList<>();
            // With a multicast group and no broadcast address given, the network has no broadcast: use only the group.
            List<InetAddress> broadcasts = settings.multicastGroup() != null && settings.broadcastAddresses().isEmpty()
                    ? List.of()
                    : GroupTargets.broadcastAddresses(settings.bindAddress(), settings.broadcastAddresses());
            for (InetAddress broadcast : broadcasts) {
                targets.add(new InetSocketAddress(broadcast, port));
            }
            if (settings.multicastGroup() != null) {
                targets.add(new InetSocketAddress(settings.multicastGroup(), port));
            }
            UdpEndpoint endpoint = new UdpEndpoint(settings, handler, unicast, group, List.copyOf(targets));
            endpoint.readers.forEach(Thread::start);
            LOG.info("mailslot endpoint {} listening on {} (group socket: {}), group datagrams to {}",
                    settings.threadName(), endpoint.localAddress, group == null ? "none, wildcard bind" : "0.0.0.0:" + port,
                    endpoint.groupTargets);
            return endpoint;
        } catch (IOException | RuntimeException e) {
            for (DatagramChannel channel : opened) {
                closeQuietly(channel);
            }
            throw e;
        }
    }

    private void readLoop(DatagramChannel channel, String name) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(MAX_UDP_PAYLOAD + 1);
        try {
            while (open) {
                buffer.clear();
                InetSocketAddress source = (InetSocketAddress) channel.receive(buffer);
                buffer.flip();
                handle(buffer, source, name);
            }
        } catch (IOException | RuntimeException e) {
            // Closed by close() is the normal end; closed while still open (an interrupt closes the channel) is not.
            readerEnded(name, e);
        } catch (Error e) {
            readerEnded(name, e);
            throw e;
        }
    }

    private void readerEnded(String name, Throwable cause) {
        if (!open) {
            LOG.debug("{}: socket closed, reader stops", name);
            return;
        }
        LOG.error("{}: receiving failed, reader stops; this socket receives nothing more", name, cause);
        try {
            handler.onReaderFailure(cause);
        } catch (RuntimeException e) {
            LOG.error("{}: the handler failed on the reader's failure", name, e);
        }
    }

    private void handle(ByteBuffer payload, InetSocketAddress source, String readerName) {
        handlerTurn.lock();
        try {
            handler.onDatagram(payload, source);
        } catch (RuntimeException e) {
            // A reader serves every slot of the host: one bad datagram or handler bug must not stop it.
            LOG.error("{}: handler failed on a datagram from {}; continuing", readerName, source, e);
        } finally {
            handlerTurn.unlock();
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
        // A blocking channel sends the whole datagram or fails; it waits only while the socket's send buffer is full.
        unicast.send(payload, target);
    }

    /**
     * Sends one datagram to every group target (each broadcast address, and the multicast group if configured).
     *
     * @param payload the UDP payload, from position to limit; the position is left at the limit
     * @throws IOException when any send fails (the others are still attempted)
     */
    public void sendToGroup(ByteBuffer payload) throws IOException {
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

    /** The reader threads (one per socket: unicast first, then group), for checks that they end on {@link #close()}. */
    public List<Thread> readerThreads() {
        return readers;
    }

    /** True until {@link #close()}. */
    public boolean isOpen() {
        return open;
    }

    /** Stops the reader threads, waits for them to end and frees both sockets. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (!open) {
                return;
            }
            open = false;
        }
        // Closing a channel wakes the thread blocked in its receive with an AsynchronousCloseException.
        for (DatagramChannel channel : channels()) {
            closeQuietly(channel);
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_JOIN_TIMEOUT_MS);
        for (Thread reader : readers) {
            if (Thread.currentThread() == reader) {
                continue;
            }
            try {
                reader.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (reader.isAlive()) {
                LOG.warn("{}: reader thread still running {} ms after close", reader.getName(), CLOSE_JOIN_TIMEOUT_MS);
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
