package org.mailslot.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.mailslot.jms.client.ProviderSettings;
import org.mailslot.slot.HostSettings;
import org.mailslot.wire.OemCodePage;
import org.mailslot.wire.SmbProfile;
import org.mailslot.wire.WireLimits;

class MailslotOptionsTest {

    @Test
    void aLocalUriHasNoHost() {
        MailslotOptions options = MailslotOptions.parse("mailslot://local?jms.persistentDelivery=reject");
        assertThat(options.isNetworked()).isFalse();
        assertThat(options.toProviderSettings().persistentDelivery())
                .isEqualTo(ProviderSettings.PersistentDelivery.REJECT);
        assertThat(options.toProviderSettings().computerName()).isEqualTo(".");
    }

    @Test
    void aNetworkUriConfiguresTheHost() {
        MailslotOptions options = MailslotOptions.parse("mailslot://127.0.0.9:13800?computerName=java1"
                + "&domain=corp&broadcast=127.255.255.255&names=PLC7=127.0.0.7&smbProfile=samba&wire.maxDatagram=8000");
        HostSettings host = options.toHostSettings();
        assertThat(host.computerName()).isEqualTo("JAVA1");
        assertThat(host.domain()).isEqualTo("CORP");
        assertThat(host.port()).isEqualTo(13800);
        assertThat(host.bindAddress().getHostAddress()).isEqualTo("127.0.0.9");
        assertThat(host.staticNames()).containsKey("PLC7");
        assertThat(host.smbProfile()).isEqualTo(SmbProfile.SAMBA);
        assertThat(host.wireLimits().maxPayload(true, "\\MAILSLOT\\X")).isEqualTo(8000);
        assertThat(options.toProviderSettings().computerName()).isEqualTo("java1");
    }

    @Test
    void wireLimitsChoosesTheSambaSafeProfileAndCannotBeRaisedWithIt() {
        assertThat(MailslotOptions.parse("mailslot://127.0.0.9:13800?wire.limits=samba").toHostSettings().wireLimits())
                .isEqualTo(WireLimits.SAMBA);
        assertThat(MailslotOptions.parse("mailslot://127.0.0.9:13800").toHostSettings().wireLimits())
                .isEqualTo(WireLimits.WINDOWS);
        assertThatThrownBy(() -> MailslotOptions.parse("mailslot://127.0.0.9:13800?wire.limits=samba"
                + "&wire.maxDatagram=8000")).hasMessageContaining("'wire.maxDatagram' and 'wire.limits=samba'"
                + " contradict each other");
    }

    @Test
    void wireCodePageChoosesTheOemCodePageOfSlotNames() {
        assertThat(MailslotOptions.parse("mailslot://127.0.0.9:13800").toHostSettings().codePage())
                .isEqualTo(OemCodePage.CP850);
        assertThat(MailslotOptions.parse("mailslot://127.0.0.9:13800?wire.codePage=437").toHostSettings().codePage())
                .isEqualTo(OemCodePage.CP437);
        assertThat(MailslotOptions.parse("mailslot://127.0.0.9:13800?wire.codePage=IBM852").toHostSettings()
                .codePage().number()).isEqualTo(852);
        assertThatThrownBy(() -> MailslotOptions.parse("mailslot://127.0.0.9:13800?wire.codePage=utf-8"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Mailslot option 'wire.codePage': code page 'utf-8' cannot be used: it is not a code page"
                        + " number (850) or IBMnnn/Cpnnn; supported: " + OemCodePage.SUPPORTED);
    }

    @Test
    void anUnknownKeyIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> MailslotOptions.parse("mailslot://local?jms.persistantDelivery=reject"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jms.persistantDelivery")
                .hasMessageContaining("jms.persistentDelivery");
    }

    @Test
    void malformedValuesNameTheKey() {
        assertThatThrownBy(() -> MailslotOptions.parse("mailslot://local?jms.persistentDelivery=maybe"))
                .hasMessageContaining("jms.persistentDelivery").hasMessageContaining("accept or reject");
        assertThatThrownBy(() -> MailslotOptions.parse("mailslot://127.0.0.1:1?broadcast=nowhere"))
                .hasMessageContaining("broadcast").hasMessageContaining("IPv4");
        assertThatThrownBy(() -> MailslotOptions.parse("mailslot://127.0.0.1:1?computerName=WAY_TOO_LONG_FOR_NETBIOS"))
                .hasMessageContaining("computerName");
        assertThatThrownBy(() -> MailslotOptions.parse("http://127.0.0.1:1"))
                .hasMessageContaining("mailslot://");
        assertThatThrownBy(() -> MailslotOptions.parse("mailslot://local?jms.deliveryThreads=0"))
                .hasMessageContaining("jms.deliveryThreads").hasMessageContaining("at least 1");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"jms.payload=xml", "jms.rawCharset=no-such-charset",
        "jms.rawAsText=maybe", "jms.credentials=nocolon", "jms.deliveryThreads=many", "nameLookup=ldap", "smbProfile=os2", "port=x",
        "wire.maxDatagram=huge", "wire.limits=os2", "wire.codePage=864", "receiveNameTypes=browser",
        "winsServer=wins.example", "nodeType=Q", "lmhosts=/no/such/lmhosts", "slotQuotaBytes=-", "broadcast=nowhere",
        "domain=WAY_TOO_LONG_FOR_NETBIOS"})
    void everyKeyIsCheckedOnEveryUriFormWithTheSameMessage(String option) {
        String local = "mailslot://local?" + option;
        String networked = "mailslot://127.0.0.1:1?" + option;
        Throwable onLocal = org.assertj.core.api.Assertions.catchThrowable(() -> MailslotOptions.parse(local));
        Throwable onNetworked = org.assertj.core.api.Assertions.catchThrowable(() -> MailslotOptions.parse(networked));

        assertThat(onLocal).as(local).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(option.substring(0, option.indexOf('=')));
        assertThat(onNetworked).as(networked).isInstanceOf(IllegalArgumentException.class);
        assertThat(onLocal.getMessage().replace(local, "URI"))
                .isEqualTo(onNetworked.getMessage().replace(networked, "URI"));
    }

    @Test
    void credentialsAndClientIdComeFromTheUri() {
        MailslotOptions options = MailslotOptions.parse("mailslot://local?jms.clientID=app1&jms.credentials=a:b,c:d");
        assertThat(options.clientId()).isEqualTo("app1");
        assertThat(options.credentials()).containsEntry("a", "b").containsEntry("c", "d");
    }

    @Test
    void everyOptionIsDocumented() throws IOException {
        Path doc = Path.of(System.getProperty("user.dir")).resolve("../docs/configuration.md");
        String text = Files.readString(doc);
        for (String key : MailslotOptions.KEYS.keySet()) {
            assertThat(text).as("docs/configuration.md documents %s", key).contains("`" + key + "`");
        }
    }
}
