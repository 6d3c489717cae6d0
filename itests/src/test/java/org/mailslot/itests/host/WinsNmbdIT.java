package org.mailslot.itests.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.mailslot.itests.support.RealPeers;
import org.mailslot.itests.support.Tshark;
import org.mailslot.names.NameConflictException;
import org.mailslot.names.NameScheduler;
import org.mailslot.names.NameService;
import org.mailslot.names.NameServiceSettings;
import org.mailslot.names.NamingSettings;
import org.mailslot.names.OwnedName;
import org.mailslot.names.WinsSettings;
import org.mailslot.net.EndpointSettings;
import org.mailslot.net.HostLookup;
import org.mailslot.net.ResolutionStep;
import org.mailslot.net.ResolverSettings;
import org.mailslot.slot.HostSettings;
import org.mailslot.slot.MailslotHost;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;

/**
 * Our P and H nodes against Samba's nmbd as a WINS server ({@code wins support = yes}) in a network namespace, on
 * the real port 137: a P node registers with it and {@code nmblookup -U --recursion} finds the name there, and not
 * by broadcast; a P node finds nmbd's own name through WINS with no broadcast; a closed P node's name is released;
 * a refresh run by the scheduler is granted; a name a live P node already holds in WINS is refused after nmbd's
 * WACK and its challenge of the owner; an H node whose WINS server is silent claims its name by broadcast; tshark
 * dissects every packet with no expert warning. DNS is off throughout.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WinsNmbdIT {

    private static final String WORKGROUP = "WORKGROUP";
    private static final String P_NAME = "MSJWINS";
    private static final String OWNED = "MSJOWNER";
    private static final Duration PEER_DEADLINE = Duration.ofSeconds(60);

    private static VethNamespace namespace;
    private static NmbdPeer nmbd;
    private static MailslotHost pNode;
    private static MailslotHost owner;
    private static MailslotHost hybrid;
    private static NameServiceCapture capture;

    @BeforeAll
    static void start() throws Exception {
        VethNamespace.assumeCreatable();
        RealPeers.assumeAvailable(Tools.onPath("nmbd") && Tools.onPath("nmblookup"),
                "the WINS test needs nmbd and nmblookup (apt-get install samba samba-common-bin)");
        Tshark tshark = Tshark.locate();
        try {
            namespace = VethNamespace.create();
            // Two more addresses on our side: the owner a contender is refused against, and the refresh node.
            namespace.addHostAddressWithoutBroadcast(sibling(3));
            namespace.addHostAddressWithoutBroadcast(sibling(4));
            capture = NameServiceCapture.start(tshark, namespace);
            nmbd = NmbdPeer.start(namespace, WORKGROUP, List.of("wins support = yes"));
            // nmbd serves WINS once it has registered its own names there; its own name answers then.
            await().atMost(PEER_DEADLINE).pollInterval(Duration.ofSeconds(1)).until(() -> NmbTools.nmblookup(namespace,
                    nmbd, "-U", namespace.peerAddress(), "--recursion", NmbdPeer.NETBIOS_NAME)
                    .contains(namespace.peerAddress() + " " + NmbdPeer.NETBIOS_NAME + "<00>"));
        } catch (Exception | AssertionError e) {
            stop();
            throw e;
        }
    }

    private static String sibling(int last) {
        String host = namespace.hostAddress();
        return host.substring(0, host.lastIndexOf('.') + 1) + last;
    }

    private static WinsSettings peerWins() throws IOException {
        return WinsSettings.of(new InetSocketAddress(namespace.peerInetAddress(), 137));
    }

    private static HostSettings settings(String name, String address, WinsSettings wins, NodeType type)
            throws IOException {
        return HostSettings.builder(name)
                .domain(WORKGROUP)
                .bindAddress(InetAddress.getByName(address))
                .port(HostSettings.MAILSLOT_PORT)
                .broadcastAddress(InetAddress.getByName(namespace.broadcastAddress()))
                .hostLookup(HostLookup.NONE)
                .naming(NamingSettings.DEFAULTS.withNameService(137).withResolver(ResolverSettings.DEFAULTS.withOrder(
                        List.of(ResolutionStep.STATIC, ResolutionStep.NAME_SERVICE, ResolutionStep.LEARNED)))
                        .withWins(wins, type))
                .build();
    }

    @AfterAll
    static void stop() throws Exception {
        for (MailslotHost host : new MailslotHost[] {pNode, owner, hybrid}) {
            if (host != null) {
                host.close();
            }
        }
        NmbTools.stopPeer(nmbd, capture, namespace);
    }

    @Test
    @Order(1)
    void aPNodeRegistersWithNmbdsWinsAndIsFoundThereButNotByBroadcast() throws Exception {
        pNode = MailslotHost.start(settings(P_NAME, namespace.hostAddress(), peerWins(), NodeType.P));
        NameService names = pNode.nameService().orElseThrow();
        assertThat(names.registeredWithWins(new OwnedName(NetbiosName.of(P_NAME, 0), false))).isTrue();

        assertThat(NmbTools.nmblookup(namespace, nmbd, "-U", namespace.peerAddress(), "--recursion", P_NAME))
                .contains(namespace.hostAddress() + " " + P_NAME + "<00>");
        assertThat(NmbTools.nmblookup(namespace, nmbd, "-B", namespace.broadcastAddress(), P_NAME))
                .contains("name_query failed to find name " + P_NAME);
        await().atMost(Duration.ofSeconds(10)).until(() -> names.counters().dropped()
                .containsKey("BROADCAST_TO_P_NODE"));
    }

    @Test
    @Order(2)
    void aPNodeFindsNmbdsNameThroughWinsAndSoDoesTheMailslotCommand() throws Exception {
        InetAddress peer = namespace.peerInetAddress();
        assertThat(pNode.resolver().resolveWithStep(NmbdPeer.NETBIOS_NAME)).hasValueSatisfying(r -> {
            assertThat(r.step()).isEqualTo(ResolutionStep.NAME_SERVICE);
            assertThat(r.address()).isEqualTo(new InetSocketAddress(peer, HostSettings.MAILSLOT_PORT));
        });

        List<String> network = List.of("--listen", sibling(4) + ":138", "--wins-server", namespace.peerAddress(),
                "--node-type", "P", "--resolve-order", "static,nameservice");
        assertThat(NmbTools.mailslotCommand("resolve", network, NmbdPeer.NETBIOS_NAME).lines())
                .contains(NmbdPeer.NETBIOS_NAME + "<00> " + namespace.peerAddress() + ":138 (nameservice)");
    }

    @Test
    @Order(3)
    void aClosedPNodesNameIsReleasedFromWins() throws Exception {
        pNode.close();
        pNode = null;
        assertThat(NmbTools.nmblookup(namespace, nmbd, "-U", namespace.peerAddress(), "--recursion", P_NAME))
                .contains("name_query failed to find name " + P_NAME);
    }

    @Test
    @Order(4)
    void aRefreshTheSchedulerRunsIsGrantedByNmbd() throws Exception {
        StepScheduler scheduler = new StepScheduler();
        OwnedName name = new OwnedName(NetbiosName.of("MSJREFRESH", 0), false);
        EndpointSettings endpoint = new EndpointSettings(InetAddress.getByName(sibling(4)), 137,
                List.of(InetAddress.getByName(namespace.broadcastAddress())), null, 256 * 1024, "ns-refresh");
        try (NameService service = NameService.start(new NameServiceSettings(endpoint, List.of(name), NodeType.P,
                NameServiceSettings.DEFAULT_RETRY_INTERVAL, NameServiceSettings.DEFAULT_RETRIES,
                NameServiceSettings.DEFAULT_ANSWER_TTL, 0, peerWins()), scheduler)) {
            // nmbd grants what we ask, 3 days: the refresh is due after half of it.
            assertThat(scheduler.delays()).containsExactly(Duration.ofSeconds(WinsSettings.DEFAULT_REQUESTED_TTL / 2));
            scheduler.runAll();
            assertThat(service.counters().answered()).containsEntry("WINS_REFRESHED", 1L);
            assertThat(service.registeredWithWins(name)).isTrue();
            assertThat(scheduler.delays()).containsExactly(Duration.ofSeconds(WinsSettings.DEFAULT_REQUESTED_TTL / 2));
        }
    }

    @Test
    @Order(5)
    void aNameALiveNodeHoldsInWinsIsRefusedAfterNmbdChallengesIt() throws Exception {
        owner = MailslotHost.start(settings(OWNED, sibling(3), peerWins(), NodeType.P));

        assertThatThrownBy(() -> MailslotHost.start(settings(OWNED, namespace.hostAddress(), peerWins(), NodeType.P))
                .close())
                .isInstanceOf(NameConflictException.class)
                .hasMessage("NetBIOS name " + OWNED + "<00> was refused by the WINS server " + namespace.peerAddress()
                        + ":137 (RCODE 6, ACT_ERR: another node owns it and still answers for it): choose another"
                        + " computer name, or stop the node that owns it");
        // The owner answered nmbd's challenge, and keeps its name.
        assertThat(owner.nameService().orElseThrow().counters().answered()).containsEntry("QUERY", 1L);
        assertThat(NmbTools.nmblookup(namespace, nmbd, "-U", namespace.peerAddress(), "--recursion", OWNED))
                .contains(sibling(3) + " " + OWNED + "<00>");
    }

    @Test
    @Order(6)
    void anHNodeWhoseWinsServerIsSilentClaimsItsNameByBroadcast() throws Exception {
        // Nothing listens on the peer's port 1137: the server never answers.
        WinsSettings silent = WinsSettings.of(new InetSocketAddress(namespace.peerInetAddress(), 1137))
                .withRetries(Duration.ofMillis(500), 2);
        hybrid = MailslotHost.start(settings("MSJHYBRID", namespace.hostAddress(), silent, NodeType.H));

        assertThat(hybrid.nameService().orElseThrow().counters().answered())
                .containsEntry("WINS_FALLBACK_BROADCAST", 2L);
        assertThat(NmbTools.nmblookup(namespace, nmbd, "-B", namespace.broadcastAddress(), "MSJHYBRID"))
                .contains(namespace.hostAddress() + " MSJHYBRID<00>");
    }

    @Test
    @Order(7)
    void tsharkDissectsTheWinsExchangeWithoutExpertWarnings() throws Exception {
        hybrid.close();
        hybrid = null;
        owner.close();
        owner = null;
        List<List<String>> rows = capture.stopAndRead();
        Set<String> ours = Set.of(namespace.hostAddress(), sibling(3), sibling(4));
        List<List<String>> sent = new ArrayList<>();
        List<String> fromPeer = new ArrayList<>();
        for (List<String> row : rows) {
            if (ours.contains(row.get(0))) {
                sent.add(row);
            } else if (row.get(0).equals(namespace.peerAddress())) {
                fromPeer.add(row.get(1));
            }
        }
        NameServiceCapture.assertDissectedCleanly(sent);
        // Ours: unicast registration with RD (0x2900), refresh (0x4000), unicast release (0x3000), unicast query
        // with RD (0x0100), the H node's broadcast registration (0x2910) and the owner's answer to the challenge.
        assertThat(sent).extracting(row -> row.get(1)).contains("0x2900", "0x4000", "0x3000", "0x0100", "0x2910",
                "0x8580");
        // nmbd's: grants (0xad80), the WACK (0xbc00), the refusal (0xad86), release answers (0xb400).
        assertThat(fromPeer).contains("0xad80", "0xbc00", "0xad86", "0xb400");
    }

    /** Runs the name service's timed work when the test says, so that a refresh needs no waiting. */
    private static final class StepScheduler implements NameScheduler {
        private final List<Runnable> tasks = new ArrayList<>();
        private final List<Duration> delays = new ArrayList<>();

        @Override
        public synchronized Runnable schedule(Runnable task, Duration delay) {
            tasks.add(task);
            delays.add(delay);
            return () -> { };
        }

        synchronized List<Duration> delays() {
            return List.copyOf(delays);
        }

        void runAll() {
            List<Runnable> due;
            synchronized (this) {
                due = List.copyOf(tasks);
                tasks.clear();
                delays.clear();
            }
            due.forEach(Runnable::run);
        }

        @Override
        public void close() {
        }
    }
}
