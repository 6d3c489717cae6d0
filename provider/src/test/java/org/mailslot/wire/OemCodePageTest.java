package org.mailslot.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OemCodePageTest {

    @ParameterizedTest
    @CsvSource({"850, IBM850", "437, IBM437"})
    void theBuiltInTablesAreTheJdkCharsets(int number, String charsetName) {
        // The built-in tables keep the default working without jdk.charsets; they must say what the JDK says.
        OemCodePage page = OemCodePage.parse(Integer.toString(number));
        Charset jdk = Charset.forName(charsetName);
        for (int b = 0; b < 256; b++) {
            char expected = new String(new byte[] {(byte) b}, jdk).charAt(0);
            assertThat(page.charOf(b)).as("byte 0x%02X", b).isEqualTo(expected);
            assertThat(page.byteOf(expected)).as("character of 0x%02X", b).isEqualTo((byte) b);
            assertThat(String.valueOf(expected).getBytes(jdk)).containsExactly((byte) b);
        }
        assertThat(page.charsetName()).isEqualTo(jdk.name());
    }

    @Test
    void theDefaultIs850() {
        assertThat(OemCodePage.DEFAULT).isSameAs(OemCodePage.CP850).hasToString("OEM code page 850");
        assertThat(OemCodePage.DEFAULT.number()).isEqualTo(850);
    }

    @ParameterizedTest
    @ValueSource(strings = {"850", "IBM850", "ibm850", "Cp850", " CP850 "})
    void everySpellingOf850IsTheBuiltInTable(String value) {
        assertThat(OemCodePage.parse(value)).isSameAs(OemCodePage.CP850);
    }

    @Test
    void theTwoCommonPagesDifferAt0x9B() {
        assertThat(OemCodePage.CP850.charOf(0x9B)).isEqualTo('\u00F8');
        assertThat(OemCodePage.CP437.charOf(0x9B)).isEqualTo('\u00A2');
        assertThat(OemCodePage.CP850.charOf(0x82)).isEqualTo(OemCodePage.CP437.charOf(0x82)).isEqualTo('\u00E9');
        assertThat(OemCodePage.CP850.charOf(0x90)).isEqualTo('\u00C9');
    }

    @Test
    void otherSingleByteAsciiPagesComeFromTheJdk() {
        OemCodePage centralEurope = OemCodePage.parse("852");
        assertThat(centralEurope.number()).isEqualTo(852);
        assertThat(centralEurope.charsetName()).isEqualTo("IBM852");
        assertThat(centralEurope.charOf(0x9B)).isEqualTo('\u0164');
        assertThat(centralEurope.canEncode('\u0151')).isTrue();
        assertThat(OemCodePage.CP850.canEncode('\u0151')).isFalse();
        assertThat(OemCodePage.parse("IBM858").charOf(0xD5)).as("850 with the euro sign").isEqualTo('\u20AC');
        assertThat(OemCodePage.parse("cp866").charOf(0x82)).isEqualTo('\u0412');
        // Turkish 857 leaves three bytes unassigned.
        assertThat(OemCodePage.parse("857").charOf(0xD5)).isEqualTo(OemCodePage.UNMAPPED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|not a code page number",
        "utf-8|not a code page number",
        "IBM|not a code page number",
        "850a|not a code page number",
        "123456|not a code page number",
        "99999|this Java runtime knows no such charset",
        "864|IBM864 is not ASCII-compatible: byte 0x25",
        "037|IBM037 is not ASCII-compatible: byte 0x",
        "37|IBM037 is not ASCII-compatible: byte 0x",
        "949|x-IBM949 is not a single-byte code page",
    })
    void anythingElseIsRefusedSayingWhatIsSupported(String value, String why) {
        assertThatThrownBy(() -> OemCodePage.parse(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("code page '" + value + "' cannot be used: ")
                .hasMessageContaining(why)
                .hasMessageEndingWith("; supported: " + OemCodePage.SUPPORTED);
    }

    @Test
    void everyAsciiCharacterIsItsOwnByte() {
        for (char c = 0; c < 0x80; c++) {
            assertThat(OemCodePage.CP437.canEncode(c)).isTrue();
            assertThat(OemCodePage.CP437.byteOf(c)).isEqualTo((byte) c);
            assertThat(OemCodePage.CP850.charOf(c)).isEqualTo(c);
        }
    }

    @Test
    void theProblemNamesTheCharacterItsPositionAndTheCodePage() {
        assertThat(OemCodePage.CP850.problemWith("CAF\u00e9")).isNull();
        assertThat(OemCodePage.CP850.indexOfUnencodable("K\u00f8GE")).isEqualTo(-1);
        assertThat(OemCodePage.CP437.indexOfUnencodable("K\u00f8GE")).isEqualTo(1);
        assertThat(OemCodePage.CP437.problemWith("K\u00f8GE")).isEqualTo("the character '\u00f8' (U+00F8) at position"
                + " 1 has no byte in OEM code page 437, which mailslot names travel in");
        assertThat(OemCodePage.CP850.problemWith("\uD83D\uDE00")).contains("U+D83D", "position 0");
    }
}
