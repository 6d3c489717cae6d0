package org.mailslot.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mailslot.names.NameServicePacket.FLAG_B;
import static org.mailslot.names.NameServicePacket.FLAG_RD;
import static org.mailslot.names.NameServicePacket.OPCODE_QUERY;
import static org.mailslot.names.NameServicePacket.OPCODE_REFRESH;
import static org.mailslot.names.NameServicePacket.OPCODE_REGISTRATION;
import static org.mailslot.names.NameServicePacket.OPCODE_RELEASE;
import static org.mailslot.slot.LoopbackHosts.BROADCAST;
import static org.mailslot.slot.LoopbackHosts.loopback;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.net.EndpointSettings;
import org.mailslot.slot.LoopbackHosts;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;

/**
 * P, M and H nodes against a {@link FakeWinsServer} on loopback, refreshes run by a {@link ManualScheduler}: what
 * each node type sends where, how it takes the server's answers (TTL, refusal, WACK, silence), and when it falls
 * back to broadcast.
 */
@Timeout(60)
class WinsNodeTest {

    private static final NetbiosName ALPHA = NetbiosName.of("ALPHA", 0);
    private static final NetbiosName WORKGROUP = NetbiosName.of("WORKGROUP", 0);

    private final int nsPort = LoopbackHosts.freePort();
    private final List<NameService> services = new ArrayList<>();
    private FakeWinsServer wins;

    @BeforeEach
    void startServer() throws Exception {
        wins = new FakeWinsServer(new InetSocketAddress(loopback(40), LoopbackHosts.freePort()));
    }

    @AfterEach
    void stop() throws Exception {
        services.forEach(NameService::close);
        wins.close();
    }

    private WinsSettings winsSettings() {
        return WinsSettings.of(wins.address()).withRetries(Duration.ofMillis(200), 2);
    }

    private NameService start(String computer, int last, NodeType type, NameScheduler scheduler) throws Exception {
        EndpointSettings endpoint = new EndpointSettings(loopback(last), nsPort, List.of(BROADCAST), null, 256 * 1024,
                "ns-" + computer);
        NameService service = NameService.start(new NameServiceSettings(endpoint, HostNames.owned(computer,
                "WORKGROUP", "", List.of()), type, Duration.ofMillis(100), 2, NameServiceSettings.DEFAULT_ANSWER_TTL,
                0, type == NodeType.B ? null : winsSettings()), scheduler);
        services.add(service);
        return service;
    }

    @Test
    void aPNodeRegistersEveryNameByUnicastWithRdAndRefreshesAtHalfTheGrantedTtl() throws Exception {
        wins.policy(ALPHA, new FakeWinsServer.Policy.Grant(1200));
        ManualScheduler scheduler = new ManualScheduler();
        NameService alpha = start("ALPHA", 21, NodeType.P, scheduler);

        List<NameServicePacket> registrations = wins.requests(OPCODE_REGISTRATION);
        assertThat(registrations).extracting(p -> p.question().name()).containsExactly(ALPHA, WORKGROUP);
        assertThat(registrations).allSatisfy(p -> {
            assertThat(p.flags()).isEqualTo(FLAG_RD);
            assertThat(p.additionals().get(0).ttl()).isEqualTo(WinsSettings.DEFAULT_REQUESTED_TTL);
            assertThat(NameServiceCodec.nameAddresses(p.additionals().get(0)).get(0).nodeType())
                    .isEqualTo(NodeType.P);
        });
        assertThat(NameServiceCodec.nameAddresses(registrations.get(1).additionals().get(0)).get(0).group()).isTrue();
        assertThat(alpha.registeredWithWins(new OwnedName(ALPHA, false))).isTrue();
        // ALPHA was granted 1200 s: refreshed after 600 s. WORKGROUP got the default 300 s: after 150 s.
        assertThat(scheduler.delays()).containsExactly(Duration.ofSeconds(600), Duration.ofSeconds(150));

        wins.policy(ALPHA, new FakeWinsServer.Policy.Grant(100));
        scheduler.runAll();

        assertThat(wins.requests(OPCODE_REFRESH)).extracting(p -> p.question().name())
                .containsExactly(ALPHA, WORKGROUP);
        assertThat(wins.requests(OPCODE_REFRESH)).allSatisfy(p -> assertThat(p.flags()).isZero());
        // A TTL under 5 minutes counts as 5 minutes ([MS-NBTE] 3.1.4.1): the next refresh comes after 150 s.
        assertThat(scheduler.delays()).containsExactly(Duration.ofSeconds(150), Duration.ofSeconds(150));
        assertThat(alpha.counters().answered()).containsEntry("WINS_REFRESHED", 2L);
    }

