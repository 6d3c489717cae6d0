package org.mailslot.itests.host;

import java.net.BindException;
import java.net.InetAddress;
import org.mailslot.net.HostLookup;
import org.mailslot.slot.HostSettings;
import org.mailslot.slot.MailslotHost;

/**
 * Run by {@link PrivilegedPortIT} in a child JVM without CAP_NET_BIND_SERVICE: starts a host on port 138 and
 * prints what happened on one line, for the test to check.
 */
public final class BindPrivilegedPort {

    private BindPrivilegedPort() {
    }

    /**
     * @param args the IPv4 address to bind
     */
    public static void main(String[] args) throws Exception {
        HostSettings settings = HostSettings.builder("PRIVTEST")
                .bindAddress(InetAddress.getByName(args[0]))
                .port(HostSettings.MAILSLOT_PORT)
                .hostLookup(HostLookup.NONE)
                .build();
        try (MailslotHost host = MailslotHost.start(settings)) {
            System.out.println("BOUND " + host.localAddress().orElseThrow());
        } catch (BindException e) {
            System.out.println("BIND FAILED: " + e.getMessage());
        }
    }
}
