package org.mailslot.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.wire.OemCodePage;

/**
 * A host checks a slot path against its OEM code page where a write leaves for the network, and nowhere else: local
 * slots take any name, as Windows' local names are Unicode.
 */
@Timeout(30)
class OemSlotNameHostTest {

    @Test
    void aNetworkWriteWithACharacterTheCodePageLacksIsRefusedNamingIt() throws Exception {
        int port = LoopbackHosts.freePort();
        try (MailslotHost host = MailslotHost.start(LoopbackHosts.host("JAVA1", "WORKGROUP", 64, port).build())) {
            MailslotName target = MailslotName.parse("\\\\WORKGROUP\\mailslot\\\u0151");

            assertThatThrownBy(() -> host.target(target))
                    .isInstanceOfSatisfying(MailslotNameException.class,
                            e -> assertThat(e.rule()).isEqualTo(MailslotNameException.Rule.BAD_CHARACTER))
                    .hasMessageContaining("'\u0151' (U+0151) at position 0 has no byte in OEM code page 850")
                    .hasMessageContaining("wire.codePage").hasMessageContaining("--code-page");
            assertThatThrownBy(() -> host.send(target, new byte[] {1}, 0)).isInstanceOf(MailslotNameException.class);
            assertThat(host.counters().sent()).isZero();
            assertThat(host.target(MailslotName.parse("\\\\WORKGROUP\\mailslot\\CAF\u00e9")).group()).isTrue();
        }
    }

    @Test
    void anotherCodePageHasTheCharacter() throws Exception {
        int port = LoopbackHosts.freePort();
        try (MailslotHost host = MailslotHost.start(LoopbackHosts.host("JAVA1", "WORKGROUP", 64, port)
                .codePage(OemCodePage.parse("852")).build())) {
            assertThat(host.target(MailslotName.parse("\\\\WORKGROUP\\mailslot\\\u0151")).group()).isTrue();
        }
    }

    @Test
    void localSlotsTakeAnyNameAndFoldItsCase() throws Exception {
        try (MailslotHost host = MailslotHost.localOnly("JAVA1");
             Mailslot slot = host.createMailslot(MailslotName.local("\u0150"), 0, Mailslot.WAIT_FOREVER)) {
            host.openWriter("\\\\.\\mailslot\\\u0151").write(new byte[] {7});
            // A local-only host writes its own domain without the wire: no code page applies.
            host.send(MailslotName.parse("\\\\*\\mailslot\\\u0151"), new byte[] {8}, 0);

            assertThat(slot.read(Duration.ofSeconds(5)).data()).containsExactly(7);
            assertThat(slot.read(Duration.ofSeconds(5)).data()).containsExactly(8);
        }
    }
}
