package org.mailslot.net;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/** The last step of name resolution: a name service outside the mailslot network, normally DNS. */
@FunctionalInterface
public interface HostLookup {

    /** Never finds anything: resolution uses only the static table and learned names. */
    HostLookup NONE = name -> Optional.empty();

    /** The JDK resolver (hosts file, then DNS), IPv4 answers only. */
    HostLookup DNS = name -> {
        try {
            return Arrays.stream(InetAddress.getAllByName(name)).filter(Inet4Address.class::isInstance).findFirst();
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    };

    /**
     * Looks a host name up.
     *
     * @param name the computer name as written in the UNC name
     * @return its IPv4 address, or empty when unknown
     */
    Optional<InetAddress> lookup(String name);
}
