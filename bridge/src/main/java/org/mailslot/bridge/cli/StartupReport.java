package org.mailslot.bridge.cli;

import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.mailslot.bridge.Bridge;
import org.mailslot.bridge.config.BridgeSettings;
import org.mailslot.bridge.udp.UdpBridge;

/**
 * What {@code mailslot-bridge} prints once it runs: who it is, every address and port it bound, where clients
 * connect and with which credentials, and where messages go.
 */
final class StartupReport {

    private final PrintWriter out;

    StartupReport(PrintWriter out) {
        this.out = out;
    }

    void print(StartupChecks.Claimed claimed, UdpBridge running) {
        BridgeSettings settings = claimed.settings();
        Bridge bridge = running.bridge();
        out.println("mailslot-bridge " + settings.computerName() + " in " + settings.domain()
                + " listening on UDP " + text(running.localAddress()));
        List<String> bound = new ArrayList<>();
        running.boundAddresses().forEach(a -> bound.add("UDP " + text(a)));
        bridge.embeddedBroker().ifPresent(b -> bound.add("TCP " + b.tcpUrl().substring("tcp://".length())
                + " (broker clients)"));
        settings.tls().ifPresent(tls -> bound.add("TCP " + settings.tcpHost().getHostAddress() + ":" + tls.port()
                + " (broker clients, TLS)"));
        out.println("Bound: " + String.join(", ", bound));
        bridge.embeddedBroker().ifPresent(broker -> {
            out.println("Artemis broker for clients: " + broker.tcpUrl());
            settings.tls().ifPresent(tls -> out.println("Artemis broker for clients over TLS: tcp://"
                    + settings.tcpHost().getHostAddress() + ":" + tls.port() + "?sslEnabled=true"));
            if (claimed.credentialsFile().isPresent()) {
                out.println("Broker credentials: user=" + settings.credentials().orElseThrow().user()
                        + ", password in " + claimed.credentialsFile().get()
                        + " (owner-only, kept across restarts)");
            } else if (settings.credentials().isPresent()) {
                out.println("Broker credentials: user=" + settings.credentials().get().user() + " (as configured)");
            } else {
                out.println("Broker credentials: none (anonymous, loopback only)");
            }
        });
        out.println("Ingress: " + settings.addressPrefix() + ".<slot> (queue for unique writes, topic for group"
                + " writes); egress: send to " + settings.egressAddress() + " with property MailslotTarget");
        out.flush();
    }

    private static String text(InetSocketAddress address) {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }
}