    @Test
    void aRefusalFailsTheStartNamingTheNameAndTheServerAndLeavesNothingBound() throws Exception {
        wins.policy(ALPHA, new FakeWinsServer.Policy.Refuse(NameServicePacket.RCODE_ACT_ERR));
        ManualScheduler scheduler = new ManualScheduler();

        assertThatThrownBy(() -> start("ALPHA", 21, NodeType.P, scheduler))
                .isInstanceOf(NameConflictException.class)
                .hasMessage("NetBIOS name ALPHA<00> was refused by the WINS server 127.0.0.40:" + wins.address().getPort()
                        + " (RCODE 6, ACT_ERR: another node owns it and still answers for it): choose another"
                        + " computer name, or stop the node that owns it");
        assertThat(scheduler.isClosed()).isTrue();
        // The port is free again: the same address starts under another name.
        start("GAMMA", 21, NodeType.P, new ManualScheduler());
    }

    @Test
    void aWackHoldsTheRegistrationUntilTheFinalAnswer() throws Exception {
        CountDownLatch challengeOver = new CountDownLatch(1);
        wins.policy(ALPHA, new FakeWinsServer.Policy.WackThenGrant(5, challengeOver, 900));
        CompletableFuture<NameService> starting = CompletableFuture.supplyAsync(() -> {
            try {
                return start("ALPHA", 21, NodeType.P, new ManualScheduler());
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        // Past the two tries 200 ms apart a request otherwise gets, the start still waits and has not sent again.
        await().during(Duration.ofMillis(600)).atMost(Duration.ofSeconds(10)).until(() -> !starting.isDone()
                && wins.requests(OPCODE_REGISTRATION).stream().filter(p -> p.question().name().equals(ALPHA)).count()
                == 1);
        challengeOver.countDown();
        NameService alpha = starting.get(10, TimeUnit.SECONDS);

        assertThat(alpha.registeredWithWins(new OwnedName(ALPHA, false))).isTrue();
        assertThat(wins.requests(OPCODE_REGISTRATION).stream().filter(p -> p.question().name().equals(ALPHA)))
                .as("sent once: the WACK stopped the retries").hasSize(1);
        assertThat(alpha.counters().answered()).containsEntry("WACK_RECEIVED", 1L);
    }

    @Test
    void aSilentServerFailsAPNodeAndAnHNodeFallsBackToBroadcastThenRegistersLater() throws Exception {
        wins.everyName(new FakeWinsServer.Policy.Silent());
        assertThatThrownBy(() -> start("ALPHA", 21, NodeType.P, new ManualScheduler()))
                .isInstanceOf(WinsUnavailableException.class)
                .hasMessageStartingWith("the WINS server 127.0.0.40:" + wins.address().getPort() + " did not answer the"
                        + " registration of NetBIOS name ALPHA<00> (2 tries, 200 ms apart); a P node cannot claim")
                .hasMessageContaining("choose node type H");

        ManualScheduler scheduler = new ManualScheduler();
        NameService hybrid = start("HYBRID", 22, NodeType.H, scheduler);
        NameService b = start("BEE", 23, NodeType.B, new ManualScheduler());
        OwnedName ours = new OwnedName(NetbiosName.of("HYBRID", 0), false);
        assertThat(hybrid.registeredWithWins(ours)).isFalse();
        assertThat(b.query(ours.name())).as("claimed by broadcast, found by broadcast").isPresent();
        assertThat(scheduler.delays()).containsOnly(NodeProcedures.RETRY_DELAY);

        wins.everyName(new FakeWinsServer.Policy.Grant(600));
        scheduler.runAll();

        assertThat(hybrid.registeredWithWins(ours)).isTrue();
        assertThat(wins.holds(ours.name())).isTrue();
        assertThat(scheduler.delays()).contains(Duration.ofSeconds(300));
    }

    @Test
    void pAsksOnlyTheServerHAsksTheServerThenBroadcastMBroadcastsFirst() throws Exception {
        NameService b = start("BEE", 23, NodeType.B, new ManualScheduler());
        NameService p = start("PEE", 24, NodeType.P, new ManualScheduler());
        NameService h = start("AITCH", 25, NodeType.H, new ManualScheduler());
        NameService m = start("EMM", 26, NodeType.M, new ManualScheduler());
        NetbiosName bee = NetbiosName.of("BEE", 0);
        NetbiosName pee = NetbiosName.of("PEE", 0);

        // BEE is known by broadcast only; PEE only to the server (a P node does not answer broadcasts).
        assertThat(p.query(bee)).isEmpty();
        assertThat(h.query(bee)).hasValueSatisfying(a -> assertThat(a.owners().get(0).address())
                .isEqualTo(loopback(23)));
        assertThat(b.query(pee)).isEmpty();
        assertThat(h.query(pee)).hasValueSatisfying(a -> assertThat(a.owners().get(0).address())
                .isEqualTo(loopback(24)));
        assertThat(m.query(pee)).hasValueSatisfying(a -> assertThat(a.ttl()).isEqualTo(600));
        assertThat(p.counters().dropped()).containsKey("BROADCAST_TO_P_NODE");

        List<NameServicePacket> queries = wins.requests(OPCODE_QUERY);
        assertThat(queries).extracting(q -> q.question().name()).containsExactly(bee, bee, pee, pee);
        assertThat(queries).allSatisfy(q -> assertThat(q.flags()).isEqualTo(FLAG_RD));
    }

    @Test
    void closeReleasesByUnicastAndAnMNodeAlsoByBroadcast() throws Exception {
        NameService p = start("PEE", 24, NodeType.P, new ManualScheduler());
        NameService m = start("EMM", 26, NodeType.M, new ManualScheduler());
        NameService b = start("BEE", 23, NodeType.B, new ManualScheduler());
        assertThat(b.query(NetbiosName.of("EMM", 0))).isPresent();

        p.close();
        m.close();

        assertThat(wins.requests(OPCODE_RELEASE)).extracting(r -> r.question().name().toString())
                .containsExactlyInAnyOrder("PEE<00>", "WORKGROUP<00>", "EMM<00>", "WORKGROUP<00>");
        assertThat(wins.requests(OPCODE_RELEASE)).allSatisfy(r -> assertThat(r.has(FLAG_B)).isFalse());
        assertThat(wins.holds(NetbiosName.of("PEE", 0))).isFalse();
        assertThat(b.query(NetbiosName.of("EMM", 0))).isEmpty();
    }

    @Test
    void answersFromAnyoneButTheServerAreDroppedAndCounted() throws Exception {
        wins.policy(ALPHA, new FakeWinsServer.Policy.ForgedRefusalThenGrant(900));
        NameService alpha = start("ALPHA", 21, NodeType.P, new ManualScheduler());

        assertThat(alpha.registeredWithWins(new OwnedName(ALPHA, false))).isTrue();
        assertThat(alpha.counters().dropped()).containsEntry("NOT_FROM_WINS", 1L);
    }
}
