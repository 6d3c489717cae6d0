package org.mailslot.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Properties of the codec: decoding any bytes yields a datagram or a {@link WireFormatException} and nothing
 * else; encoding then decoding gives back what was encoded.
 */
class MailslotCodecPropertiesTest {

    private static final int CEILING = 2000;

    @Property(tries = 2000)
    void randomBytesDecodeOrFailWithAReason(@ForAll @Size(max = 700) byte[] bytes) {
        assertDecodesOrRejects(bytes);
    }

    @Property(tries = 2000)
    void randomBytesBehindAValidPrefixDecodeOrFailWithAReason(@ForAll @Size(max = 200) byte[] tail,
                                                              @ForAll @IntRange(max = 171) int prefixLength) {
        // Random bytes rarely pass the first checks; keeping a valid prefix drives them into the later layers.
        byte[] bytes = new byte[prefixLength + tail.length];
        System.arraycopy(WireVectors.WORKED_EXAMPLE, 0, bytes, 0, prefixLength);
        System.arraycopy(tail, 0, bytes, prefixLength, tail.length);
        assertDecodesOrRejects(bytes);
    }

    @Property(tries = 3000)
    void mutatedValidDatagramsDecodeOrFailWithAReason(@ForAll("datagrams") MailslotDatagram datagram,
                                                      @ForAll("mutations") List<Tuple.Tuple2<Integer, Byte>> mutations,
                                                      @ForAll @IntRange(max = 40) int cutFromEnd) {
        byte[] encoded = codec(SmbProfile.WINDOWS_CLIENT).encode(datagram);
        for (Tuple.Tuple2<Integer, Byte> mutation : mutations) {
            encoded[mutation.get1() % encoded.length] = mutation.get2();
        }
        byte[] cut = java.util.Arrays.copyOf(encoded, Math.max(0, encoded.length - cutFromEnd));
        assertDecodesOrRejects(cut);
    }

    @Property(tries = 1500)
    void encodeThenDecodeIsTheIdentity(@ForAll("datagrams") MailslotDatagram datagram,
                                       @ForAll SmbProfile profile) throws WireFormatException {
        MailslotCodec codec = codec(profile);

        byte[] encoded = codec.encode(datagram);

        assertThat(encoded).hasSize(codec.encodedLength(datagram));
        assertThat(codec.decode(encoded, 0, encoded.length)).isEqualTo(datagram);
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

    @Provide
    Arbitrary<List<Tuple.Tuple2<Integer, Byte>>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.bytes())
                .as(Tuple::of).list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<MailslotDatagram> datagrams() {
        Arbitrary<Tuple.Tuple4<DatagramType, NodeType, Integer, Integer>> header = Combinators.combine(
                Arbitraries.of(DatagramType.class), Arbitraries.of(NodeType.class),
                Arbitraries.integers().between(0, 0xFFFF), Arbitraries.integers())
                .as(Tuple::of);
        Arbitrary<Tuple.Tuple3<Integer, NetbiosName, NetbiosName>> addressing = Combinators.combine(
                Arbitraries.integers().between(0, 0xFFFF), names(), names()).as(Tuple::of);
        Arbitrary<Tuple.Tuple3<String, Integer, byte[]>> body = Combinators.combine(
                mailslotNames(), Arbitraries.integers().between(0, 9),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(CEILING)).as(Tuple::of);
        return Combinators.combine(header, addressing, body).as((h, a, b) -> new MailslotDatagram(
                h.get1(), h.get2(), h.get3(), h.get4(), a.get1(), a.get2(), a.get3(), b.get1(), b.get2(), b.get3()));
    }

    private static Arbitrary<NetbiosName> names() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange((char) 0x01, (char) 0x7E)
                .ofMinLength(1).ofMaxLength(15).filter(s -> !s.isEmpty() && s.chars().anyMatch(c -> c != ' '));
        Arbitrary<String> label = Arbitraries.strings().withCharRange((char) 0x21, (char) 0x7E)
                .ofMinLength(1).ofMaxLength(63).map(s -> s.replace('.', '_'));
        Arbitrary<String> scope = label.list().ofMaxSize(3).map(labels -> String.join(".", labels))
                .filter(s -> s.length() <= NetbiosName.MAX_SCOPE_LENGTH);
        Arbitrary<NetbiosName> any = Combinators.combine(text, Arbitraries.integers().between(0, 255), scope)
                .as(NetbiosName::new);
        return Arbitraries.frequencyOf(Tuple.of(9, any), Tuple.of(1, Arbitraries.just(NetbiosName.WILDCARD)));
    }

    private static Arbitrary<String> mailslotNames() {
        return Arbitraries.strings().withCharRange((char) 0x20, (char) 0x7E).ofMinLength(1).ofMaxLength(40)
                .map(MailslotDatagram::wireMailslotName);
    }
}
