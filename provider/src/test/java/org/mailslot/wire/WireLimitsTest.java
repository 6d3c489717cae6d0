package org.mailslot.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireLimitsTest {

    @ParameterizedTest
    @CsvSource({"A, 428", "ABCD, 428", "ABCDE, 424", "a\\b\\c, 424", "ABCDEFGH, 424", "ABCDEFGHI, 420",
        "ABCDEFGHIJKLMNOP, 416"})
    void uniqueLimitIs432MinusRoundedNameLength(String slotPath, int expected) {
        assertThat(WireLimits.WINDOWS.maxPayload(false, "\\MAILSLOT\\" + slotPath)).isEqualTo(expected);
        assertThat(WireLimits.WINDOWS.maxPayload(false, "\\mailslot\\" + slotPath)).isEqualTo(expected);
        assertThat(WireLimits.WINDOWS.maxPayload(false, slotPath)).isEqualTo(expected);
    }

    // Windows caps the whole SMB at 512 bytes for group writes too: 424 up to 8 path characters, less beyond.
    @ParameterizedTest
    @CsvSource({"A, 424", "ABCD, 424", "ABCDEFGH, 424", "ABCDEFGHI, 420", "ABCDEFGHIJKL, 420",
        "ABCDEFGHIJKLM, 416", "ABCDEFGHIJKLMNOP, 416", "ABCDEFGHIJKLMNOPQ, 412", "NET\\NETLOGON, 420"})
    void groupLimitIs424OrLessSoThatTheSmbStaysWithin512Bytes(String slotPath, int expected) {
        assertThat(WireLimits.WINDOWS.maxPayload(true, "\\MAILSLOT\\" + slotPath)).isEqualTo(expected);
        assertThat(WireLimits.GROUP_PAYLOAD_LIMIT).isEqualTo(424);
    }

    @ParameterizedTest
    @CsvSource({"A", "ABCDEFGH", "ABCDEFGHI", "ABCDEFGHIJKLM", "ABCDEFGHIJKLMNOPQ"})
    void aGroupWriteAtTheLimitIsAn512ByteSmbOrLessAndOneMoreByteIsRefused(String slotPath) {
        String name = "\\MAILSLOT\\" + slotPath;
        int limit = WireLimits.WINDOWS.maxPayload(true, name);
        MailslotDatagram datagram = new MailslotDatagram(DatagramType.DIRECT_GROUP, NodeType.B, 1, 0x7F000001, 138,
                NetbiosName.of("HOSTA", 0), NetbiosName.of("WORKGROUP", 0), name, 0, new byte[limit]);
        MailslotCodec codec = MailslotCodec.windows();
        int smb = codec.encodedLength(datagram) - DatagramHeader.FIXED_LENGTH - 2 * 34;
        assertThat(smb).isLessThanOrEqualTo(512);
        assertThatThrownBy(() -> WireLimits.WINDOWS.check(limit + 1, true, name))
                .isInstanceOf(MessageTooLargeException.class);
    }

    @Test
    void ceilingAppliesToEveryTarget() {
        WireLimits limits = WireLimits.withCeiling(8000);

        assertThat(limits.maxPayload(true, "\\MAILSLOT\\A")).isEqualTo(8000);
        assertThat(limits.maxPayload(false, "\\MAILSLOT\\ABCDEFGHIJKLMNOP")).isEqualTo(8000);
        assertThat(limits).isEqualTo(WireLimits.withCeiling(8000)).isNotEqualTo(WireLimits.WINDOWS);
    }

    @Test
    void ceilingOutsideItsRangeIsRejected() {
        assertThatThrownBy(() -> WireLimits.withCeiling(0)).hasMessageContaining("0 is outside 1..65000");
        assertThatThrownBy(() -> WireLimits.withCeiling(65_001)).hasMessageContaining("65001 is outside");
    }

    @Test
    void checkNamesSizeLimitAndRule() {
        assertThatThrownBy(() -> WireLimits.WINDOWS.check(425, true, "\\MAILSLOT\\TEST"))
                .isInstanceOfSatisfying(MessageTooLargeException.class, e -> {
                    assertThat(e.size()).isEqualTo(425);
                    assertThat(e.limit()).isEqualTo(424);
                })
                .hasMessage("message of 425 bytes exceeds the limit of 424 bytes: "
                        + "group datagrams carry at most min(424, 432 - roundup4(4)) bytes so that the SMB stays"
                        + " within 512 bytes");
        assertThatThrownBy(() -> WireLimits.withCeiling(1000).check(1001, false, "\\MAILSLOT\\TEST"))
                .hasMessageContaining("configured ceiling for every target is 1000 bytes");
    }

    // nmbd reads 576 bytes of a UDP datagram: \MAILSLOT\TEST + 410 bytes was accepted, + 411 rejected (verified).
    @ParameterizedTest
    @CsvSource({"TEST, WINDOWS_CLIENT, '', 410", "TEST, SAMBA, '', 410", "A, SAMBA, '', 413", "A, WINDOWS_CLIENT, '', 410",
        "ABCDEFGHIJKLMNOP, SAMBA, '', 398", "TEST, SAMBA, corp.example, 384"})
    void sambaProfileKeepsWholeDatagramsWithin576Bytes(String slotPath, SmbProfile profile, String scope,
                                                       int expected) {
        String name = "\\MAILSLOT\\" + slotPath;
        int framing = MailslotCodec.framingLength(profile, scope, name);
        int limit = WireLimits.SAMBA.maxPayload(true, name, framing);
        assertThat(limit).isEqualTo(expected);
        MailslotCodec codec = new MailslotCodec(profile, WireLimits.SAMBA);

        assertThat(codec.encode(datagram(name, scope, limit))).hasSize(576);
        assertThatThrownBy(() -> codec.encode(datagram(name, scope, limit + 1)))
                .isInstanceOfSatisfying(MessageTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(limit))
                .hasMessageContaining("wire.limits=samba").hasMessageContaining("within 576 bytes");
    }

    @Test
    void sambaProfileNeverAllowsMoreThanWindows() {
        String name = "\\MAILSLOT\\A";
        int framing = MailslotCodec.framingLength(SmbProfile.SAMBA, "", name);
        assertThat(WireLimits.SAMBA.maxPayload(false, name, framing))
                .isLessThanOrEqualTo(WireLimits.WINDOWS.maxPayload(false, name, framing));
        assertThat(WireLimits.WINDOWS.maxPayload(true, name, framing)).isEqualTo(424);
        assertThat(WireLimits.profile("Samba")).isEqualTo(WireLimits.SAMBA).isNotEqualTo(WireLimits.WINDOWS);
        assertThat(WireLimits.profile("windows")).isEqualTo(WireLimits.WINDOWS);
        assertThatThrownBy(() -> WireLimits.profile("linux")).hasMessage("limits profile 'linux' is neither windows"
                + " nor samba");
    }

    private static MailslotDatagram datagram(String name, String scope, int size) {
        return new MailslotDatagram(DatagramType.DIRECT_GROUP, NodeType.B, 1, 0x7F000001, 138,
                NetbiosName.of("HOSTA", 0, scope), NetbiosName.of("WORKGROUP", 0, scope), name, 0, new byte[size]);
    }
}
