package org.mailslot.net;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Collections;
import java.util.Optional;

/** Which of this machine's addresses we tell other nodes about. */
public final class LocalAddresses {

    private LocalAddresses() {
    }

    /**
     * The address to advertise (SOURCE_IP, NB records) for a socket bound to {@code bound}: the bound address, or
     * for a wildcard bind the first IPv4 address of an interface that is up and not loopback (found from the
     * interfaces, never by a name lookup), else the wildcard itself.
     *
     * @throws IOException when the interfaces cannot be listed
     */
    public static InetAddress advertised(InetAddress bound) throws IOException {
        if (!bound.isAnyLocalAddress()) {
            return bound;
        }
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                Optional<InetAddress> ipv4 = nic.inetAddresses().filter(Inet4Address.class::isInstance).findFirst();
                if (ipv4.isPresent()) {
                    return ipv4.get();
                }
            }
        }
        return bound;
    }
}
