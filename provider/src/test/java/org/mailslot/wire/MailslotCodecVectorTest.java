package org.mailslot.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mailslot.wire.WireVectors.HOSTA;
import static org.mailslot.wire.WireVectors.HOSTB;
import static org.mailslot.wire.WireVectors.SMB_OFFSET;
import static org.mailslot.wire.WireVectors.WORKED_EXAMPLE;
import static org.mailslot.wire.WireVectors.WORKGROUP;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Byte-exact vectors: every byte our encoder writes is compared with a datagram written out by hand. */
class MailslotCodecVectorTest {

    private final MailslotCodec windows = MailslotCodec.windows();
    private final MailslotCodec samba = new MailslotCodec(SmbProfile.SAMBA, WireLimits.WINDOWS);

    @Test
    void workedExampleOfProtocolSection29EncodesToAll171Bytes() throws Exception {
        MailslotDatagram example = WireVectors.workedExample();

        assertThat(WORKED_EXAMPLE).hasSize(171);
        assertThat(windows.encodedLength(example)).isEqualTo(171);
        assertThat(windows.encode(example)).isEqualTo(WORKED_EXAMPLE);
        assertThat(windows.decode(WORKED_EXAMPLE, 0, WORKED_EXAMPLE.length)).isEqualTo(example);
    }

    @Test
    void workedExampleDecodesEveryField() throws Exception {
        MailslotDatagram d = windows.decode(WORKED_EXAMPLE, 0, WORKED_EXAMPLE.length);

        assertThat(d.type()).isEqualTo(DatagramType.DIRECT_GROUP);
        assertThat(d.nodeType()).isEqualTo(NodeType.B);
        assertThat(d.datagramId()).isEqualTo(0x1234);
        assertThat(d.sourceAddress().getHostAddress()).isEqualTo("192.168.56.10");
        assertThat(d.sourcePort()).isEqualTo(138);
        assertThat(d.source()).hasToString("HOSTA<00>");
        assertThat(d.destination()).hasToString("WORKGROUP<00>");
        assertThat(d.mailslotName()).isEqualTo("\\MAILSLOT\\TEST");
        assertThat(d.slotPath()).isEqualTo("TEST");
        assertThat(d.priority()).isZero();
        assertThat(new String(d.data(), StandardCharsets.US_ASCII)).isEqualTo("hello");
    }

    @Test
    void microsoftSampleCaptureSmbIsReproducedByteForByte() throws Exception {
        // [MS-MAIL] §4: \MAILSLOT\test1\sample_mailslot carrying 36 bytes of 0xCA in a 140-byte SMB.
        byte[] expectedSmb = WireVectors.windowsSmbHeader(new ByteVector())
                .hex("11 0000 2400 0200 0000 00 00 0200 00000000 0000 0000 6800 2400 6800 03 00 0100 0000 0200 4700")
                .ascii("\\MAILSLOT\\test1\\sample_mailslot").hex("00 000000").repeat(0xCA, 36).toArray();
        byte[] data = new byte[36];
        Arrays.fill(data, (byte) 0xCA);
        MailslotDatagram sample = new MailslotDatagram(DatagramType.DIRECT_UNIQUE, NodeType.B, 7, 0x7F000002, 138,
                NetbiosName.of("HOSTA", 0), NetbiosName.of("HOSTB", 0), "\\MAILSLOT\\test1\\sample_mailslot", 0,
                data);

        byte[] encoded = windows.encode(sample);

        assertThat(expectedSmb).hasSize(140);
        assertThat(Arrays.copyOfRange(encoded, SMB_OFFSET, encoded.length)).isEqualTo(expectedSmb);
        assertThat(windows.decode(encoded, 0, encoded.length)).isEqualTo(sample);
    }

    @Test
    void sambaStyleDatagramIsUnpaddedWithPriorityOne() throws Exception {
        byte[] expected = WireVectors.sambaSmbHeader(new ByteVector()
                        .hex("11 0a 0001 0a630002 008a 009f 0000")
                        .hex("20").ascii("FDEBENECEBFAEFEFFCCACACACACACAAA").hex("00")
                        .hex("20").ascii("FHEPFCELEHFCEPFFFACACACACACACABN").hex("00"))
                .hex("11 0000 0500 0000 0000 00 00 0000 00000000 0000 0000 0000 0500 5600 03 00 0100 0100 0200 1600")
                .ascii("\\MAILSLOT\\BROWSE").hex("00").ascii("hello").toArray();
        MailslotDatagram fromSamba = new MailslotDatagram(DatagramType.DIRECT_GROUP, NodeType.M, 1, 0x0A630002, 138,
                NetbiosName.of("SAMBAPEER", 0), NetbiosName.of("WORKGROUP", 0x1D), "\\MAILSLOT\\BROWSE", 1,
                "hello".getBytes(StandardCharsets.US_ASCII));

        assertThat(samba.encode(fromSamba)).isEqualTo(expected);
        // A Windows-profile receiver must read it too: it follows DataOffset (86) rather than assuming padding.
        assertThat(windows.decode(expected, 0, expected.length)).isEqualTo(fromSamba);
    }

