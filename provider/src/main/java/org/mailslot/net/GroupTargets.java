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

    /** 127.255.255.255: the broadcast address of the loopback interface's 127.0.0.0/8. */
    static final InetAddress LOOPBACK_BROADCAST = loopbackBroadcast();

    private GroupTargets() {
    }

    /**
     * The broadcast addresses for {@code bindAddress}: the given ones if any; for a loopback address the loopback
     * broadcast 127.255.255.255; otherwise the broadcast address of the interface that carries the bind address
     * (of every up, broadcast-capable IPv4 interface for the wildcard).
     *
     * @return the addresses; empty when none can be derived, so that a host that never writes to a group (a
     *         listener) still starts, and a group write says what to configure ({@link #noneFound})
     */
    static List<InetAddress> broadcastAddresses(InetAddress bindAddress, List<InetAddress> configured)
            throws SocketException {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (bindAddress.isLoopbackAddress()) {
            return List.of(LOOPBACK_BROADCAST);
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
        return List.copyOf(derived);
    }

    /** Why a group write has nowhere to go, naming what a user can type to fix it. */
    static String noneFound(InetAddress bindAddress) {
        return "no broadcast address found for " + bindAddress.getHostAddress() + ", so group writes have nowhere"
                + " to go; give one: --broadcast ADDR (mailslot commands and the bridge) or the factory URI key"
                + " broadcast=ADDR";
    }

    private static void addBroadcasts(NetworkInterface nic, InetAddress only, List<InetAddress> into) {
        for (InterfaceAddress ia : nic.getInterfaceAddresses()) {
            boolean wanted = only == null ? ia.getAddress() instanceof Inet4Address : ia.getAddress().equals(only);
            // A /32 address reports 0.0.0.0 as its broadcast: that is no broadcast at all.
            InetAddress broadcast = ia.getBroadcast();
            if (wanted && broadcast != null && !broadcast.isAnyLocalAddress() && !into.contains(broadcast)) {
                into.add(broadcast);
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
