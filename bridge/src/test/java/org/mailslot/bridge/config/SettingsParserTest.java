package org.mailslot.bridge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mailslot.jms.payload.PayloadFormat;
import org.mailslot.names.NameType;
import org.mailslot.wire.OemCodePage;
import org.mailslot.wire.WireLimits;

class SettingsParserTest {

    private final SettingsParser parser = new SettingsParser();

    @Test
    void defaultsMatchTheIssue() {
        BridgeSettings s = parser.parse(Map.of());

        assertThat(s.listen()).isEqualTo(new InetSocketAddress("127.0.0.1", 11138));
        assertThat(s.domain()).isEqualTo("WORKGROUP");
        assertThat(s.broker()).isEqualTo(new BrokerTarget.Embedded());
        assertThat(s.credentials()).isEmpty();
        assertThat(s.tcpHost().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(s.tcpPort()).isEqualTo(61616);
        assertThat(s.durable()).isFalse();
        assertThat(s.allowedSlots()).isEmpty();
        assertThat(s.rateLimit()).isEqualTo(RateLimit.UNLIMITED);
        assertThat(s.egressAddress()).isEqualTo("mailslot.out");
        assertThat(s.addressPrefix()).isEqualTo("mailslot");
        assertThat(s.dataDir()).isEqualTo(Path.of("mailslot-bridge-data"));
        assertThat(s.computerName()).matches("[A-Z0-9\\-_]{1,15}");
        assertThat(s.egressPayload()).isEqualTo(PayloadFormat.RAW);
        assertThat(s.staticNames()).isEmpty();
        assertThat(s.summaryInterval()).as("on change only").isEmpty();
        assertThat(s.scope()).isEmpty();
    }

    @Test
    void scopeIsTheNetbiosScopeId() {
        assertThat(parser.parse(Map.of("scope", "corp.example")).scope()).isEqualTo("corp.example");
        expectError(Map.of("scope", "corp..example"), "--scope: 'corp..example' is not a NetBIOS scope ID");
        expectError(Map.of("scope", "a b"), "--scope: 'a b' is not a NetBIOS scope ID");
    }

    @Test
    void wireLimitsIsAProfile() {
        assertThat(parser.parse(Map.of()).wireLimits()).isEqualTo(WireLimits.WINDOWS);
        assertThat(parser.parse(Map.of("wire-limits", "samba")).wireLimits()).isEqualTo(WireLimits.SAMBA);
        expectError(Map.of("wire-limits", "os2"), "--wire-limits: 'os2' is not windows or samba");
    }

    @Test
    void codePageIsTheOemCodePageOfSlotNames() {
        assertThat(parser.parse(Map.of()).codePage()).isEqualTo(OemCodePage.CP850);
        assertThat(parser.parse(Map.of("code-page", "437")).codePage()).isEqualTo(OemCodePage.CP437);
        assertThat(parser.parse(Map.of("code-page", "Cp852")).codePage().number()).isEqualTo(852);
        // The provider's wire.codePage refuses with the same words, after its own key.
        expectError(Map.of("code-page", "utf-8"), "--code-page: code page 'utf-8' cannot be used: it is not a code"
                + " page number (850) or IBMnnn/Cpnnn; supported: " + OemCodePage.SUPPORTED);
        expectError(Map.of("code-page", "864"), "--code-page: code page '864' cannot be used: IBM864 is not"
                + " ASCII-compatible");
    }

    @Test
    void receiveNameTypesAreAList() {
        assertThat(parser.parse(Map.of()).receiveNameTypes()).isEmpty();
        assertThat(parser.parse(Map.of("receive-name-types", "1D, msbrowse")).receiveNameTypes())
                .containsExactly(NameType.MASTER_BROWSER, NameType.MSBROWSE);
        expectError(Map.of("receive-name-types", "1D,browser"), "--receive-name-types: name type \"browser\"");
    }

    @Test
    void egressPayloadAndStaticNames() throws Exception {
        BridgeSettings s = parser.parse(Map.of("egress-payload", "JMS", "static-name", "plc7=192.0.2.7, hmi=192.0.2.8"));

        assertThat(s.egressPayload()).isEqualTo(PayloadFormat.JMS);
        assertThat(s.staticNames()).containsOnly(
                Map.entry("PLC7", InetAddress.getByName("192.0.2.7")),
                Map.entry("HMI", InetAddress.getByName("192.0.2.8")));
    }

    @Test
    void parsesEveryKindOfValue() {
        BridgeSettings s = parser.parse(Map.ofEntries(
                Map.entry("listen", "127.0.0.2:1138"),
                Map.entry("computer-name", "javahost"),
                Map.entry("domain", "plant"),
                Map.entry("broadcast", "127.255.255.255"),
                Map.entry("broker", "tcp://127.0.0.1:61617"),
                Map.entry("broker-user", "ops"),
                Map.entry("broker-password", "secret"),
                Map.entry("durable", "true"),
                Map.entry("allow", "status, net\\*"),
                Map.entry("rate-limit", "50/s,burst=80"),
                Map.entry("duplicate-window", "500ms"),
                Map.entry("max-slots", "50"),
                Map.entry("slot-idle", "2m"),
                Map.entry("summary-interval", "5m"),
                Map.entry("allow-object-class", "com.acme.Order, java.util.*"),
                Map.entry("ingress-buffer", "7"),
                Map.entry("address-prefix", "plant.ms")));

        assertThat(s.listen()).isEqualTo(new InetSocketAddress("127.0.0.2", 1138));
        assertThat(s.computerName()).isEqualTo("JAVAHOST");
        assertThat(s.domain()).isEqualTo("PLANT");
        assertThat(s.broadcast()).get().extracting(a -> a.getHostAddress()).isEqualTo("127.255.255.255");
        assertThat(s.broker()).isEqualTo(new BrokerTarget.Remote("tcp://127.0.0.1:61617"));
        assertThat(s.credentials()).contains(new BrokerCredentials("ops", "secret"));
        assertThat(s.durable()).isTrue();
        assertThat(s.allowedSlots()).containsExactly("status", "net\\*");
        assertThat(s.rateLimit()).isEqualTo(new RateLimit(50, 80));
        assertThat(s.duplicateWindow()).isEqualTo(java.time.Duration.ofMillis(500));
        assertThat(s.maxSlots()).isEqualTo(50);
        assertThat(s.slotIdle()).isEqualTo(java.time.Duration.ofMinutes(2));
        assertThat(s.summaryInterval()).contains(java.time.Duration.ofMinutes(5));
        assertThat(parser.parse(Map.of("summary-interval", "on-change")).summaryInterval()).isEmpty();
        assertThat(s.allowedObjectClasses()).containsExactly("com.acme.Order", "java.util.*");
        assertThat(s.ingressBuffer()).isEqualTo(7);
        assertThat(s.addressPrefix()).isEqualTo("plant.ms");
    }

    @Test
    void eachBadValueNamesItsSetting() {
        expectError(Map.of("listen", "0.0.0.0"), "--listen: '0.0.0.0' is not ADDR:PORT");
        expectError(Map.of("listen", "0.0.0.0:70000"), "--listen: 70000 is out of range 0..65535");
        expectError(Map.of("listen", "example.com:138"), "--listen: 'example.com' is not an IP address literal");
        expectError(Map.of("tcp-port", "x"), "--tcp-port: 'x' is not a whole number");
        expectError(Map.of("computer-name", "THIS-NAME-IS-TOO-LONG"), "--computer-name: 'THIS-NAME-IS-TOO-LONG'"
                + " is not a NetBIOS name");
        expectError(Map.of("broker", "http://x"), "--broker: 'http://x' is neither 'embedded' nor an Artemis URL");
        expectError(Map.of("durable", "maybe"), "--durable: 'maybe' is not true or false");
        expectError(Map.of("rate-limit", "fast"), "--rate-limit: 'fast' is not RATE[/s][,burst=N]");
        expectError(Map.of("egress-address", "a..b"), "--egress-address: 'a..b' is not an address name");
        expectError(Map.of("allow", "caf\u0085"), "--allow: 'caf\u0085' has a space or a control character");
        assertThat(parser.parse(Map.of("allow", "CAF\u00c9*")).allowedSlots()).as("slot names beyond ASCII")
                .containsExactly("CAF\u00c9*");
        expectError(Map.of("duplicate-window", "2 s"), "--duplicate-window: '2 s' is not a duration");
        expectError(Map.of("max-slots", "0"), "--max-slots: 0 is out of range");
        expectError(Map.of("summary-interval", "often"), "--summary-interval: 'often' is neither on-change nor a"
                + " duration such as 30s or 5m");
        expectError(Map.of("summary-interval", "0s"), "--summary-interval: 0s is too short: at least 1s, or on-change");
        expectError(Map.of("allow-object-class", "*"), "--allow-object-class: '*' is not a class name");
        expectError(Map.of("egress-payload", "xml"), "--egress-payload: 'xml' is not jms or raw");
        expectError(Map.of("static-name", "PLC7"), "--static-name: 'PLC7' is not NAME=ADDR");
        expectError(Map.of("static-name", "PLC7=::1"), "--static-name: 'PLC7=::1': NetBIOS datagrams carry IPv4");
    }

    @Test
    void userAndPasswordComeTogether() {
        expectError(Map.of("broker-user", "ops"), "--broker-password: missing");
        expectError(Map.of("broker-password", "pw"), "--broker-user: missing");
    }

    @Test
    void anonymousAccessIsRefusedOnANonLoopbackAcceptor() {
        expectError(Map.of("allow-anonymous", "true", "tcp-host", "0.0.0.0"),
                "--allow-anonymous: refused: the broker's TCP acceptor is bound to 0.0.0.0");
        assertThat(parser.parse(Map.of("allow-anonymous", "true", "tcp-host", "127.0.0.5")).allowAnonymous())
                .isTrue();
    }

    @Test
    void unknownKeysAreRejectedByName() {
        expectError(Map.of("tcp-prot", "1"), "unknown setting 'tcp-prot'");
    }

    @Test
    void blankValuesMeanTheDefault() {
        assertThat(parser.parse(Map.of("tcp-port", " ")).tcpPort()).isEqualTo(61616);
    }

    @Test
    void passwordNeverAppearsInToString() {
        assertThat(new BrokerCredentials("ops", "secret").toString()).doesNotContain("secret");
        assertThat(parser.parse(Map.of("broker-user", "ops", "broker-password", "secret")).toString())
                .doesNotContain("secret");
    }

    @Test
    void generatedPasswordsAreLongAndDiffer() {
        var random = new java.security.SecureRandom();
        BrokerCredentials a = BrokerCredentials.generate(random);
        BrokerCredentials b = BrokerCredentials.generate(random);

        assertThat(a.password()).hasSize(24).isNotEqualTo(b.password());
        assertThat(List.of(a.user(), b.user())).containsOnly("mailslot");
    }

    private void expectError(Map<String, String> values, String message) {
        assertThatThrownBy(() -> parser.parse(values))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith(message);
    }
}
