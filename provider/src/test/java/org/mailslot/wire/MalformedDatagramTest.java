package org.mailslot.wire;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mailslot.wire.WireFormatException.Reason.BAD_MAILSLOT_NAME;
import static org.mailslot.wire.WireFormatException.Reason.BAD_NAME_CHARACTER;
import static org.mailslot.wire.WireFormatException.Reason.BAD_NAME_LENGTH;
import static org.mailslot.wire.WireFormatException.Reason.BAD_OPCODE;
import static org.mailslot.wire.WireFormatException.Reason.BAD_PACKET_OFFSET;
import static org.mailslot.wire.WireFormatException.Reason.BAD_SCOPE;
import static org.mailslot.wire.WireFormatException.Reason.BAD_SETUP_COUNT;
import static org.mailslot.wire.WireFormatException.Reason.BAD_SMB_COMMAND;
import static org.mailslot.wire.WireFormatException.Reason.BAD_SMB_SIGNATURE;
import static org.mailslot.wire.WireFormatException.Reason.BAD_WORD_COUNT;
import static org.mailslot.wire.WireFormatException.Reason.BLANK_NAME;
import static org.mailslot.wire.WireFormatException.Reason.DATA_OUT_OF_BOUNDS;
import static org.mailslot.wire.WireFormatException.Reason.FRAGMENTED;
import static org.mailslot.wire.WireFormatException.Reason.TRUNCATED_HEADER;
import static org.mailslot.wire.WireFormatException.Reason.TRUNCATED_NAME;
import static org.mailslot.wire.WireFormatException.Reason.TRUNCATED_SMB;
import static org.mailslot.wire.WireFormatException.Reason.UNSUPPORTED_MESSAGE_TYPE;
import static org.mailslot.wire.WireVectors.SMB_OFFSET;
import static org.mailslot.wire.WireVectors.WORKED_EXAMPLE;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every receiver rule, each broken once in an otherwise valid datagram (the §2.9 worked example), each asserting
 * the reason and what the message says.
 */
class MalformedDatagramTest {

