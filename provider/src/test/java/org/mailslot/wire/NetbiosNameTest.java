package org.mailslot.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NetbiosNameTest {

    @Test
    void upperCasesAndDropsTrailingSpaces() {
        NetbiosName name = NetbiosName.of("hosta  ", 0x20);

        assertThat(name.name()).isEqualTo("HOSTA");
        assertThat(name.suffix()).isEqualTo(0x20);
        assertThat(name.scope()).isEmpty();
        assertThat(name).isEqualTo(NetbiosName.of("HOSTA", 0x20));
    }

    @Test
    void toStringShowsSuffixInHexAndScope() {
        assertThat(NetbiosName.of("HOSTA", 0)).hasToString("HOSTA<00>");
        assertThat(NetbiosName.of("WORKGROUP", 0x1D)).hasToString("WORKGROUP<1D>");
        assertThat(NetbiosName.of("HOSTA", 0xFF, "corp.example")).hasToString("HOSTA<FF>.corp.example");
    }

    @Test
    void wildcardIsStarWithSuffixZero() {
        assertThat(NetbiosName.WILDCARD.name()).isEqualTo("*");
        assertThat(NetbiosName.WILDCARD.suffix()).isZero();
        assertThat(NetbiosName.WILDCARD.isWildcard()).isTrue();
        assertThat(NetbiosName.of("HOSTA", 0).isWildcard()).isFalse();
    }

    @Test
    void browserNameWithControlBytesIsAccepted() {
        NetbiosName msBrowse = NetbiosName.of("\u0001\u0002__MSBROWSE__\u0002", 0x01);

        assertThat(encode(msBrowse)).isEqualTo("AB" + "AC" + "FPFP" + "ENFDECFCEPFHFDEF" + "FPFP" + "AC" + "AB");
    }

    @ParameterizedTest
    @CsvSource({
        "HOSTA,     0, EIEPFDFEEBCACACACACACACACACACAAA",
        "WORKGROUP, 0, FHEPFCELEHFCEPFFFACACACACACACAAA",
        "WORKGROUP, 29, FHEPFCELEHFCEPFFFACACACACACACABN",
        "*,         0, CKAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    })
    void firstLevelEncodingMatchesTheProtocolExamples(String text, int suffix, String encoded) {
        assertThat(encode(NetbiosName.of(text, suffix))).isEqualTo(encoded);
    }

    @Test
    void rejectsEmptyTooLongAndNonAsciiNames() {
        assertThatThrownBy(() -> NetbiosName.of("", 0)).hasMessageContaining("empty");
        assertThatThrownBy(() -> NetbiosName.of("   ", 0)).hasMessageContaining("empty");
        assertThatThrownBy(() -> NetbiosName.of("SIXTEENCHARSLONG", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16 characters; at most 15");
        assertThatThrownBy(() -> NetbiosName.of("CAF\u00C9", 0)).hasMessageContaining("character 0xC9 at index 3");
        assertThatThrownBy(() -> NetbiosName.of("A\u0000B", 0)).hasMessageContaining("0x00");
    }

    @Test
    void rejectsSuffixOutsideAByte() {
        assertThatThrownBy(() -> NetbiosName.of("HOSTA", 256)).hasMessageContaining("suffix 256");
        assertThatThrownBy(() -> NetbiosName.of("HOSTA", -1)).hasMessageContaining("suffix -1");
    }

    @Test
    void rejectsBadScopes() {
        assertThatThrownBy(() -> NetbiosName.of("H", 0, "corp..example")).hasMessageContaining("label of 0");
        assertThatThrownBy(() -> NetbiosName.of("H", 0, ".corp")).hasMessageContaining("label of 0");
        assertThatThrownBy(() -> NetbiosName.of("H", 0, "a".repeat(64))).hasMessageContaining("label of 64");
        assertThatThrownBy(() -> NetbiosName.of("H", 0, "co rp")).hasMessageContaining("0x20");
        String tooLong = ("a".repeat(63) + ".").repeat(3) + "a".repeat(29);
        assertThat(tooLong).hasSize(221);
        assertThatThrownBy(() -> NetbiosName.of("H", 0, tooLong)).hasMessageContaining("221 characters");
        assertThat(NetbiosName.of("H", 0, tooLong.substring(1)).scope()).hasSize(220);
    }

    @Test
    void rejectsNulls() {
        assertThatThrownBy(() -> new NetbiosName(null, 0, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NetbiosName("A", 0, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String encode(NetbiosName name) {
        ByteBuffer out = ByteBuffer.allocate(NetbiosNameCodec.encodedLength(name));
        NetbiosNameCodec.encode(name, out, 0);
        return new String(out.array(), 1, 32, StandardCharsets.US_ASCII);
    }
}
