package org.mailslot.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mailslot.slot.LoopbackHosts.loopback;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.net.ResolutionStep;
import org.mailslot.net.ResolverSettings;
import org.mailslot.slot.HostSettings;
import org.mailslot.slot.LoopbackHosts;
import org.mailslot.slot.Mailslot;
import org.mailslot.slot.MailslotHost;
import org.mailslot.slot.MailslotName;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;

/**
 * The two attacks of issue 12 §3 on a real host over loopback: a forged datagram addressed to another computer
 * must not redirect writes to the computer it names as its source, and a flood of forged source names must not
 * evict the names learned from real peers. Also: learning can be turned off.
 */
@Timeout(60)
class LearnedNamesAttackTest {

    private final int port = LoopbackHosts.freePort();
    private MailslotHost host;
    private MailslotHost victim;

    @AfterEach
    void close() {
        if (host != null) {
            host.close();
        }
        if (victim != null) {
            victim.close();
        }
    }

    @Test
    void aDatagramForAnotherComputerTeachesNothing() throws Exception {
        host = MailslotHost.start(LoopbackHosts.host("HOSTA", "WORKGROUP", 31, port).build());
        victim = MailslotHost.start(LoopbackHosts.host("VICTIM", "WORKGROUP", 32, port)
                .staticName("HOSTA", loopback(31)).build());
        Mailslot victimSlot = victim.createMailslot("\\\\.\\mailslot\\sink", 0, Duration.ofSeconds(10));
        Mailslot ours = host.createMailslot("\\\\.\\mailslot\\sink", 0, Duration.ofSeconds(10));
        // VICTIM talks to us first, so we learn where it is.
        victim.send(MailslotName.parse("\\\\HOSTA\\mailslot\\sink"), bytes("hello"), 0);
        ours.read();
        assertThat(host.resolve("VICTIM")).contains(new InetSocketAddress(loopback(32), port));

        try (DatagramSocket attacker = new DatagramSocket(new InetSocketAddress(loopback(66), 0))) {
            // Forged: source VICTIM, addressed to OTHER (not us, not our domain). Before the fix this redirected us.
            send(attacker, forged("VICTIM", NetbiosName.of("OTHER", 0)));
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> host.counters().drops(org.mailslot.slot.DropReason.NOT_FOR_US) == 1);
        }

        assertThat(host.resolve("VICTIM")).contains(new InetSocketAddress(loopback(32), port));
        host.send(MailslotName.parse("\\\\VICTIM\\mailslot\\sink"), bytes("for the victim"), 0);
        assertThat(new String(victimSlot.read().data(), StandardCharsets.US_ASCII)).isEqualTo("for the victim");
    }

    @Test
    void fiveThousandForgedNamesEvictNoRealOne() throws Exception {
        host = MailslotHost.start(LoopbackHosts.host("HOSTA", "WORKGROUP", 31, port).build());
        victim = MailslotHost.start(LoopbackHosts.host("VICTIM", "WORKGROUP", 32, port)
                .staticName("HOSTA", loopback(31)).build());
        Mailslot ours = host.createMailslot("\\\\.\\mailslot\\sink", 0, Duration.ofSeconds(10));
        victim.send(MailslotName.parse("\\\\HOSTA\\mailslot\\sink"), bytes("hello"), 0);
        ours.read();

        try (DatagramSocket attacker = new DatagramSocket(new InetSocketAddress(loopback(66), 0))) {
            for (int i = 0; i < 5_000; i++) {
                send(attacker, forged("FORGED" + i, NetbiosName.of("HOSTA", 0)));
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> host.resolver().learningRefusals()
                    .get("SOURCE_LIMIT") >= 5_000 - ResolverSettings.DEFAULTS.learnedPerSource());
        }

        assertThat(host.resolve("VICTIM")).contains(new InetSocketAddress(loopback(32), port));
        // The attacker's address taught only its share; every other forged name was refused, none evicted.
        assertThat(host.resolver().learningRefusals()).containsEntry("TABLE_FULL", 0L)
                .containsEntry("SOURCE_LIMIT", 5_000L - ResolverSettings.DEFAULTS.learnedPerSource());
    }

    @Test
    void learningCanBeTurnedOff() throws Exception {
        HostSettings settings = LoopbackHosts.host("HOSTA", "WORKGROUP", 31, port)
                .naming(NamingSettings.DEFAULTS.withResolver(ResolverSettings.DEFAULTS.withOrder(
                        List.of(ResolutionStep.STATIC))))
                .build();
        host = MailslotHost.start(settings);
        victim = MailslotHost.start(LoopbackHosts.host("VICTIM", "WORKGROUP", 32, port)
                .staticName("HOSTA", loopback(31)).build());
        Mailslot ours = host.createMailslot("\\\\.\\mailslot\\sink", 0, Duration.ofSeconds(10));
        victim.send(MailslotName.parse("\\\\HOSTA\\mailslot\\sink"), bytes("hello"), 0);
        ours.read();

        assertThat(host.resolve("VICTIM")).isEmpty();
        assertThat(host.resolver().learn("VICTIM", new InetSocketAddress(loopback(32), port))).isFalse();
    }

    private void send(DatagramSocket socket, byte[] datagram) throws Exception {
        socket.send(new DatagramPacket(datagram, datagram.length, new InetSocketAddress(loopback(31), port)));
    }

    private static byte[] forged(String source, NetbiosName destination) {
        MailslotDatagram datagram = new MailslotDatagram(DatagramType.DIRECT_UNIQUE, NodeType.B, 1, 0x7F000042, port(),
                NetbiosName.of(source, 0), destination, "\\MAILSLOT\\SINK", 0, bytes("forged"));
        MailslotCodec codec = MailslotCodec.windows();
        ByteBuffer out = ByteBuffer.allocate(codec.encodedLength(datagram));
        codec.encode(datagram, out);
        return out.array();
    }

    private static int port() {
        return 138;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
