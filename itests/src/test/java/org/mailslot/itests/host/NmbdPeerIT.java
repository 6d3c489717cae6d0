package org.mailslot.itests.host;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.itests.support.RealPeers;
import org.mailslot.names.NameType;
import org.mailslot.net.HostLookup;
import org.mailslot.slot.HostSettings;
import org.mailslot.slot.Mailslot;
import org.mailslot.slot.MailslotHost;
import org.mailslot.slot.MailslotWriter;
import org.mailslot.slot.ReceivedMessage;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.MessageTooLargeException;
import org.mailslot.wire.WireLimits;

/**
 * Our host against Samba's nmbd in a network namespace: nmbd's own {@code \MAILSLOT\BROWSE} broadcasts reach our
 * host and decode, and our writes to {@code \\SAMBAPEER\mailslot\TEST} and {@code \\WORKGROUP\mailslot\TEST} show
 * up in nmbd's log as datagrams it parsed; so does a write to {@code \\SAMBAPEER\mailslot\CAFé}, with the byte 0x82 of
 * code page 850 in its name.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NmbdPeerIT {

    private static final String OUR_NAME = "MSJHOST";
    private static final String WORKGROUP = "WORKGROUP";
    // nmbd starts announcing within about 20-40 s; the deadline leaves room on a loaded machine.
    private static final Duration BROADCAST_DEADLINE = Duration.ofSeconds(70);
    private static final Duration LOG_DEADLINE = Duration.ofSeconds(40);

    private static VethNamespace namespace;
    private static NmbdPeer nmbd;
    private static MailslotHost host;
    private static Mailslot browse;
    private static final List<MailslotDatagram> heard = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startPeer() throws Exception {
        RealPeers.assumeAvailable(Tools.isRoot(), "the nmbd test needs root to create a network namespace (run as root)");
        RealPeers.assumeAvailable(Tools.onPath("ip"), "the nmbd test needs 'ip' (apt-get install iproute2)");
        RealPeers.assumeAvailable(Tools.onPath("nmbd"), "the nmbd test needs Samba's nmbd (apt-get install samba)");
        try {
            namespace = VethNamespace.create();
            host = MailslotHost.start(HostSettings.builder(OUR_NAME)
                    .domain(WORKGROUP)
                    .bindAddress(namespace.hostInetAddress())
                    .port(HostSettings.MAILSLOT_PORT)
                    .staticName(NmbdPeer.NETBIOS_NAME, namespace.peerInetAddress())
                    .hostLookup(HostLookup.NONE)
                    // A browse listener: nmbd's announcements go to WORKGROUP<1D>/<1E>, not a workstation's names.
                    .receiveNameType(NameType.MASTER_BROWSER)
                    .receiveNameType(NameType.BROWSER_ELECTIONS)
                    // The Samba-safe limits: whole datagrams within the 576 bytes nmbd reads.
                    .wireLimits(WireLimits.SAMBA)
                    .build());
            host.addDatagramHandler((datagram, source) -> heard.add(datagram));
            browse = host.createMailslot("\\\\.\\mailslot\\BROWSE", 0, Duration.ZERO);
            nmbd = NmbdPeer.start(namespace, WORKGROUP);
        } catch (Exception | AssertionError e) {
            stopPeer();
            throw e;
        }
    }

    @AfterAll
    static void stopPeer() throws Exception {
        if (host != null) {
            host.close();
        }
        NmbTools.stopPeer(nmbd, null, namespace);
    }

    @Test
    void ourGroupBroadcastsGoToTheBroadcastAddressOfTheVethInterface() {
        assertThat(host.groupTargets()).containsExactly(
                new InetSocketAddress(namespace.broadcastAddress(), HostSettings.MAILSLOT_PORT));
    }

    @Test
    void nmbdParsesOurUniqueAndGroupWrites() throws Exception {
        MailslotWriter unique = host.openWriter("\\\\" + NmbdPeer.NETBIOS_NAME + "\\mailslot\\TEST");
        MailslotWriter group = host.openWriter("\\\\" + WORKGROUP + "\\mailslot\\TEST");
        String uniqueLine = "datagram from " + OUR_NAME + "<00> to " + NmbdPeer.NETBIOS_NAME + "<00> IP "
                + namespace.hostAddress() + " for \\MAILSLOT\\TEST";
        String groupLine = "datagram from " + OUR_NAME + "<00> to " + WORKGROUP + "<00> IP "
                + namespace.hostAddress() + " for \\MAILSLOT\\TEST";
        // nmbd drops datagrams for names it has not registered yet, so write again until its log shows one.
        await().atMost(LOG_DEADLINE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            assertThat(nmbd.isAlive()).as("nmbd is running").isTrue();
            unique.write("hello".getBytes(US_ASCII));
            group.write("group".getBytes(US_ASCII));
            String log = nmbd.log();
            return log.contains(uniqueLine) && log.contains(groupLine);
        });
        assertThat(nmbd.log()).contains(uniqueLine + " of type 104 len=5").contains(groupLine + " of type 103 len=5");
    }

    @Test
    void nmbdParsesOurWriteToASlotNameBeyondAsciiWithItsOemByte() throws Exception {
        // The host's default code page 850 writes 'é' as 0x82; nmbd logs the transaction name's bytes as they came
        // (the log is read as ISO-8859-1, one char per byte, so 0x82 is U+0082 here).
        MailslotWriter unique = host.openWriter("\\\\" + NmbdPeer.NETBIOS_NAME + "\\mailslot\\CAF\u00e9");
        String line = "datagram from " + OUR_NAME + "<00> to " + NmbdPeer.NETBIOS_NAME + "<00> IP "
                + namespace.hostAddress() + " for \\MAILSLOT\\CAF\u0082 of type 111 len=2";
        try {
            await().atMost(LOG_DEADLINE).pollInterval(Duration.ofSeconds(1)).until(() -> {
                unique.write("ok".getBytes(US_ASCII));
                return nmbd.log().contains(line);
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("nmbd never logged '" + line + "'; its log about CAF says: "
                    + nmbd.log().lines().filter(l -> l.contains("CAF")).toList(), e);
        }
    }

    @Test
    void theSambaLimitsProfileSendsTheLargestWriteNmbdAcceptsAndRefusesOneByteMore() throws Exception {
        MailslotWriter unique = host.openWriter("\\\\" + NmbdPeer.NETBIOS_NAME + "\\mailslot\\TEST");
        byte[] largest = new byte[410];
        java.util.Arrays.fill(largest, (byte) 'L');
        // nmbd logs the first data byte as the "type" ('L' = 76) and the 576-byte packet it read.
        String line = "datagram from " + OUR_NAME + "<00> to " + NmbdPeer.NETBIOS_NAME + "<00> IP "
                + namespace.hostAddress() + " for \\MAILSLOT\\TEST of type 76 len=410";
        try {
            await().atMost(LOG_DEADLINE).pollInterval(Duration.ofSeconds(1)).until(() -> {
                unique.write(largest);
                return nmbd.log().contains(line);
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("nmbd never logged '" + line + "'; its log about TEST says: "
                    + nmbd.log().lines().filter(l -> l.contains("TEST") || l.contains("576") || l.contains("alformed"))
                    .toList(), e);
        }
        assertThat(nmbd.log()).contains("Received a packet of len 576 from (" + namespace.hostAddress() + ")");
        assertThatThrownBy(() -> unique.write(new byte[411])).isInstanceOf(MessageTooLargeException.class)
                .hasMessageContaining("at most 410").hasMessageContaining("wire.limits=samba");
    }

    @Test
    void weReceiveAndDecodeNmbdsBrowseBroadcasts() throws Exception {
        await().atMost(BROADCAST_DEADLINE).pollInterval(Duration.ofMillis(500))
                .until(() -> heard.stream().anyMatch(NmbdPeerIT::isBrowseFromNmbd));
        MailslotDatagram announcement = heard.stream().filter(NmbdPeerIT::isBrowseFromNmbd).findFirst().orElseThrow();
        assertThat(announcement.type().isGroup()).isTrue();
        assertThat(announcement.sourceAddress().getHostAddress()).isEqualTo(namespace.peerAddress());
        assertThat(host.resolve(NmbdPeer.NETBIOS_NAME)).get()
                .extracting(InetSocketAddress::getAddress).isEqualTo(namespace.peerInetAddress());

        // Those addressed to WORKGROUP<1D>/<1E> are for our domain and, as the host asked for those name types,
        // land in our BROWSE slot.
        await().atMost(BROADCAST_DEADLINE).until(() -> browse.info().messageCount() > 0);
        ReceivedMessage message = browse.poll();
        assertThat(message.destinationType()).isIn(0x1D, 0x1E);
        assertThat(message.sourceComputer()).isEqualTo(NmbdPeer.NETBIOS_NAME);
        assertThat(message.sourceAddress().getAddress()).isEqualTo(namespace.peerInetAddress());
        assertThat(message.delivery()).isEqualTo(ReceivedMessage.Delivery.GROUP);
        assertThat(message.data()).isNotEmpty();
    }

    private static boolean isBrowseFromNmbd(MailslotDatagram datagram) {
        return datagram.source().name().equals(NmbdPeer.NETBIOS_NAME)
                && datagram.mailslotName().equalsIgnoreCase("\\MAILSLOT\\BROWSE");
    }
}
