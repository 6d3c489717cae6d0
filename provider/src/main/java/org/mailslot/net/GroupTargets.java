package org.mailslot.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Works out where group datagrams go when the settings do not say. */
final class GroupTargets {

    private GroupTargets() {
    }

    /**
     * The broadcast addresses for {@code bindAddress}: the given ones if any; for a loopback address the loopback
     * broadcast 127.255.255.255; otherwise the broadcast address of the interface that carries the bind address
     * (of every up, broadcast-capable IPv4 interface for the wildcard).
     *
     * @throws SocketException when no broadcast address can be derived, with a message saying to configure one
     */
    static List<InetAddress> broadcastAddresses(InetAddress bindAddress, List<InetAddress> configured)
            throws SocketException {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (bindAddress.isLoopbackAddress()) {
            return List.of(loopbackBroadcast());
        }
        List<InetAddress> derived = new ArrayList<>();
        if (bindAddress.isAnyLocalAddress()) {
            for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (nic.isUp() && !nic.isLoopback()) {
                    addBroadcasts(nic, null, derived);
                }
            }
        } else {
            NetworkInterface nic = NetworkInterface.getByInetAddress(bindAddress);
            if (nic != null) {
                addBroadcasts(nic, bindAddress, derived);
            }
        }
        if (derived.isEmpty()) {
            throw new SocketException("no broadcast address found for bind address " + bindAddress.getHostAddress()
                    + "; set the 'broadcastAddresses' setting (or a 'multicastGroup' on networks without broadcast)");
        }
        return List.copyOf(derived);
    }

    private static void addBroadcasts(NetworkInterface nic, InetAddress only, List<InetAddress> into) {
        for (InterfaceAddress ia : nic.getInterfaceAddresses()) {
            boolean wanted = only == null ? ia.getAddress() instanceof Inet4Address : ia.getAddress().equals(only);
            if (wanted && ia.getBroadcast() != null && !into.contains(ia.getBroadcast())) {
                into.add(ia.getBroadcast());
            }
        }
    }

    private static InetAddress loopbackBroadcast() {
        try {
            return InetAddress.getByAddress(new byte[] {127, (byte) 255, (byte) 255, (byte) 255});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
