package org.mailslot.bridge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.util.Map;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.names.NamingSettings;
import org.mailslot.net.HostLookup;
import org.mailslot.slot.HostSettings;
import org.mailslot.slot.Mailslot;
import org.mailslot.slot.MailslotHost;
import org.mailslot.slot.ReceivedMessage;

/**
 * {@code mailslot resolve}, {@code mailslot names} and {@code mailslot send --name-type} against a host with the
 * name service on, all on loopback high ports (DNS left out of the order).
 */
@Timeout(60)
class NameCommandsTest {

    private static final String BROADCAST = "127.255.255.255";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private int port;
    private int nsPort;
    private MailslotHost alpha;

    @BeforeEach
    void startAlpha() throws Exception {
        port = freePort();
        nsPort = freePort();
        alpha = MailslotHost.start(HostSettings.builder("ALPHA")
                .receiveNameType(org.mailslot.names.NameType.MASTER_BROWSER)
                .bindAddress(InetAddress.getByName("127.0.0.51"))
                .port(port)
                .broadcastAddress(InetAddress.getByName(BROADCAST))
                .hostLookup(HostLookup.NONE)
                .naming(NamingSettings.DEFAULTS.withNameService(nsPort))
                .build());
    }

    @AfterEach
    void stopAlpha() {
        alpha.close();
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return MailslotTool.execute(args, new PrintWriter(out, true), new PrintWriter(err, true), Map.of());
    }

    private List<String> network(String order) {
        return List.of("--listen", "127.0.0.52:" + port, "--broadcast", BROADCAST, "--name-service",
                Integer.toString(nsPort), "--resolve-order", order);
    }

    private String[] args(String command, String order, String... rest) {
        List<String> all = new java.util.ArrayList<>(List.of(command));
        all.addAll(network(order));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }

    @Test
    void resolveFindsAHostByItsNameService() {
        assertThat(run(args("resolve", "static,nameservice", "alpha"))).isZero();
        assertThat(out.toString().trim()).isEqualTo("ALPHA<00> 127.0.0.51:" + port + " (nameservice)");

        assertThat(run(args("resolve", "static,nameservice", "--static-name", "ALPHA=127.0.0.9", "ALPHA"))).isZero();
        assertThat(out.toString().trim()).isEqualTo("ALPHA<00> 127.0.0.9:" + port + " (static)");
    }

    @Test
    void anUnknownNameIsOneLineAndExitCode1() {
        assertThat(run(args("resolve", "static,nameservice", "NOBODY"))).isEqualTo(1);
        assertThat(err.toString().lines().toList()).singleElement().asString()
                .startsWith("mailslot: NOBODY not found (asked: static, nameservice)");
    }

    @Test
    void namesListsWhatTheNodeOwns() {
        assertThat(run(args("names", "static,nameservice", "ALPHA"))).isZero();
        assertThat(out.toString()).contains("names of 127.0.0.51:")
                .containsPattern("ALPHA\\s+<00> -\\s+B <ACTIVE>")
                .containsPattern("WORKGROUP\\s+<00> - <GROUP> B <ACTIVE>");
    }

    @Test
    void sendAddressesTheNameTypeGiven() throws Exception {
        Mailslot browse = alpha.createMailslot("\\\\.\\mailslot\\BROWSE", 0, Duration.ofSeconds(10));
        assertThat(run(args("send", "static", "--name-type", "1D", "\\\\WORKGROUP\\mailslot\\BROWSE", "hello")))
                .as(err.toString()).isZero();
        ReceivedMessage message = browse.read();
        assertThat(message.destinationType()).isEqualTo(0x1D);

        assertThat(run(args("send", "static", "--name-type", "1DD", "\\\\WORKGROUP\\mailslot\\BROWSE", "x")))
                .isEqualTo(2);
        assertThat(err.toString()).contains("name type \"1DD\" is not a hex byte");
    }

    @Test
    void aBadResolveOrderIsAUsageError() {
        assertThat(run(args("resolve", "static,wins", "ALPHA"))).isEqualTo(2);
        assertThat(err.toString()).contains("unknown resolution step 'wins'");
    }

    private static int freePort() throws Exception {
        try (DatagramChannel probe = DatagramChannel.open()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            return ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
    }

}