    @Test
    void oddLengthNameGetsThreePadBytesAndDataOffset88() throws Exception {
        byte[] expected = WireVectors.windowsSmbHeader(new ByteVector()
                        .hex("10 02 0102 7f000002 008a 009e 0000")
                        .hex("20").ascii(HOSTA).hex("00").hex("20").ascii(HOSTB).hex("00"))
                .hex("11 0000 0200 0200 0000 00 00 0200 00000000 0000 0000 5800 0200 5800 03 00 0100 0000 0200 1500")
                .ascii("\\MAILSLOT\\TESTX").hex("00 000000").ascii("hi").toArray();
        MailslotDatagram unique = new MailslotDatagram(DatagramType.DIRECT_UNIQUE, NodeType.B, 0x0102, 0x7F000002,
                138, NetbiosName.of("HOSTA", 0), NetbiosName.of("HOSTB", 0), "\\MAILSLOT\\TESTX", 0,
                "hi".getBytes(StandardCharsets.US_ASCII));

        assertThat(windows.encode(unique)).isEqualTo(expected);
        assertThat(windows.decode(expected, 0, expected.length)).isEqualTo(unique);
    }

    @Test
    void scopeIdFollowsEachNameAsLabels() throws Exception {
        byte[] expected = new ByteVector()
                .hex("11 02 1234 c0a8380a 008a 00b7 0000")
                .hex("20").ascii(HOSTA).hex("04").ascii("corp").hex("07").ascii("example").hex("00")
                .hex("20").ascii(WORKGROUP).hex("04").ascii("corp").hex("07").ascii("example").hex("00")
                .bytes(Arrays.copyOfRange(WORKED_EXAMPLE, SMB_OFFSET, WORKED_EXAMPLE.length))
                .toArray();
        MailslotDatagram scoped = new MailslotDatagram(DatagramType.DIRECT_GROUP, NodeType.B, 0x1234, 0xC0A8380A,
                138, NetbiosName.of("HOSTA", 0, "corp.example"), NetbiosName.of("WORKGROUP", 0, "corp.example"),
                "\\MAILSLOT\\TEST", 0, "hello".getBytes(StandardCharsets.US_ASCII));

        assertThat(windows.encode(scoped)).isEqualTo(expected);
        MailslotDatagram decoded = windows.decode(expected, 0, expected.length);
        assertThat(decoded).isEqualTo(scoped);
        assertThat(decoded.destination()).hasToString("WORKGROUP<00>.corp.example");
    }

    @Test
    void largestWindowsWriteIsA512ByteSmb() throws Exception {
        byte[] expected = WireVectors.windowsSmbHeader(new ByteVector()
                        .hex("10 02 0007 7f000002 008a 0244 0000")
                        .hex("20").ascii(HOSTA).hex("00").hex("20").ascii(HOSTB).hex("00"))
                .hex("11 0000 a801 0200 0000 00 00 0200 00000000 0000 0000 5800 a801 5800 03 00 0100 0000 0200 bb01")
                .ascii("\\MAILSLOT\\a\\b\\c").hex("00 000000").repeat(0x5A, 424).toArray();
        byte[] data = new byte[424];
        Arrays.fill(data, (byte) 0x5A);
        MailslotDatagram largest = new MailslotDatagram(DatagramType.DIRECT_UNIQUE, NodeType.B, 7, 0x7F000002, 138,
                NetbiosName.of("HOSTA", 0), NetbiosName.of("HOSTB", 0), "\\MAILSLOT\\a\\b\\c", 0, data);

        byte[] encoded = windows.encode(largest);

        assertThat(encoded).isEqualTo(expected);
        assertThat(encoded.length - SMB_OFFSET).isEqualTo(512);
        assertThat(windows.decode(encoded, 0, encoded.length)).isEqualTo(largest);
        MailslotDatagram oneMore = new MailslotDatagram(DatagramType.DIRECT_UNIQUE, NodeType.B, 7, 0x7F000002, 138,
                NetbiosName.of("HOSTA", 0), NetbiosName.of("HOSTB", 0), "\\MAILSLOT\\a\\b\\c", 0, new byte[425]);
        assertThatThrownBy(() -> windows.encode(oneMore))
                .isInstanceOfSatisfying(MessageTooLargeException.class, e -> {
                    assertThat(e.size()).isEqualTo(425);
                    assertThat(e.limit()).isEqualTo(424);
                })
                .hasMessageContaining("432 - roundup4(5)");
    }

    @Test
    void wildcardDestinationIsStarAndFifteenNuls() throws Exception {
        MailslotDatagram broadcast = new MailslotDatagram(DatagramType.BROADCAST, NodeType.H, 9, 0x7F000002, 138,
                NetbiosName.of("HOSTA", 0), NetbiosName.WILDCARD, "\\MAILSLOT\\TEST", 0, new byte[] {1});

        byte[] encoded = windows.encode(broadcast);

        assertThat(encoded[0]).isEqualTo((byte) 0x12);
        assertThat(encoded[1]).isEqualTo((byte) 0x0E);
        byte[] destination = Arrays.copyOfRange(encoded, 48, 82);
        assertThat(destination).isEqualTo(new ByteVector().hex("20").ascii("CK").repeat('A', 30).hex("00").toArray());
        MailslotDatagram decoded = windows.decode(encoded, 0, encoded.length);
        assertThat(decoded).isEqualTo(broadcast);
        assertThat(decoded.destination().isWildcard()).isTrue();
    }
}
