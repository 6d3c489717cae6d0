package org.mailslot.bridge.udp;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.mailslot.bridge.Bridge;
import org.mailslot.bridge.config.BridgeSettings;
import org.mailslot.slot.MailslotHost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole bridge: a mailslot host on the {@code --listen} address (its UDP endpoint, name resolution and write
 * path) joined to the broker side. Every datagram the host reads goes through {@link IngressListener} into the
 * ingress pipeline; egress goes out through the host. The UDP port is bound before the broker starts, so a port
 * that cannot be bound fails fast with {@link ListenException}.
 */
public final class UdpBridge implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UdpBridge.class);

    private final MailslotHost host;
    private final Bridge bridge;
    private final IngressListener listener;
    private final LatestReading kernelDrops;

    private UdpBridge(MailslotHost host, Bridge bridge, IngressListener listener, LatestReading kernelDrops) {
        this.host = host;
        this.bridge = bridge;
        this.listener = listener;
        this.kernelDrops = kernelDrops;
    }

    /**
     * Binds the UDP port, starts the broker side and begins forwarding.
     *
     * @throws ListenException when the UDP address cannot be bound, saying what to change
     * @throws org.mailslot.bridge.artemis.BrokerStartException if the embedded broker cannot start
     */
    public static UdpBridge start(BridgeSettings settings) throws Exception {
        return start(settings, System::nanoTime);
    }

    /** As {@link #start(BridgeSettings)}, with the clock of the bridge's time windows (nanoseconds). */
    public static UdpBridge start(BridgeSettings settings, LongSupplier nanoClock) throws Exception {
        MailslotHost host = HostOpener.openWithoutDuplicateFilter(settings);
        try {
            Bridge bridge = Bridge.start(settings, Optional.of(new HostDatagramSender(host)), nanoClock);
            List<InetAddress> bound = new ArrayList<>();
            host.localAddress().ifPresent(a -> bound.add(a.getAddress()));
            host.groupTargets().forEach(a -> bound.add(a.getAddress()));
            LatestReading kernelDrops = new LatestReading(KernelReceiveDrops.forThisProcess(
                    host.localAddress().map(InetSocketAddress::getPort).orElse(settings.listen().getPort()), bound));
            bridge.counters().kernelDropGauge(kernelDrops);
            IngressListener listener = new IngressListener(bridge.ingress(), host.settings().receivingNames(),
                    host.computerName());
            host.addDatagramHandler(listener);
            LOG.info("Listening for mailslot datagrams on {} as {} in {}; group datagrams go to {}",
                    host.localAddress().map(InetSocketAddress::toString).orElse("?"), host.computerName(),
                    host.domain(), host.groupTargets());
            return new UdpBridge(host, bridge, listener, kernelDrops);
        } catch (Exception | Error e) {
            host.close();
            throw e;
        }
    }

    /** The broker side: counters, ingress pipeline, embedded broker, generated credentials. */
    public Bridge bridge() {
        return bridge;
    }

    /** The UDP address datagrams are received on and leave from. */
    public InetSocketAddress localAddress() {
        return host.localAddress().orElseThrow();
    }

    /** Every UDP address and port the bridge's sockets are bound to (unicast, and the broadcast socket if any). */
    public java.util.List<InetSocketAddress> boundAddresses() {
        return host.boundAddresses();
    }

    /** Stops receiving, then stops the broker side. */
    @Override
    public void close() {
        host.removeDatagramHandler(listener);
        // The kernel's counts go with the sockets: read them once more while they are open.
        kernelDrops.getAsLong();
        host.close();
        bridge.close();
    }

    /** The highest reading so far, so counts read from sockets survive the sockets' closing. */
    private static final class LatestReading implements LongSupplier {
        private final LongSupplier source;
        private long highest;

        LatestReading(LongSupplier source) {
            this.source = source;
        }

        @Override
        public synchronized long getAsLong() {
            highest = Math.max(highest, source.getAsLong());
            return highest;
        }
    }
}
