package org.mailslot.slot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.channels.DatagramChannel;
import org.mailslot.net.HostLookup;

/**
 * Several hosts on one machine, as DESIGN §9 describes: each on its own 127.0.0.N and the same port, group writes
 * to the loopback broadcast. Nothing ever leaves 127.0.0.0/8.
 */
public final class LoopbackHosts {

    /** The loopback broadcast address. */
    public static final InetAddress BROADCAST = address(127, 255, 255, 255);

    private LoopbackHosts() {
    }

    /** 127.0.0.{@code last}. */
    public static InetAddress loopback(int last) {
        return address(127, 0, 0, last);
    }

    /** A UDP port that is free on loopback right now, for a group of hosts to share. */
    public static int freePort() {
        try (DatagramChannel probe = DatagramChannel.open()) {
            probe.bind(new InetSocketAddress(loopback(1), 0));
            return ((InetSocketAddress) probe.getLocalAddress()).getPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Settings for a host on 127.0.0.{@code last}:{@code port}, without DNS so that nothing leaves the machine. */
    public static HostSettings.Builder host(String computerName, String domain, int last, int port) {
        return HostSettings.builder(computerName)
                .domain(domain)
                .bindAddress(loopback(last))
                .port(port)
                .broadcastAddress(BROADCAST)
                .hostLookup(HostLookup.NONE);
    }

    private static InetAddress address(int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
