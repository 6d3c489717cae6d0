package org.mailslot.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mailslot.wire.WireVectors.WORKED_EXAMPLE;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The codec's buffer handling, limits and argument checks; the bytes themselves are in the vector tests. */
class MailslotCodecTest {

    private static final String LONGEST_SCOPE = ("x".repeat(63) + ".").repeat(3) + "x".repeat(28);

    private final MailslotCodec codec = MailslotCodec.windows();
    private final MailslotDatagram example = WireVectors.workedExample();

    @Test
    void encodesAtThePositionOverGarbageAndLeavesByteOrderAlone() {
        ByteBuffer out = ByteBuffer.allocateDirect(400).order(ByteOrder.LITTLE_ENDIAN);
        while (out.hasRemaining()) {
            out.put((byte) 0xEE);
        }
        out.position(10);

        int written = codec.encode(example, out);

        assertThat(written).isEqualTo(171);
        assertThat(out.position()).isEqualTo(181);
        assertThat(out.order()).isEqualTo(ByteOrder.LITTLE_ENDIAN);
        byte[] bytes = new byte[171];
        out.get(10, bytes);
        assertThat(bytes).isEqualTo(WORKED_EXAMPLE);
        assertThat(out.get(9)).isEqualTo((byte) 0xEE);
        assertThat(out.get(181)).isEqualTo((byte) 0xEE);
    }

    @Test
    void recognisesTheSourceNameWithoutDecodingAndLeavesTheBufferAlone() {
        byte[] framed = new byte[WORKED_EXAMPLE.length + 5];
        System.arraycopy(WORKED_EXAMPLE, 0, framed, 5, WORKED_EXAMPLE.length);
        ByteBuffer payload = ByteBuffer.wrap(framed).position(5);

        assertThat(MailslotCodec.sourceNameIs(payload, MailslotCodec.encodedSourceName(example.source()))).isTrue();
        assertThat(MailslotCodec.sourceNameIs(payload, MailslotCodec.encodedSourceName(example.destination())))
                .isFalse();
        assertThat(MailslotCodec.sourceNameIs(payload,
                MailslotCodec.encodedSourceName(NetbiosName.of(example.source().name(), 0, "corp.example"))))
                .as("same name in another scope").isFalse();
        assertThat(payload.position()).isEqualTo(5);
        assertThat(payload.limit()).isEqualTo(framed.length);
        ByteBuffer truncated = ByteBuffer.wrap(WORKED_EXAMPLE, 0, 40);
        assertThat(MailslotCodec.sourceNameIs(truncated, MailslotCodec.encodedSourceName(example.source())))
                .as("too short to hold the name").isFalse();
    }

    @Test
    void tooSmallBufferOverflowsWithoutWriting() {
        ByteBuffer out = ByteBuffer.allocate(170);

        assertThatThrownBy(() -> codec.encode(example, out)).isInstanceOf(BufferOverflowException.class);
        assertThat(out.position()).isZero();
        assertThat(out.array()).containsOnly(0);
    }

    @Test
    void dataDecodedFromADirectBufferOutlivesTheBuffer() throws Exception {
        // The endpoint reads every datagram into one direct buffer and reuses it once the handler returns.
        ByteBuffer buffer = ByteBuffer.allocateDirect(WORKED_EXAMPLE.length + 10);
        buffer.position(10);
        buffer.put(WORKED_EXAMPLE).flip().position(10);

        MailslotDatagram decoded = codec.decode(buffer);
        buffer.clear();
        buffer.put(new byte[buffer.capacity()]);

        assertThat(decoded).isEqualTo(example);
    }

    @Test
    void decodesFromPositionToLimitAndConsumesTheBuffer() throws Exception {
        byte[] framed = new byte[WORKED_EXAMPLE.length + 20];
        System.arraycopy(WORKED_EXAMPLE, 0, framed, 7, WORKED_EXAMPLE.length);
        ByteBuffer in = ByteBuffer.wrap(framed).position(7).limit(7 + WORKED_EXAMPLE.length);

        assertThat(codec.decode(in)).isEqualTo(example);
        assertThat(in.position()).isEqualTo(in.limit());
        assertThat(codec.decode(framed, 7, WORKED_EXAMPLE.length)).isEqualTo(example);
        assertThat(codec.decode(in.position(7).slice().asReadOnlyBuffer())).isEqualTo(example);
    }

    @Test
    void dgmLengthIsIgnoredOnReceipt() throws Exception {
        byte[] lying = WORKED_EXAMPLE.clone();
        lying[10] = 0x7F;
        lying[11] = 0x00;

        assertThat(codec.decode(lying, 0, lying.length)).isEqualTo(example);
    }

    @Test
    void priorityAboveNineIsReadAsNine() throws Exception {
        byte[] urgent = WORKED_EXAMPLE.clone();
        urgent[WireVectors.SMB_OFFSET + 63] = 42;

        assertThat(codec.decode(urgent, 0, urgent.length).priority()).isEqualTo(9);
    }

    @Test
    void reservedFlagBitsAndOtherNodeTypesAreAccepted() throws Exception {
        byte[] samba = WORKED_EXAMPLE.clone();
        samba[1] = (byte) 0xFA;

        assertThat(codec.decode(samba, 0, samba.length).nodeType()).isEqualTo(NodeType.M);
    }

