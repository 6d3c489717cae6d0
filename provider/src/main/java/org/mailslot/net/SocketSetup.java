package org.mailslot.net;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.util.List;

/** Opens and configures the sockets of a {@link UdpEndpoint}: reuse, broadcast, buffer size, multicast. */
final class SocketSetup {

    private SocketSetup() {
    }

    static DatagramChannel bind(InetSocketAddress address, EndpointSettings settings,
            List<DatagramChannel> opened) throws IOException {
        DatagramChannel channel = DatagramChannel.open(StandardProtocolFamily.INET);
        opened.add(channel);
        // Every socket of the port must allow reuse, or the next host on this machine cannot bind it.
        channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        channel.setOption(StandardSocketOptions.SO_RCVBUF, settings.receiveBufferBytes());
        channel.setOption(StandardSocketOptions.SO_BROADCAST, true);
        try {
            channel.bind(address);
        } catch (BindException e) {
            throw BindFailures.explain(address, e);
        }
        return channel;
    }

    /**
     * Binds the socket that hears a loopback host's broadcasts to the loopback broadcast address itself, so that it
     * takes nothing sent to any other address (a wildcard socket would also take unicasts and broadcasts arriving
     * on the machine's other interfaces). The JDK refuses to bind any 127.x.x.255 address of an IPv4 socket (an old
     * check in its native bind), while Linux accepts it and delivers the broadcasts to it; an IPv6 socket bound to
     * the IPv4-mapped form of the address is the same binding in the kernel and escapes the JDK's check.
     *
     * @return the bound socket, or null where the machine or JVM has no IPv6 sockets (the caller falls back to the
     *         wildcard address)
     */
    static DatagramChannel bindLoopbackBroadcast(InetAddress broadcast, int port, EndpointSettings settings,
            List<DatagramChannel> opened) throws IOException {
        DatagramChannel channel;
        try {
            channel = DatagramChannel.open(StandardProtocolFamily.INET6);
        } catch (UnsupportedOperationException | IOException noIpv6) {
            return null;
        }
        opened.add(channel);
        channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        channel.setOption(StandardSocketOptions.SO_RCVBUF, settings.receiveBufferBytes());
        channel.setOption(StandardSocketOptions.SO_BROADCAST, true);
        InetSocketAddress address = new InetSocketAddress(broadcast, port);
        try {
            channel.bind(address);
        } catch (BindException e) {
            throw BindFailures.explain(address, e);
        }
        return channel;
    }

    static void joinMulticast(EndpointSettings settings, DatagramChannel receiver, DatagramChannel sender)
            throws IOException {
        NetworkInterface nic = multicastInterface(settings.bindAddress());
        if (nic == null) {
            throw new IOException("no multicast-capable interface for bind address "
                    + settings.bindAddress().getHostAddress() + " to join " + settings.multicastGroup().getHostAddress()
                    + " on; unset 'multicastGroup' or bind an address of a multicast-capable interface");
        }
        receiver.join(settings.multicastGroup(), nic);
        sender.setOption(StandardSocketOptions.IP_MULTICAST_IF, nic);
    }

    // The interface that carries the bind address; loopback addresses live on the loopback interface even when
    // only 127.0.0.1 is listed on it.
    private static NetworkInterface multicastInterface(InetAddress bindAddress) throws IOException {
        if (!bindAddress.isAnyLocalAddress() && !bindAddress.isLoopbackAddress()) {
            return NetworkInterface.getByInetAddress(bindAddress);
        }
        for (NetworkInterface nic : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
            boolean wanted = bindAddress.isLoopbackAddress() ? nic.isLoopback() : !nic.isLoopback() && nic.supportsMulticast();
            if (nic.isUp() && wanted) {
                return nic;
            }
        }
        return null;
    }
}
