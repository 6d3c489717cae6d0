package org.mailslot.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mailslot.wire.WireVectors.SMB_OFFSET;
import static org.mailslot.wire.WireVectors.WORKED_EXAMPLE;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Byte-exact vectors of transaction names beyond ASCII, both ways: the worked example of MAILSLOT-PROTOCOL §2.9 with
 * its slot name {@code TEST} replaced by four other bytes, written out by hand. {@code CAF\x82} is "CAFé" in code
 * pages 850 and 437 alike; {@code K\x9BGE} is "KøGE" in 850 and "K¢GE" in 437, which shows the setting is used.
 */
class OemNameVectorTest {

    private final MailslotCodec cp850 = new MailslotCodec(SmbProfile.WINDOWS_CLIENT, WireLimits.WINDOWS,
            OemCodePage.CP850);
    private final MailslotCodec cp437 = new MailslotCodec(SmbProfile.WINDOWS_CLIENT, WireLimits.WINDOWS,
            OemCodePage.CP437);

    /** The worked example (171 bytes) with slot path bytes {@code path}, four bytes like TEST. */
    private static byte[] workedExampleWithPath(String pathHex) {
        return WireVectors.windowsSmbHeader(new ByteVector().bytes(Arrays.copyOf(WORKED_EXAMPLE, SMB_OFFSET)))
                .hex("11 0000 0500 0200 0000 00 00 0200 00000000 0000 0000 5400 0500 5400 03 00 0100 0000 0200 1400")
                .ascii("\\MAILSLOT\\").hex(pathHex).hex("00").ascii("hello").toArray();
    }

    private static MailslotDatagram workedExampleNamed(String mailslotName) {
        MailslotDatagram example = WireVectors.workedExample();
        return new MailslotDatagram(example.type(), example.nodeType(), example.datagramId(), example.sourceIp(),
                example.sourcePort(), example.source(), example.destination(), mailslotName, example.priority(),
                example.data());
    }

    @Test
    void theVectorIsTheWorkedExampleWithFourOtherNameBytes() {
        byte[] ascii = workedExampleWithPath("54 45 53 54");
        assertThat(ascii).isEqualTo(WORKED_EXAMPLE);
        byte[] cafe = workedExampleWithPath("43 41 46 82");
        assertThat(cafe).hasSize(171);
        assertThat(Arrays.copyOfRange(cafe, SMB_OFFSET + 69, SMB_OFFSET + 84))
                .isEqualTo(ByteVector.ofHex("5c 4d 41 49 4c 53 4c 4f 54 5c 43 41 46 82 00"));
    }

    @Test
    void cafe0x82IsCafeAcuteIn850BothWays() throws Exception {
        byte[] wire = workedExampleWithPath("43 41 46 82");
        MailslotDatagram cafe = workedExampleNamed("\\MAILSLOT\\CAF\u00e9");

        assertThat(cp850.decode(wire, 0, wire.length)).isEqualTo(cafe);
        assertThat(cp850.decode(wire, 0, wire.length).slotPath()).isEqualTo("CAF\u00e9");
        assertThat(cp850.encodedLength(cafe)).isEqualTo(171);
        assertThat(cp850.encode(cafe)).isEqualTo(wire);
    }

    @Test
    void cafe0x82IsCafeAcuteIn437Too() throws Exception {
        byte[] wire = workedExampleWithPath("43 41 46 82");
        MailslotDatagram cafe = workedExampleNamed("\\MAILSLOT\\CAF\u00e9");

        assertThat(cp437.decode(wire, 0, wire.length)).isEqualTo(cafe);
        assertThat(cp437.encode(cafe)).isEqualTo(wire);
    }

    @Test
    void upperCaseEAcuteIs0x90AndTheWireKeepsTheCaseAsWritten() throws Exception {
        byte[] wire = workedExampleWithPath("43 41 46 90");
        MailslotDatagram upper = workedExampleNamed("\\MAILSLOT\\CAF\u00c9");

        assertThat(cp850.encode(upper)).isEqualTo(wire);
        assertThat(cp850.decode(wire, 0, wire.length).slotPath()).isEqualTo("CAF\u00c9");
    }

    @Test
    void byte0x9BIsOSlashIn850AndCentIn437() throws Exception {
        byte[] wire = workedExampleWithPath("4b 9b 47 45");

        assertThat(cp850.decode(wire, 0, wire.length).slotPath()).isEqualTo("K\u00f8GE");
        assertThat(cp437.decode(wire, 0, wire.length).slotPath()).isEqualTo("K\u00a2GE");
        assertThat(cp850.encode(workedExampleNamed("\\MAILSLOT\\K\u00f8GE"))).isEqualTo(wire);
        assertThat(cp437.encode(workedExampleNamed("\\MAILSLOT\\K\u00a2GE"))).isEqualTo(wire);
        // '¢' is 0xBD in 850.
        assertThat(cp850.encode(workedExampleNamed("\\MAILSLOT\\K\u00a2GE")))
                .isEqualTo(workedExampleWithPath("4b bd 47 45"));
    }

