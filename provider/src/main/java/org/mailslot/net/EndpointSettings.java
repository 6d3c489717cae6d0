package org.mailslot.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Objects;

/**
 * Where and how a {@link UdpEndpoint} listens and sends.
 *
 * @param bindAddress        the unicast address to bind; the wildcard {@code 0.0.0.0} makes one socket that receives
 *                           everything
 * @param port               the UDP port, the same on every host of the network (138 on real networks; 0 picks a
 *                           free port, useful only for a single host)
 * @param broadcastAddresses where group datagrams go; empty means "derive from the interface of the bind address",
 *                           or "none" when a multicast group is set (a network without broadcast)
 * @param multicastGroup     an IPv4 multicast group that group datagrams also go to and that the endpoint joins, for
 *                           networks without broadcast; {@code null} for none
 * @param receiveBufferBytes the SO_RCVBUF to ask for (the kernel may grant less)
 * @param threadName         the name of the reader thread
 */
public record EndpointSettings(
        InetAddress bindAddress,
        int port,
        List<InetAddress> broadcastAddresses,
        InetAddress multicastGroup,
        int receiveBufferBytes,
        String threadName) {

    /** The SO_RCVBUF asked for by default: enough for bursts at full loopback rate. */
    public static final int DEFAULT_RECEIVE_BUFFER = 4 * 1024 * 1024;

    /** Validates the settings; every address must be IPv4, as NetBIOS datagrams carry IPv4 addresses. */
    public EndpointSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(threadName, "threadName");
        requireIpv4(bindAddress, "bind address");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        broadcastAddresses = List.copyOf(Objects.requireNonNull(broadcastAddresses, "broadcastAddresses"));
        broadcastAddresses.forEach(a -> requireIpv4(a, "broadcast address"));
        if (multicastGroup != null) {
            requireIpv4(multicastGroup, "multicast group");
            if (!multicastGroup.isMulticastAddress()) {
                throw new IllegalArgumentException("multicast group " + multicastGroup.getHostAddress()
                        + " is not a multicast address (224.0.0.0/4)");
            }
        }
        if (receiveBufferBytes <= 0) {
            throw new IllegalArgumentException("receiveBufferBytes must be positive, got " + receiveBufferBytes);
        }
    }

    private static void requireIpv4(InetAddress address, String what) {
        if (!(address instanceof Inet4Address)) {
            throw new IllegalArgumentException(what + " " + address.getHostAddress()
                    + " is not IPv4; NetBIOS datagrams carry IPv4 addresses only");
        }
    }

    /** True when the endpoint binds the wildcard address and so needs no separate group socket. */
    public boolean bindsWildcard() {
        return bindAddress.isAnyLocalAddress();
    }
}
