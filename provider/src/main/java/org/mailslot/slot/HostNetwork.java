package org.mailslot.slot;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.mailslot.names.HostNames;
import org.mailslot.names.NameService;
import org.mailslot.net.DatagramEndpoint;
import org.mailslot.net.NameResolver;
import org.mailslot.wire.MailslotCodec;

/**
 * What ties a {@link MailslotHost} to the network: its UDP endpoint, the watch on the address it is bound to and
 * the NetBIOS name service, opened and closed together. A local-only host has none of them, and every query
 * answers empty.
 */
final class HostNetwork {

    private final DatagramEndpoint endpoint;
    private final AddressWatch addressWatch;
    private volatile NameService nameService;

    private HostNetwork(DatagramEndpoint endpoint, AddressWatch addressWatch) {
        this.endpoint = endpoint;
        this.addressWatch = addressWatch;
    }

    /**
     * Opens the endpoint (unless local-only) and starts watching its address; {@code onLost} hears of a reader
     * failure or a vanished address.
     */
    static HostNetwork open(HostSettings settings, InboundDispatcher inbound, Consumer<Throwable> onLost)
            throws IOException {
        if (!settings.network()) {
            return new HostNetwork(null, null);
        }
        DatagramEndpoint endpoint = DatagramEndpoint.open(settings.endpointSettings(),
                new MailslotCodec(settings.smbProfile(), settings.wireLimits(), settings.codePage()), inbound);
        inbound.recogniseOwnDatagramsFrom(endpoint.localAddress());
        // A socket whose address vanished stays open and never reads again: only a watch tells a receive-only host.
        AddressWatch watch = AddressWatch.start(endpoint.localAddress().getAddress(), settings.computerName(), onLost);
        return new HostNetwork(endpoint, watch);
    }

    /** Starts the name service when the settings ask for it and lets {@code resolver} use it. */
    void startNameService(HostSettings settings, NameResolver resolver) throws IOException {
        if (endpoint != null && settings.naming().nameServiceEnabled()) {
            nameService = HostNames.start(settings.computerName(), settings.domain(), settings.scope(),
                    settings.bindAddress(), settings.broadcastAddresses(), settings.naming());
            resolver.useNameService(nameService);
        }
    }

    /** The endpoint, or null for a local-only host. */
    DatagramEndpoint endpoint() {
        return endpoint;
    }

    // SOURCE_IP carries our address; a local-only host sends nothing.
    int sourceIp() throws IOException {
        return endpoint == null ? 0 : ByteBuffer.wrap(endpoint.advertisedAddress().getAddress()).getInt();
    }

    Optional<NameService> nameService() {
        return Optional.ofNullable(nameService);
    }

    Optional<InetSocketAddress> localAddress() {
        return Optional.ofNullable(endpoint).map(DatagramEndpoint::localAddress);
    }

    List<InetSocketAddress> boundAddresses() {
        if (endpoint == null) {
            return List.of();
        }
        List<InetSocketAddress> bound = new ArrayList<>();
        localAddress().ifPresent(bound::add);
        endpoint.groupAddress().ifPresent(bound::add);
        return List.copyOf(bound);
    }

    List<InetSocketAddress> groupTargets() {
        return endpoint == null ? List.of() : endpoint.groupTargets();
    }

    List<Thread> readerThreads() {
        return endpoint == null ? List.of() : endpoint.readerThreads();
    }

    /** Stops the watch, the name service and the endpoint, in that order. */
    void close() {
        if (addressWatch != null) {
            addressWatch.close();
        }
        NameService names = nameService;
        if (names != null) {
            names.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
    }

    @Override
    public String toString() {
        return endpoint == null ? "local-only" : endpoint.localAddress().toString();
    }
}
