package org.mailslot.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mailslot.testing.RandomInputs.forAll;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailslot.testing.RandomInputs;

/**
 * Properties of the codec: decoding any bytes yields a datagram or a {@link WireFormatException} and nothing
 * else; encoding then decoding gives back what was encoded. Each test checks thousands of seeded random inputs
 * (see {@link RandomInputs} for the seed and how a failure is reported).
 */
class MailslotCodecPropertiesTest {

    private static final int CEILING = 2000;

    @Test
    void randomBytesDecodeOrFailWithAReason() {
        forAll(2000, random -> random.bytes(700), MailslotCodecPropertiesTest::assertDecodesOrRejects);
    }

    @Test
    void randomBytesBehindAValidPrefixDecodeOrFailWithAReason() {
        // Random bytes rarely pass the first checks; keeping a valid prefix drives them into the later layers.
        forAll(2000, random -> {
            byte[] tail = random.bytes(200);
            int prefixLength = random.between(0, 171);
            byte[] bytes = Arrays.copyOf(WireVectors.WORKED_EXAMPLE, prefixLength + tail.length);
            System.arraycopy(tail, 0, bytes, prefixLength, tail.length);
            return bytes;
        }, MailslotCodecPropertiesTest::assertDecodesOrRejects);
    }

    @Test
    void mutatedValidDatagramsDecodeOrFailWithAReason() {
        // One to four bytes of a valid encoding replaced, then up to 40 bytes cut from its end: close enough to
        // valid to reach every field check, including the length fields against what really arrived.
        forAll(3000, random -> {
            byte[] encoded = codec(SmbProfile.WINDOWS_CLIENT).encode(datagram(random));
            byte[] mutated = random.mutate(encoded, random.between(1, 4));
            return Arrays.copyOf(mutated, Math.max(0, mutated.length - random.between(0, 40)));
        }, MailslotCodecPropertiesTest::assertDecodesOrRejects);
    }

    @Test
    void encodeThenDecodeIsTheIdentity() {
        forAll(1500, random -> new Encoding(datagram(random), random.pick(SmbProfile.class)), input -> {
            MailslotCodec codec = codec(input.profile());

            byte[] encoded = codec.encode(input.datagram());

            assertThat(encoded).hasSize(codec.encodedLength(input.datagram()));
            assertThat(codec.decode(encoded, 0, encoded.length)).isEqualTo(input.datagram());
        });
    }

    private record Encoding(MailslotDatagram datagram, SmbProfile profile) {
    }

    @Test
    void slotPathsOfAnyPrintableBytesRoundTripInEitherCodePage() {
        // Every byte 0x20..0xFF but DEL is a character in 850 and 437: decoding gives a name whose encoding is the
        // same bytes again.
        forAll(1500, random -> new OemPath(random.pick(List.of(OemCodePage.CP850, OemCodePage.CP437)),
                random.string((char) 0x20, (char) 0xFE, 1, 40).replace('\u007f', '~')), input -> {
            MailslotCodec codec = new MailslotCodec(SmbProfile.WINDOWS_CLIENT, WireLimits.withCeiling(CEILING),
                    input.page());
            StringBuilder name = new StringBuilder(MailslotDatagram.MAILSLOT_PREFIX);
            byte[] pathBytes = new byte[input.bytes().length()];
            for (int i = 0; i < pathBytes.length; i++) {
                pathBytes[i] = (byte) input.bytes().charAt(i);
                name.append(input.page().charOf(input.bytes().charAt(i)));
            }
            MailslotDatagram d = new MailslotDatagram(DatagramType.DIRECT_UNIQUE, NodeType.B, 1, 0x7F000001, 138,
                    NetbiosName.of("HOSTA", 0), NetbiosName.of("HOSTB", 0), name.toString(), 0, new byte[] {1});

            byte[] encoded = codec.encode(d);

            int path = WireVectors.SMB_OFFSET + SmbMailslotWrite.FIXED_LENGTH
                    + MailslotDatagram.MAILSLOT_PREFIX.length();
            assertThat(Arrays.copyOfRange(encoded, path, path + pathBytes.length)).isEqualTo(pathBytes);
            assertThat(codec.decode(encoded, 0, encoded.length)).isEqualTo(d);
        });
    }

    /** A code page and slot path bytes, each held in a char 0x20..0xFE. */
    private record OemPath(OemCodePage page, String bytes) {
    }

    private static void assertDecodesOrRejects(byte[] bytes) {
        try {
            MailslotDatagram decoded = MailslotCodec.windows().decode(bytes, 0, bytes.length);
            assertThat(decoded.data().length).isLessThanOrEqualTo(bytes.length);
        } catch (WireFormatException rejected) {
            assertThat(rejected.reason()).isNotNull();
            assertThat(rejected.getMessage()).startsWith(rejected.reason() + ": ");
        }
    }

    private static MailslotCodec codec(SmbProfile profile) {
        return new MailslotCodec(profile, WireLimits.withCeiling(CEILING));
    }

    /** Any valid datagram: every field over its whole range, data up to the ceiling. */
    private static MailslotDatagram datagram(RandomInputs random) {
        return new MailslotDatagram(random.pick(DatagramType.class), random.pick(NodeType.class),
                random.between(0, 0xFFFF), random.anyInt(), random.between(0, 0xFFFF), name(random), name(random),
                MailslotDatagram.MAILSLOT_PREFIX + random.string((char) 0x20, (char) 0x7E, 1, 40),
                random.between(0, MailslotDatagram.MAX_PRIORITY), random.bytes(CEILING));
    }

    /** The wildcard one time in ten, otherwise any name of 1 to 15 characters with any suffix and scope. */
    private static NetbiosName name(RandomInputs random) {
        if (random.oneIn(10)) {
            return NetbiosName.WILDCARD;
        }
        String text;
        do {
            text = random.string((char) 0x01, (char) 0x7E, 1, 15);
        } while (text.chars().allMatch(c -> c == ' ')); // all spaces is no name
        // Zero to three labels of 1 to 63 characters; three of the longest, dots included, still fit in the
        // 220-character scope limit.
        List<String> labels = random.list(0, 3, () -> random.string((char) 0x21, (char) 0x7E, 1, 63)
                .replace('.', '_'));
        return new NetbiosName(text, random.between(0, 255), String.join(".", labels));
    }
}
