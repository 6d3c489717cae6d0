package org.mailslot.itests.host;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.mailslot.bridge.config.SettingsParser;
import org.mailslot.bridge.udp.UdpBridge;
import org.mailslot.itests.support.RealPeers;
import org.mailslot.itests.support.Tshark;
import org.mailslot.names.NameConflictException;
import org.mailslot.names.NamingSettings;
import org.mailslot.net.HostLookup;
import org.mailslot.net.ResolutionStep;
import org.mailslot.net.ResolverSettings;
import org.mailslot.slot.HostSettings;
import org.mailslot.slot.MailslotHost;
import org.mailslot.slot.Mailslot;
import org.mailslot.slot.MailslotName;
import org.mailslot.slot.MailslotWriter;
import org.mailslot.slot.ReceivedMessage;
import org.mailslot.names.NameType;
import org.mailslot.wire.NetbiosName;

/**
 * Our name service against Samba's nmbd and nmblookup in a network namespace, on the real ports 137 and 138:
 * nmblookup finds our name by unicast and broadcast and lists our names; we find SAMBAPEER with no static entry and
 * nmbd logs our write to it; a closed host's name no longer resolves; registering SAMBAPEER fails with a clear
 * message; tshark dissects every name-service packet we sent with no expert warning. DNS is off throughout.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NameServiceNmbdIT {

    private static final String OUR_NAME = "MSJNAMES";
    private static final String WORKGROUP = "WORKGROUP";
    private static final Duration PEER_DEADLINE = Duration.ofSeconds(60);

    private static VethNamespace namespace;
    private static NmbdPeer nmbd;
    private static MailslotHost host;
    private static NameServiceCapture capture;

    @BeforeAll
    static void start() throws Exception {
        RealPeers.assumeAvailable(Tools.isRoot(), "the name-service test needs root for a network namespace");
        RealPeers.assumeAvailable(Tools.onPath("ip"), "the name-service test needs 'ip' (apt-get install iproute2)");
        RealPeers.assumeAvailable(Tools.onPath("nmbd") && Tools.onPath("nmblookup"),
                "the name-service test needs nmbd and nmblookup (apt-get install samba samba-common-bin)");
        Tshark tshark = Tshark.locate();
        try {
            namespace = VethNamespace.create();
            capture = NameServiceCapture.start(tshark, namespace);
            nmbd = NmbdPeer.start(namespace, WORKGROUP);
            host = MailslotHost.start(settings(OUR_NAME));
        } catch (Exception | AssertionError e) {
            stop();
            throw e;
        }
    }

    private static HostSettings settings(String name) throws IOException {
        return HostSettings.builder(name)
                .domain(WORKGROUP)
                .bindAddress(namespace.hostInetAddress())
                .port(HostSettings.MAILSLOT_PORT)
                .hostLookup(HostLookup.NONE)
                .naming(NamingSettings.DEFAULTS.withNameService(137).withResolver(ResolverSettings.DEFAULTS.withOrder(
                        List.of(ResolutionStep.STATIC, ResolutionStep.NAME_SERVICE, ResolutionStep.LEARNED))))
                .build();
    }

    @AfterAll
    static void stop() throws Exception {
        if (host != null) {
            host.close();
        }
        NmbTools.stopPeer(nmbd, capture, namespace);
    }

    @Test
    @Order(1)
    void nmblookupFindsUsByUnicastAndBroadcast() throws Exception {
        String expected = namespace.hostAddress() + " " + OUR_NAME + "<00>";
        assertThat(nmblookup("-U", namespace.hostAddress(), OUR_NAME)).contains(expected);
        assertThat(nmblookup("-B", namespace.broadcastAddress(), OUR_NAME)).contains(expected);
    }

    @Test
    @Order(2)
    void nmblookupListsOurNames() throws Exception {
        String status = nmblookup("-A", namespace.hostAddress());
        assertThat(status).containsPattern(OUR_NAME + "\\s+<00> -\\s+B <ACTIVE>")
                .containsPattern(WORKGROUP + "\\s+<00> - <GROUP> B <ACTIVE>");
    }

    @Test
    @Order(3)
    void weFindSambapeerWithoutAStaticEntryAndNmbdLogsOurWrite() throws Exception {
        NetbiosName peer = NetbiosName.of(NmbdPeer.NETBIOS_NAME, 0);
        // nmbd answers once it has registered its names; ask until it does (each query is a fresh broadcast).
        await().atMost(PEER_DEADLINE).until(() -> host.nameService().orElseThrow().query(peer).isPresent());
        java.net.InetAddress peerAddress = namespace.peerInetAddress();
        assertThat(host.resolver().resolveWithStep(NmbdPeer.NETBIOS_NAME)).hasValueSatisfying(r -> {
            assertThat(r.step()).isEqualTo(ResolutionStep.NAME_SERVICE);
            assertThat(r.address().getAddress()).isEqualTo(peerAddress);
            assertThat(r.address().getPort()).isEqualTo(HostSettings.MAILSLOT_PORT);
        });
        MailslotWriter writer = host.openWriter("\\\\" + NmbdPeer.NETBIOS_NAME + "\\mailslot\\TEST");
        String line = "datagram from " + OUR_NAME + "<00> to " + NmbdPeer.NETBIOS_NAME + "<00> IP "
                + namespace.hostAddress() + " for \\MAILSLOT\\TEST";
        await().atMost(PEER_DEADLINE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            writer.write("found".getBytes(US_ASCII));
            return nmbd.log().contains(line);
        });
    }

    @Test
    @Order(4)
    void theMailslotCommandResolvesSambapeerAndListsItsNames() throws Exception {
        List<String> network = List.of("--listen", namespace.hostAddress() + ":138", "--broadcast",
                namespace.broadcastAddress(), "--resolve-order", "static,nameservice");
        assertThat(mailslotCommand("resolve", network, NmbdPeer.NETBIOS_NAME).lines())
                .contains(NmbdPeer.NETBIOS_NAME + "<00> " + namespace.peerAddress() + ":138 (nameservice)");
        assertThat(mailslotCommand("names", network, NmbdPeer.NETBIOS_NAME))
                .containsPattern(NmbdPeer.NETBIOS_NAME + "\\s+<00> -\\s+B <ACTIVE>")
                .containsPattern(WORKGROUP + "\\s+<1e> - <GROUP> B <ACTIVE>");
    }

    @Test
    @Order(5)
    void aHostAnnouncementToWorkgroup1dIsTakenWithoutWarning() throws Exception {
        awaitMasterBrowser();
        MailslotName browse = MailslotName.parse("\\\\" + WORKGROUP + "\\mailslot\\BROWSE");
        await().atMost(PEER_DEADLINE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            host.send(browse, NameType.MASTER_BROWSER, BrowserFrames.hostAnnouncement(OUR_NAME), 0);
            return nmbd.log().lines().anyMatch(line -> line.contains("process_host_announce")
                    && line.contains(OUR_NAME));
        });
        assertThat(nmbd.log()).doesNotContain("incorrect name type");
        // nmbd writes its browse list to browse.dat when the list changes, on its next pass.
        await().atMost(PEER_DEADLINE).until(() -> nmbd.browseList().contains("\"" + OUR_NAME + "\""));
    }

    @Test
    @Order(6)
    void aGetBackupListRequestToWorkgroup1dGetsNmbdsAnswer() throws Exception {
        awaitMasterBrowser();
        Mailslot replies = host.createMailslot("\\\\.\\mailslot\\BROWSE", 0, Duration.ZERO);
        MailslotName browse = MailslotName.parse("\\\\" + WORKGROUP + "\\mailslot\\BROWSE");
        ReceivedMessage[] answer = new ReceivedMessage[1];
        await().atMost(PEER_DEADLINE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            host.send(browse, NameType.MASTER_BROWSER, BrowserFrames.getBackupListRequest(0x4D534A31), 0);
            ReceivedMessage message;
            while ((message = replies.poll()) != null) {
                if (message.data().length > 0 && message.data()[0] == BrowserFrames.GET_BACKUP_LIST_RESPONSE) {
                    answer[0] = message;
                    return true;
                }
            }
            return false;
        });
        assertThat(answer[0].sourceComputer()).isEqualTo(NmbdPeer.NETBIOS_NAME);
        assertThat(answer[0].delivery()).isEqualTo(ReceivedMessage.Delivery.UNIQUE);
        assertThat(answer[0].destinationType()).isZero();
        assertThat(new String(answer[0].data(), US_ASCII)).contains(NmbdPeer.NETBIOS_NAME);
        assertThat(nmbd.log()).doesNotContain("Invalid name type");
        replies.close();
    }

    private static void awaitMasterBrowser() {
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
                nmbd.log().contains("is now a local master browser for workgroup " + WORKGROUP));
    }

    @Test
    @Order(7)
    void aClosedHostsNameNoLongerResolvesAndSambapeerCannotBeRegistered() throws Exception {
        host.close();
        String answer = nmblookup("-B", namespace.broadcastAddress(), OUR_NAME);
        assertThat(answer).contains("name_query failed to find name " + OUR_NAME);

        // nmbd owns SAMBAPEER<00> once it has registered it (it answered our queries above); it defends it.
        assertThatThrownBy(() -> MailslotHost.start(settings(NmbdPeer.NETBIOS_NAME)).close())
                .isInstanceOf(NameConflictException.class)
                .hasMessage("NetBIOS name SAMBAPEER<00> is already owned by " + namespace.peerAddress()
                        + " (it answered our registration with RCODE 6, ACT_ERR): choose another computer name, or"
                        + " stop the node that owns it");
    }

    @Test
    @Order(8)
    void theBridgeRegistersItsComputerNameAndReleasesItOnClose() throws Exception {
        Path dataDir = Files.createTempDirectory("mailslot-bridge-names");
        Map<String, String> values = new HashMap<>();
        values.put("listen", namespace.hostAddress() + ":138");
        values.put("computer-name", "MSJBRIDGE");
        values.put("name-service", "on");
        values.put("resolve-order", "static,nameservice,learned");
        values.put("tcp-port", Integer.toString(freeTcpPort()));
        values.put("data-dir", dataDir.toString());
        try (UdpBridge bridge = UdpBridge.start(new SettingsParser().parse(values))) {
            assertThat(nmblookup("-B", namespace.broadcastAddress(), "MSJBRIDGE"))
                    .contains(namespace.hostAddress() + " MSJBRIDGE<00>");
        } finally {
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
        assertThat(nmblookup("-B", namespace.broadcastAddress(), "MSJBRIDGE"))
                .contains("name_query failed to find name MSJBRIDGE");
    }

    @Test
    @Order(9)
    void tsharkDissectsOurNameServicePacketsWithoutExpertWarnings() throws Exception {
        List<List<String>> rows = capture.stopAndRead();
        List<List<String>> ours = new ArrayList<>();
        for (List<String> row : rows) {
            if (row.get(0).equals(namespace.hostAddress())) {
                ours.add(row);
            }
        }
        assertThat(ours).as("our name-service packets").hasSizeGreaterThan(6);
        NameServiceCapture.assertDissectedCleanly(ours);
        // Registrations (0x2910), answers to queries (0x8580), node status (0x8400), releases (0x3010).
        assertThat(ours).extracting(row -> row.get(1)).contains("0x2910", "0x8580", "0x8400", "0x3010");
    }

    private static String mailslotCommand(String command, List<String> network, String argument) throws Exception {
        return NmbTools.mailslotCommand(command, network, argument);
    }

    private static int freeTcpPort() throws IOException {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    private static String nmblookup(String... arguments) throws IOException, InterruptedException {
        return NmbTools.nmblookup(namespace, nmbd, arguments);
    }
}