    @Test
    void aCharacterTheCodePageLacksIsRefusedBeforeAnythingIsWritten() {
        MailslotDatagram oSlash = workedExampleNamed("\\MAILSLOT\\K\u00f8GE");
        ByteBuffer out = ByteBuffer.allocate(512);

        assertThatThrownBy(() -> cp437.encode(oSlash, out))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mailslot name '\\MAILSLOT\\K\u00f8GE' cannot be written: the character '\u00f8' (U+00F8)"
                        + " at position 11 has no byte in OEM code page 437, which mailslot names travel in");
        assertThat(out.position()).isZero();
        assertThat(out.array()).containsOnly(0);
        assertThatThrownBy(() -> cp850.encode(workedExampleNamed("\\MAILSLOT\\\u0151")))
                .hasMessageContaining("'\u0151' (U+0151)").hasMessageContaining("code page 850");
    }

    @Test
    void aDirectBufferDecodesTheSameName() throws Exception {
        byte[] wire = workedExampleWithPath("43 41 46 82");
        ByteBuffer direct = ByteBuffer.allocateDirect(wire.length).put(wire).flip();

        assertThat(cp850.decode(direct).slotPath()).isEqualTo("CAF\u00e9");
    }

    @Test
    void aLongNameWithTheByteInsideAnEightByteBlockIsReadThroughTheCodePage() throws Exception {
        // \MAILSLOT\ABCDE + 0x82: the OEM byte is the 16th byte, inside the second block of the ASCII check.
        MailslotDatagram d = workedExampleNamed("\\MAILSLOT\\ABCDE\u00e9");
        byte[] wire = cp850.encode(d);
        int nameStart = SMB_OFFSET + 69;
        assertThat(wire[nameStart + 15]).isEqualTo((byte) 0x82);
        assertThat(cp850.decode(wire, 0, wire.length)).isEqualTo(d);
    }

    @Test
    void eachCodecRemembersNamesInItsOwnCodePage() throws Exception {
        byte[] wire = workedExampleWithPath("4b 9b 47 45");
        for (int i = 0; i < 3; i++) {
            assertThat(cp850.decode(wire, 0, wire.length).slotPath()).isEqualTo("K\u00f8GE");
            assertThat(cp437.decode(wire, 0, wire.length).slotPath()).isEqualTo("K\u00a2GE");
        }
        // The same codec, one byte apart: the cache compares bytes, so 0x82 and 0x90 stay two names.
        byte[] lower = workedExampleWithPath("43 41 46 82");
        byte[] upper = workedExampleWithPath("43 41 46 90");
        assertThat(cp850.decode(lower, 0, lower.length).slotPath()).isEqualTo("CAF\u00e9");
        assertThat(cp850.decode(upper, 0, upper.length).slotPath()).isEqualTo("CAF\u00c9");
        assertThat(cp850.decode(lower, 0, lower.length).slotPath()).isEqualTo("CAF\u00e9");
    }

    @Test
    void anAsciiNameDecodesAsBefore() throws Exception {
        MailslotDatagram decoded = cp437.decode(WORKED_EXAMPLE, 0, WORKED_EXAMPLE.length);
        assertThat(decoded).isEqualTo(WireVectors.workedExample());
        assertThat(new String(decoded.data(), StandardCharsets.US_ASCII)).isEqualTo("hello");
    }

    @Test
    void theAsciiCheckLooksAtEveryByteOfEveryBlock() {
        byte[] bytes = new byte[48];
        Arrays.fill(bytes, (byte) 'a');
        for (int start = 0; start < 3; start++) {
            for (int length = 0; length <= 40; length++) {
                assertThat(new WireReader(bytes, start, start + length).isAscii(start, length)).isTrue();
                for (int high = start; high < start + length; high++) {
                    bytes[high] = (byte) 0x80;
                    assertThat(new WireReader(bytes, start, start + length).isAscii(start, length))
                            .as("start %d, length %d, 0x80 at %d", start, length, high).isFalse();
                    assertThat(new WireReader(ByteBuffer.allocateDirect(48).put(bytes).flip()).isAscii(start, length))
                            .isFalse();
                    bytes[high] = 'a';
                }
            }
        }
    }
}