    @Test
    void groupWriteOver424BytesIsRefusedButACeilingAllowsIt() throws Exception {
        MailslotDatagram big = withData(new byte[1000]);

        assertThatThrownBy(() -> codec.encode(big)).isInstanceOf(MessageTooLargeException.class)
                .hasMessageContaining("group datagrams carry at most min(424, 432 - roundup4(");
        MailslotCodec javaToJava = new MailslotCodec(SmbProfile.WINDOWS_CLIENT, WireLimits.withCeiling(65_000));
        byte[] encoded = javaToJava.encode(big);
        assertThat(codec.decode(encoded, 0, encoded.length)).isEqualTo(big);
    }

    @Test
    void datagramOverTheUdpMaximumIsRefusedWithTheRemainingRoom() {
        MailslotDatagram huge = new MailslotDatagram(DatagramType.DIRECT_UNIQUE, NodeType.B, 1, 0x7F000001, 138,
                NetbiosName.of("A", 0, LONGEST_SCOPE), NetbiosName.of("B", 0, LONGEST_SCOPE),
                "\\MAILSLOT\\" + "z".repeat(245), 0, new byte[65_000]);
        MailslotCodec javaToJava = new MailslotCodec(SmbProfile.SAMBA, WireLimits.withCeiling(65_000));

        assertThatThrownBy(() -> javaToJava.encode(huge)).isInstanceOfSatisfying(MessageTooLargeException.class,
                e -> assertThat(e.limit()).isEqualTo(65_507 - (javaToJava.encodedLength(huge) - 65_000)))
                .hasMessageContaining("65507");
    }

    @Test
    void badRangeIsAnArgumentError() {
        assertThatThrownBy(() -> codec.decode(WORKED_EXAMPLE, 100, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("171 bytes");
        assertThatThrownBy(() -> codec.decode(WORKED_EXAMPLE, -1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    private MailslotDatagram withData(byte[] data) {
        return new MailslotDatagram(example.type(), example.nodeType(), example.datagramId(), example.sourceIp(),
                example.sourcePort(), example.source(), example.destination(), example.mailslotName(),
                example.priority(), data);
    }

    @Test
    void datagramRecordComparesDataByContent() {
        MailslotDatagram copy = withData(Arrays.copyOf(example.data(), example.data().length));

        assertThat(copy).isEqualTo(example).hasSameHashCodeAs(example);
        assertThat(withData(new byte[] {1})).isNotEqualTo(example);
        assertThat(example.toString()).contains("DIRECT_GROUP", "0x1234", "192.168.56.10:138", "HOSTA<00>",
                "WORKGROUP<00>", "\\MAILSLOT\\TEST", "68656C6C6F");
    }

    @Test
    void datagramRecordValidatesEveryField() {
        assertThatThrownBy(() -> withPriority(10)).hasMessageContaining("priority 10 is outside 0..9");
        assertThatThrownBy(() -> new MailslotDatagram(DatagramType.DIRECT_GROUP, NodeType.B, 70_000, 0, 138,
                example.source(), example.destination(), "\\MAILSLOT\\T", 0, new byte[0]))
                .hasMessageContaining("datagramId 70000");
        assertThatThrownBy(() -> new MailslotDatagram(DatagramType.DIRECT_GROUP, NodeType.B, 1, 0, 65_536,
                example.source(), example.destination(), "\\MAILSLOT\\T", 0, new byte[0]))
                .hasMessageContaining("sourcePort 65536");
        assertThatThrownBy(() -> withName("\\PIPE\\xxxxxxxx")).hasMessageContaining("does not start with \\MAILSLOT\\");
        assertThatThrownBy(() -> withName("\\MAILSLOT\\")).hasMessageContaining("at least one character");
        assertThatThrownBy(() -> withName("\\MAILSLOT\\a\u0085b")).hasMessageContaining("control character 0x85");
        assertThatThrownBy(() -> withName("\\MAILSLOT\\a\u007fb")).hasMessageContaining("control character 0x7F");
        assertThat(withName("\\MAILSLOT\\caf\u00e9").slotPath()).as("beyond ASCII, as Windows' OEM code pages")
                .isEqualTo("caf\u00e9");
        assertThatThrownBy(() -> withName("\\MAILSLOT\\" + "x".repeat(246))).hasMessageContaining("256 characters");
        assertThatThrownBy(() -> new MailslotDatagram(null, NodeType.B, 1, 0, 1, example.source(),
                example.destination(), "\\MAILSLOT\\T", 0, new byte[0])).hasMessageContaining("type");
        assertThat(withName("\\mailslot\\lower").slotPath()).isEqualTo("lower");
    }

    private MailslotDatagram withPriority(int priority) {
        return new MailslotDatagram(example.type(), example.nodeType(), 1, 0, 138, example.source(),
                example.destination(), example.mailslotName(), priority, new byte[0]);
    }

    private MailslotDatagram withName(String name) {
        return new MailslotDatagram(example.type(), example.nodeType(), 1, 0, 138, example.source(),
                example.destination(), name, 0, new byte[0]);
    }
}
