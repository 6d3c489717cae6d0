package org.mailslot.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mailslot.slot.LoopbackHosts.loopback;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.net.ResolutionStep;
import org.mailslot.slot.HostSettings;
import org.mailslot.slot.LoopbackHosts;
import org.mailslot.slot.Mailslot;
import org.mailslot.slot.MailslotHost;
import org.mailslot.wire.NetbiosName;

/**
 * Hosts with the name service on, on 127.0.0.N sharing a free high name-service port and a free datagram port:
 * they find each other with no static entry, defend their names, answer node status and release on close.
 */
@Timeout(60)
class NameServiceLoopbackTest {

    private final int port = LoopbackHosts.freePort();
    private final int nsPort = LoopbackHosts.freePort();
    private final List<MailslotHost> hosts = new ArrayList<>();

    @AfterEach
    void closeHosts() {
        hosts.forEach(MailslotHost::close);
    }

    private MailslotHost start(String name, int last) throws Exception {
        MailslotHost host = MailslotHost.start(settings(name, last));
        hosts.add(host);
        return host;
    }

    private HostSettings settings(String name, int last) {
        return LoopbackHosts.host(name, "WORKGROUP", last, port)
                // Shorter waits than RFC 1002's 250 ms keep the suite quick; loopback answers in microseconds.
                .naming(new NamingSettings(true, nsPort, List.of(), NamingSettings.DEFAULTS.resolver().withOrder(
                        List.of(ResolutionStep.STATIC, ResolutionStep.NAME_SERVICE, ResolutionStep.LEARNED)),
                        Duration.ofMillis(100), 3))
                .build();
    }

    @Test
    void aHostIsFoundByNameServiceAndAWriteReachesIt() throws Exception {
        MailslotHost alpha = start("ALPHA", 21);
        MailslotHost beta = start("BETA", 22);
        Mailslot slot = alpha.createMailslot("\\\\.\\mailslot\\ns\\test", 0, Duration.ofSeconds(10));

        assertThat(beta.resolver().resolveWithStep("alpha")).hasValueSatisfying(r -> {
            assertThat(r.step()).isEqualTo(ResolutionStep.NAME_SERVICE);
            assertThat(r.address()).isEqualTo(new InetSocketAddress(loopback(21), port));
        });
        beta.send(org.mailslot.slot.MailslotName.parse("\\\\ALPHA\\mailslot\\ns\\test"),
                "found by name".getBytes(StandardCharsets.US_ASCII), 0);
        assertThat(new String(slot.read().data(), StandardCharsets.US_ASCII)).isEqualTo("found by name");
        assertThat(alpha.nameService().orElseThrow().counters().answered()).containsEntry("QUERY", 1L);
    }

    @Test
    void registeringAnOwnedNameFailsTheStartAndLeavesNothingBound() throws Exception {
        start("ALPHA", 21);
        assertThatThrownBy(() -> start("ALPHA", 23))
                .isInstanceOf(NameConflictException.class)
                .hasMessageContaining("NetBIOS name ALPHA<00> is already owned by 127.0.0.21")
                .hasMessageContaining("choose another computer name");
        // Both sockets of the failed host are free again: the same host starts under another name.
        start("GAMMA", 23);
    }

    @Test
    void theDomainIsJoinedAsAGroupNameByEveryHost() throws Exception {
        MailslotHost alpha = start("ALPHA", 21);
        MailslotHost beta = start("BETA", 22);

        assertThat(alpha.nameService().orElseThrow().names()).contains(
                new OwnedName(NetbiosName.of("WORKGROUP", 0), true));
        assertThat(beta.nameService().orElseThrow().query(NetbiosName.of("WORKGROUP", 0)))
                .hasValueSatisfying(a -> assertThat(a.owners().get(0).group()).isTrue());
    }

    @Test
    void nodeStatusListsOurNames() throws Exception {
        MailslotHost alpha = start("ALPHA", 21);
        MailslotHost beta = start("BETA", 22);

        NodeStatus status = beta.nameService().orElseThrow()
                .status(new InetSocketAddress(loopback(21), nsPort)).orElseThrow();
        assertThat(status.names()).extracting(n -> n.name().toString() + (n.group() ? " group" : ""))
                .containsExactly("ALPHA<00>", "WORKGROUP<00> group");
        // The answer goes out before the counter is bumped: wait for the count rather than read it at once.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> alpha.nameService().orElseThrow().counters().answered().get("STATUS"), v -> v != null && v == 1L);
    }

    @Test
    void aClosedHostsNameNoLongerResolves() throws Exception {
        MailslotHost alpha = start("ALPHA", 21);
        MailslotHost beta = start("BETA", 22);
        NameService betaNames = beta.nameService().orElseThrow();
        assertThat(betaNames.query(NetbiosName.of("ALPHA", 0))).isPresent();

        alpha.close();

        assertThat(betaNames.query(NetbiosName.of("ALPHA", 0))).isEmpty();
    }

    @Test
    void malformedPacketsAreCountedAndTheServiceKeepsAnswering() throws Exception {
        MailslotHost alpha = start("ALPHA", 21);
        NameService names = alpha.nameService().orElseThrow();
        try (DatagramSocket attacker = new DatagramSocket(new InetSocketAddress(loopback(66), 0))) {
            byte[] loop = NameServiceVectors.hex("000000000001000000000000c00c00200001");
            byte[] counts = NameServiceVectors.hex("0000000000ffffffffffffff");
            attacker.send(new DatagramPacket(loop, loop.length, new InetSocketAddress(loopback(21), nsPort)));
            attacker.send(new DatagramPacket(counts, counts.length, new InetSocketAddress(loopback(21), nsPort)));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> names.counters().dropped().keySet()
                .containsAll(List.of("MALFORMED_POINTER_LOOP", "MALFORMED_BAD_COUNT")));

        MailslotHost beta = start("BETA", 22);
        assertThat(beta.resolve("ALPHA")).contains(new InetSocketAddress(loopback(21), port));
    }
}
