package org.mailslot.slot;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Real UDP between four hosts in one JVM, each on its own loopback address and the same port: HOSTA, HOSTB and
 * HOSTC in WORKGROUP, HOSTD in OTHERDOM.
 */
@Timeout(30)
class MultiHostLoopbackTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private int port;
    private MailslotHost a;
    private MailslotHost b;
    private MailslotHost c;
    private MailslotHost d;

    @BeforeEach
    void startHosts() throws Exception {
        port = LoopbackHosts.freePort();
        a = MailslotHost.start(LoopbackHosts.host("HOSTA", "WORKGROUP", 21, port)
                .staticName("HOSTB", LoopbackHosts.loopback(22)).build());
        b = MailslotHost.start(LoopbackHosts.host("HOSTB", "WORKGROUP", 22, port).build());
        c = MailslotHost.start(LoopbackHosts.host("HOSTC", "WORKGROUP", 23, port).build());
        d = MailslotHost.start(LoopbackHosts.host("HOSTD", "OTHERDOM", 24, port).knownDomain("WORKGROUP").build());
    }

    @AfterEach
    void stopHosts() {
        for (MailslotHost host : new MailslotHost[] {a, b, c, d}) {
            if (host != null) {
                host.close();
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(US_ASCII);
    }

    @Test
    void aUniqueWriteReachesOnlyTheNamedComputer() throws Exception {
        Mailslot atB = b.createMailslot("\\\\.\\mailslot\\cmd", 0, WAIT);
        Mailslot atC = c.createMailslot("\\\\.\\mailslot\\cmd", 0, WAIT);
        a.openWriter("\\\\HOSTB\\mailslot\\CMD").write(bytes("start"), 3);

        ReceivedMessage got = atB.read(WAIT);
        assertThat(got.data()).isEqualTo(bytes("start"));
        assertThat(got.sourceComputer()).isEqualTo("HOSTA");
        assertThat(got.sourceAddress()).isEqualTo(new InetSocketAddress(LoopbackHosts.loopback(21), port));
        assertThat(got.priority()).as("the Windows profile's priority word, not the writer's 3").isZero();
        assertThat(got.delivery()).isEqualTo(ReceivedMessage.Delivery.UNIQUE);
        assertThat(got.slot()).isEqualTo(MailslotName.local("cmd"));
        assertThat(got.wireName()).as("as the writer spelled it").isEqualTo("\\MAILSLOT\\CMD");
        assertThat(a.counters().sent()).isEqualTo(1);
        assertThat(c.counters().received()).as("unicast reaches only HOSTB's socket").isZero();
        assertThat(atC.poll()).isNull();
    }

    @Test
    void aGroupWriteReachesEveryHostOfTheDomainOnceIncludingTheWriter() throws Exception {
        Mailslot atA = a.createMailslot("\\\\.\\mailslot\\status", 0, WAIT);
        Mailslot atB = b.createMailslot("\\\\.\\mailslot\\status", 0, WAIT);
        Mailslot atC = c.createMailslot("\\\\.\\mailslot\\status", 0, WAIT);
        Mailslot atD = d.createMailslot("\\\\.\\mailslot\\status", 0, WAIT);

        a.openWriter("\\\\*\\mailslot\\status").write(bytes("one"));
        b.openWriter("\\\\WORKGROUP\\mailslot\\status").write(bytes("two"));

        for (Mailslot slot : List.of(atA, atB, atC)) {
            assertThat(List.of(new String(slot.read(WAIT).data(), US_ASCII), new String(slot.read(WAIT).data(), US_ASCII)))
                    .containsExactlyInAnyOrder("one", "two");
        }
        // Every host heard both broadcasts; the writers' own copies came back and were recognised by their source.
        await().atMost(WAIT).until(() -> d.counters().drops(DropReason.NOT_FOR_US) == 2
                && a.counters().drops(DropReason.OWN_ECHO) == 1 && b.counters().drops(DropReason.OWN_ECHO) == 1);
        assertThat(a.counters().drops(DropReason.DUPLICATE)).isZero();
        assertThat(atD.poll()).as("OTHERDOM does not get WORKGROUP's broadcast").isNull();
        for (Mailslot slot : List.of(atA, atB, atC)) {
            assertThat(slot.poll()).as("exactly once").isNull();
        }
        assertThat(c.counters().remoteDelivered()).isEqualTo(2);
    }

    @Test
    void anObservedHostStillShowsItsOwnEchoToObserversAndDropsItAfterwards() throws Exception {
        List<MailslotDatagram> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        a.addDatagramHandler((datagram, source) -> seen.add(datagram));
        Mailslot atA = a.createMailslot("\\\\.\\mailslot\\status", 0, WAIT);

        a.openWriter("\\\\*\\mailslot\\status").write(bytes("mine"));

        assertThat(atA.read(WAIT).data()).isEqualTo(bytes("mine"));
        await().atMost(WAIT).until(() -> a.counters().drops(DropReason.OWN_ECHO) == 1);
        assertThat(seen).extracting(MailslotDatagram::source).containsExactly(NetbiosName.of("HOSTA", 0));
        assertThat(atA.poll()).as("exactly once").isNull();
        assertThat(a.counters().drops(DropReason.DUPLICATE)).isZero();
    }

    @Test
    void aDatagramFromOurAddressUnderAnotherNameIsNotAnEcho() throws Exception {
        Mailslot atA = a.createMailslot("\\\\.\\mailslot\\relay", 0, WAIT);
        MailslotDatagram relayed = new MailslotDatagram(DatagramType.DIRECT_GROUP, NodeType.B, a.nextDatagramId(), 0,
                port, NetbiosName.of("ELSEWHERE", 0), NetbiosName.of("WORKGROUP", 0), "\\MAILSLOT\\relay", 0,
                bytes("relayed"));

        a.sendDatagram(relayed, null);

        ReceivedMessage got = atA.read(WAIT);
        assertThat(got.data()).isEqualTo(bytes("relayed"));
        assertThat(got.sourceComputer()).isEqualTo("ELSEWHERE");
        assertThat(a.counters().drops(DropReason.OWN_ECHO)).isZero();
    }

    @Test
    void aHostWhoseReaderFailsClosesItselfAndSaysWhy() throws Exception {
        Thread reader = c.readerThreads().get(0);
        List<String> closes = new java.util.concurrent.CopyOnWriteArrayList<>();
        c.addCloseListener(() -> closes.add(c.failure().map(Object::toString).orElse("none")));

        // An interrupt ends the reading thread (or closes the socket under it): a failure from outside, not close().
        reader.interrupt();

        await().atMost(WAIT).until(() -> !c.isOpen());
        assertThat(c.failure()).get().isInstanceOfAny(java.io.InterruptedIOException.class,
                java.nio.channels.ClosedByInterruptException.class);
        assertThat(closes).singleElement().asString().containsIgnoringCase("interrupt");
        reader.join(WAIT.toMillis());
        assertThat(reader.isAlive()).isFalse();
        b.close();
        assertThat(b.failure()).as("an ordinary close is not a failure").isEmpty();
    }

    @Test
    void aHostOfAnotherDomainCanWriteToThisDomainButNotReceiveItsBroadcasts() throws Exception {
        Mailslot atB = b.createMailslot("\\\\.\\mailslot\\status", 0, WAIT);
        Mailslot atD = d.createMailslot("\\\\.\\mailslot\\status", 0, WAIT);
        d.openWriter("\\\\WORKGROUP\\mailslot\\status").write(bytes("from otherdom"));
        ReceivedMessage got = atB.read(WAIT);
        assertThat(got.delivery()).isEqualTo(ReceivedMessage.Delivery.GROUP);
        assertThat(got.sourceComputer()).isEqualTo("HOSTD");
        assertThat(atD.poll()).as("a write to another domain is not delivered to the writer").isNull();

        d.openWriter("\\\\*\\mailslot\\status").write(bytes("own domain"));
        assertThat(atD.read(WAIT).data()).isEqualTo(bytes("own domain"));
        await().atMost(WAIT).until(() -> b.counters().drops(DropReason.NOT_FOR_US) == 1);
        assertThat(atB.poll()).isNull();
    }

    @Test
    void aRequestIsAnsweredByTheNameLearnedFromIt() throws Exception {
        Mailslot requests = b.createMailslot("\\\\.\\mailslot\\svc\\request", 0, WAIT);
        Mailslot replies = c.createMailslot("\\\\.\\mailslot\\svc\\reply", 0, WAIT);
        assertThat(b.resolve("HOSTC")).as("B does not know C yet").isEmpty();
        assertThatThrownBy(() -> b.openWriter("\\\\HOSTC\\mailslot\\svc\\reply").write(bytes("too early")))
                .isInstanceOf(BadNetPathException.class).hasMessageContaining("ERROR_BAD_NETPATH");

        c.openWriter("\\\\WORKGROUP\\mailslot\\svc\\request").write(bytes("ping"));
        ReceivedMessage request = requests.read(WAIT);
        b.openWriter("\\\\" + request.sourceComputer() + "\\mailslot\\svc\\reply").write(bytes("pong"));

        ReceivedMessage reply = replies.read(WAIT);
        assertThat(reply.data()).isEqualTo(bytes("pong"));
        assertThat(reply.sourceComputer()).isEqualTo("HOSTB");
        assertThat(b.resolve("hostc")).contains(new InetSocketAddress(LoopbackHosts.loopback(23), port));
    }

    @Test
    void groupWritesAboveTheGroupLimitAreBadNetPath() throws Exception {
        assertThatThrownBy(() -> a.openWriter("\\\\*\\mailslot\\status").write(new byte[425]))
                .isInstanceOf(BadNetPathException.class).hasMessageContaining("424");
        assertThatThrownBy(() -> a.openWriter("\\\\HOSTB\\mailslot\\status").write(new byte[429]))
                .isInstanceOf(org.mailslot.wire.MessageTooLargeException.class);
        a.openWriter("\\\\*\\mailslot\\status").write(new byte[424]);
        assertThat(a.counters().sent()).isEqualTo(1);
    }

    @Test
    void closingAHostStopsItsReaderThreadAndFreesItsSockets() throws Exception {
        List<Thread> readers = a.readerThreads();
        assertThat(readers).extracting(Thread::getName).containsExactly("mailslot-host-HOSTA");
        assertThat(readers).allMatch(Thread::isAlive);
        a.close();
        assertThat(readers).noneMatch(Thread::isAlive);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().endsWith("-HOSTA"));

        a = MailslotHost.start(LoopbackHosts.host("HOSTA", "WORKGROUP", 21, port).build());
        Mailslot again = a.createMailslot("\\\\.\\mailslot\\x", 0, WAIT);
        b.openWriter("\\\\*\\mailslot\\x").write(bytes("after restart"));
        assertThat(again.read(WAIT).data()).isEqualTo(bytes("after restart"));
    }
}