    private final MailslotCodec codec = MailslotCodec.windows();

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 13})
    void shorterThanTheHeaderIsTruncatedHeader(int length) {
        assertRejected(Arrays.copyOf(WORKED_EXAMPLE, length), TRUNCATED_HEADER, "NetBIOS datagram header");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x13, 0x14, 0x15, 0x16})
    void errorAndQueryPacketsAreNamedAndRejected(int type) {
        assertRejected(patch(0, type), UNSUPPORTED_MESSAGE_TYPE, "DATAGRAM");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x0F, 0x17, 0xFF})
    void unknownMessageTypesAreRejected(int type) {
        assertRejected(patch(0, type), UNSUPPORTED_MESSAGE_TYPE, "not a NetBIOS datagram type");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0x03, 0x0B, 0x01})
    void firstFlagClearOrMoreFlagSetIsFragmented(int flags) {
        assertRejected(patch(1, flags), FRAGMENTED, "never fragmented");
    }

    @Test
    void nonZeroPacketOffsetIsRejected() {
        assertRejected(patch(13, 0x01), BAD_PACKET_OFFSET, "PACKET_OFFSET is 1");
    }

    @ParameterizedTest
    @ValueSource(ints = {14, 15, 47, 48, 60, 81})
    void datagramEndingInsideANameIsTruncatedName(int length) {
        assertRejected(Arrays.copyOf(WORKED_EXAMPLE, length), TRUNCATED_NAME, "name");
    }

    @Test
    void firstLabelOtherThan32IsBadNameLength() {
        assertRejected(patch(14, 0x1F), BAD_NAME_LENGTH, "source name at offset 14 starts with label length 0x1F");
        assertRejected(patch(48, 0xC0), BAD_NAME_LENGTH, "destination name at offset 48");
    }

    @Test
    void encodedCharacterOutsideAtoPIsBadNameCharacter() {
        assertRejected(patch(20, 'Q'), BAD_NAME_CHARACTER, "encoded byte 0x51 at offset 20");
        assertRejected(patch(50, 'a'), BAD_NAME_CHARACTER, "'A'..'P'");
    }

    @Test
    void nonAsciiNameByteIsBadNameCharacter() {
        // "IA" decodes to 0x80 at the first name position.
        byte[] datagram = patch(15, 'I');
        datagram[16] = 'A';
        assertRejected(datagram, BAD_NAME_CHARACTER, "byte 0x80 at position 0");
    }

    @Test
    void nameOfOnlyPaddingIsBlank() {
        byte[] datagram = WORKED_EXAMPLE.clone();
        for (int i = 15; i < 45; i += 2) {
            datagram[i] = 'C';
            datagram[i + 1] = 'A';
        }
        assertRejected(datagram, BLANK_NAME, "source name");
    }

    @Test
    void scopeLabelLongerThan63OrAPointerIsBadScope() {
        assertRejected(withSourceScope(0x40, 'x'), BAD_SCOPE, "label length 0x40");
        assertRejected(withSourceScope(0xC0, 0x0C), BAD_SCOPE, "pointers are not allowed");
    }

    @Test
    void scopeLabelWithSpaceOrDotIsBadScope() {
        assertRejected(withSourceScope(0x01, ' '), BAD_SCOPE, "byte 0x20");
        assertRejected(withSourceScope(0x01, '.'), BAD_SCOPE, "byte 0x2E");
    }

    @Test
    void scopeLongerThan220CharactersIsBadScope() {
        ByteVector scope = new ByteVector();
        for (int i = 0; i < 4; i++) {
            scope.hex("3f").repeat('s', 63);
        }
        byte[] datagram = new ByteVector().bytes(Arrays.copyOf(WORKED_EXAMPLE, 47))
                .bytes(scope.toArray()).hex("00")
                .bytes(Arrays.copyOfRange(WORKED_EXAMPLE, 48, WORKED_EXAMPLE.length)).toArray();
        assertRejected(datagram, BAD_SCOPE, "longer than 220");
    }

    @Test
    void scopeRunningOffTheEndIsTruncatedName() {
        byte[] datagram = Arrays.copyOf(WORKED_EXAMPLE, 50);
        datagram[47] = 0x10;
        assertRejected(datagram, TRUNCATED_NAME, "source name scope label");
    }

    @ParameterizedTest
    @ValueSource(ints = {SMB_OFFSET, SMB_OFFSET + 3, SMB_OFFSET + 20, SMB_OFFSET + 32, SMB_OFFSET + 68})
    void datagramEndingInsideTheFixedSmbPartIsTruncatedSmb(int length) {
        assertRejected(Arrays.copyOf(WORKED_EXAMPLE, length), TRUNCATED_SMB, "needs");
    }

    @Test
    void wrongProtocolSignatureIsBadSmbSignature() {
        assertRejected(patch(SMB_OFFSET, 0xFE), BAD_SMB_SIGNATURE, "0xFE534D42");
        assertRejected(patch(SMB_OFFSET + 3, 'b'), BAD_SMB_SIGNATURE, "\\xFFSMB");
    }

    @Test
    void commandOtherThanTransactionIsBadSmbCommand() {
        assertRejected(patch(SMB_OFFSET + 4, 0x32), BAD_SMB_COMMAND, "SMB command is 0x32");
    }

    @Test
    void wordCountOtherThan17IsBadWordCount() {
        assertRejected(patch(SMB_OFFSET + 32, 14), BAD_WORD_COUNT, "WordCount is 0x0E");
    }

    @Test
    void setupCountOtherThan3IsBadSetupCount() {
        assertRejected(patch(SMB_OFFSET + 59, 2), BAD_SETUP_COUNT, "SetupCount is 0x02");
    }

    @Test
    void opcodeOtherThanWriteIsBadOpcode() {
        assertRejected(patch(SMB_OFFSET + 61, 2), BAD_OPCODE, "mailslot opcode 2");
        assertRejected(patch(SMB_OFFSET + 62, 1), BAD_OPCODE, "mailslot opcode 257");
    }

    @Test
    void dataOffsetOrCountOutsideThePacketIsDataOutOfBounds() {
        assertRejected(patch(SMB_OFFSET + 57, 90), DATA_OUT_OF_BOUNDS, "DataOffset 90 + DataCount 5");
        assertRejected(patch(SMB_OFFSET + 55, 6), DATA_OUT_OF_BOUNDS, "DataCount 6");
        assertRejected(patch(SMB_OFFSET + 58, 0xFF), DATA_OUT_OF_BOUNDS, "DataOffset 65364");
        assertRejected(patch(SMB_OFFSET + 56, 0xFF), DATA_OUT_OF_BOUNDS, "DataCount 65285");
        assertRejected(Arrays.copyOf(WORKED_EXAMPLE, WORKED_EXAMPLE.length - 1), DATA_OUT_OF_BOUNDS, "= 89 runs past the SMB's 88 bytes");
    }

    @Test
    void dataOffsetInsideTheFixedPartIsDataOutOfBounds() {
        assertRejected(patch(SMB_OFFSET + 57, 68), DATA_OUT_OF_BOUNDS, "DataOffset 68 points into the fixed SMB part");
    }

    @Test
    void nameWithoutNulBeforeDataOffsetIsBadMailslotName() {
        assertRejected(patch(SMB_OFFSET + 83, 'X'), BAD_MAILSLOT_NAME, "no NUL before DataOffset 84");
    }

    @Test
    void nameWithoutMailslotPrefixIsBadMailslotName() {
        byte[] pipe = WORKED_EXAMPLE.clone();
        System.arraycopy(new byte[] {'\\', 'P', 'I', 'P', 'E', '\\', 'X', 'X', 'X', 'X'}, 0, pipe, SMB_OFFSET + 69, 10);
        assertRejected(pipe, BAD_MAILSLOT_NAME, "does not start with \\MAILSLOT\\");
        assertRejected(patch(SMB_OFFSET + 78, '/'), BAD_MAILSLOT_NAME, "does not start with");
    }

    @Test
    void nameWithNothingAfterThePrefixIsBadMailslotName() {
        assertRejected(patch(SMB_OFFSET + 79, 0), BAD_MAILSLOT_NAME, "at least one character");
    }

    @Test
    void nameWithControlByteIsBadMailslotName() {
        assertRejected(patch(SMB_OFFSET + 80, 0x07), BAD_MAILSLOT_NAME, "control character 0x07 at index 11");
        assertRejected(patch(SMB_OFFSET + 80, 0x7F), BAD_MAILSLOT_NAME, "control character 0x7F at index 11");
    }

    @Test
    void nameWithAByteTheCodePageLeavesUnassignedIsBadMailslotName() {
        // Code page 857 (Turkish) has no character at 0xD5; the JDK's IBM857 knows it.
        MailslotCodec turkish = new MailslotCodec(SmbProfile.WINDOWS_CLIENT, WireLimits.WINDOWS,
                OemCodePage.parse("857"));
        byte[] datagram = patch(SMB_OFFSET + 80, 0xD5);
        assertThatThrownBy(() -> turkish.decode(datagram, 0, datagram.length))
                .isInstanceOfSatisfying(WireFormatException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.reason()).isEqualTo(BAD_MAILSLOT_NAME))
                .hasMessageContaining("byte 0xD5 at index 11, which OEM code page 857 leaves unassigned");
    }

    @Test
    void rejectionLeavesTheBufferPositionUnchanged() {
        ByteBuffer buffer = ByteBuffer.wrap(patch(SMB_OFFSET, 0));
        buffer.position(0);
        assertThatThrownBy(() -> codec.decode(buffer)).isInstanceOf(WireFormatException.class);
        org.assertj.core.api.Assertions.assertThat(buffer.position()).isZero();
    }

    private void assertRejected(byte[] datagram, WireFormatException.Reason reason, String detail) {
        assertThatThrownBy(() -> codec.decode(datagram, 0, datagram.length))
                .isInstanceOfSatisfying(WireFormatException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.reason()).isEqualTo(reason))
                .hasMessageStartingWith(reason + ": ")
                .hasMessageContaining(detail);
        ByteBuffer direct = ByteBuffer.allocateDirect(datagram.length).put(datagram).flip();
        assertThatThrownBy(() -> codec.decode(direct))
                .isInstanceOfSatisfying(WireFormatException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.reason()).isEqualTo(reason));
    }

    private static byte[] patch(int offset, int value) {
        byte[] datagram = WORKED_EXAMPLE.clone();
        datagram[offset] = (byte) value;
        return datagram;
    }

    /** The worked example with a one-label scope on the source name: length byte and one more byte. */
    private static byte[] withSourceScope(int length, int firstByte) {
        return new ByteVector().bytes(Arrays.copyOf(WORKED_EXAMPLE, 47))
                .bytes(new byte[] {(byte) length, (byte) firstByte})
                .bytes(Arrays.copyOfRange(WORKED_EXAMPLE, 47, WORKED_EXAMPLE.length)).toArray();
    }
}
