package org.mailslot.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mailslot.names.NameServicePacket.FLAG_AA;
import static org.mailslot.names.NameServicePacket.FLAG_B;
import static org.mailslot.names.NameServicePacket.FLAG_RA;
import static org.mailslot.names.NameServicePacket.FLAG_RD;
import static org.mailslot.names.NameServicePacket.OPCODE_QUERY;
import static org.mailslot.names.NameServicePacket.OPCODE_REGISTRATION;
import static org.mailslot.names.NameServicePacket.RCODE_ACT_ERR;
import static org.mailslot.names.NameServicePacket.TYPE_NB;
import static org.mailslot.names.NameServicePacket.TYPE_NBSTAT;
import static org.mailslot.names.NameServiceVectors.hex;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mailslot.names.NameServiceFormatException.Reason;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;

class NameServiceCodecTest {

    private static final NetbiosName SAMBAPEER = NetbiosName.of("SAMBAPEER", 0);

    @Test
    void decodesNmbdRegistrationAndEncodesItByteForByte() throws Exception {
        NameServicePacket packet = decode(NameServiceVectors.NMBD_REGISTERS_SAMBAPEER);

        assertThat(packet.transactionId()).isEqualTo(0x04d2);
        assertThat(packet.response()).isFalse();
        assertThat(packet.opcode()).isEqualTo(OPCODE_REGISTRATION);
        assertThat(packet.flags()).isEqualTo(FLAG_RD | FLAG_B);
        assertThat(packet.question()).isEqualTo(new NameQuestion(SAMBAPEER, TYPE_NB));
        ResourceRecord record = packet.additionals().get(0);
        assertThat(record.name()).isEqualTo(SAMBAPEER);
        assertThat(record.ttl()).isZero();
        assertThat(NameServiceCodec.nameAddresses(record))
                .containsExactly(new NameAddress(false, NodeType.B, ip("10.98.7.2")));

        NameServicePacket rebuilt = NamePackets.registration(0x04d2, SAMBAPEER, false, NodeType.B, ip("10.98.7.2"), 0,
                true);
        assertThat(NameServiceCodec.encode(rebuilt)).isEqualTo(NameServiceVectors.NMBD_REGISTERS_SAMBAPEER);
    }

    @Test
    void groupRegistrationCarriesTheGroupBit() throws Exception {
        NameServicePacket packet = decode(NameServiceVectors.NMBD_REGISTERS_WORKGROUP);

        assertThat(NameServiceCodec.nameAddresses(packet.additionals().get(0)).get(0).group()).isTrue();
        assertThat(NameServiceCodec.encode(NamePackets.registration(0x04d3, NetbiosName.of("WORKGROUP", 0), true,
                NodeType.B, ip("10.98.7.2"), 0, true))).isEqualTo(NameServiceVectors.NMBD_REGISTERS_WORKGROUP);
    }

    @Test
    void queryAndAnswerMatchNmblookupAndNmbd() throws Exception {
        NameServicePacket query = decode(NameServiceVectors.NMBLOOKUP_BROADCAST_QUERY);
        assertThat(query.opcode()).isEqualTo(OPCODE_QUERY);
        assertThat(query.flags()).isEqualTo(FLAG_RD | FLAG_B);
        assertThat(NameServiceCodec.encode(NamePackets.query(0x0e64, SAMBAPEER, true)))
                .isEqualTo(NameServiceVectors.NMBLOOKUP_BROADCAST_QUERY);

        NameServicePacket answer = decode(NameServiceVectors.NMBD_QUERY_RESPONSE);
        assertThat(answer.response()).isTrue();
        assertThat(answer.flags()).isEqualTo(FLAG_AA | FLAG_RD | FLAG_RA);
        assertThat(answer.answers().get(0).ttl()).isEqualTo(259_200);
        NameServicePacket ours = NamePackets.positiveQueryResponse(query, List.of(new NameAddress(false, NodeType.B,
                ip("10.98.7.2"))), 259_200);
        assertThat(NameServiceCodec.encode(ours)).isEqualTo(NameServiceVectors.NMBD_QUERY_RESPONSE);
    }

    @Test
    void nodeStatusMatchesNmblookupAndNmbd() throws Exception {
        NameServicePacket request = decode(NameServiceVectors.NMBLOOKUP_STATUS_REQUEST);
        assertThat(request.question()).isEqualTo(new NameQuestion(NetbiosName.WILDCARD, TYPE_NBSTAT));
        assertThat(NameServiceCodec.encode(NamePackets.statusRequest(0x3677, NetbiosName.WILDCARD)))
                .isEqualTo(NameServiceVectors.NMBLOOKUP_STATUS_REQUEST);

        NameServicePacket response = decode(NameServiceVectors.NMBD_STATUS_RESPONSE);
        NodeStatus status = NameServiceCodec.nodeStatus(response.answers().get(0));
        assertThat(status.names()).extracting(n -> n.name().toString())
                .containsExactly("SAMBAPEER<00>", "SAMBAPEER<03>", "SAMBAPEER<20>", "WORKGROUP<00>", "WORKGROUP<1E>");
        assertThat(status.names()).extracting(StatusName::group).containsExactly(false, false, false, true, true);
        assertThat(status.names()).allMatch(StatusName::active);
        assertThat(status.unitId()).containsOnly(0);

        NameServicePacket ours = NamePackets.statusResponse(request, status);
        assertThat(NameServiceCodec.encode(ours)).isEqualTo(NameServiceVectors.NMBD_STATUS_RESPONSE);
    }

    @Test
    void negativeRegistrationResponseAsNmbdDefendsItsName() throws Exception {
        NameServicePacket defended = decode(NameServiceVectors.NMBD_NEGATIVE_REGISTRATION);
        assertThat(defended.response()).isTrue();
        assertThat(defended.opcode()).isEqualTo(OPCODE_REGISTRATION);
        assertThat(defended.rcode()).isEqualTo(RCODE_ACT_ERR);

        NameServicePacket request = NamePackets.registration(0x4242, SAMBAPEER, false, NodeType.B, ip("10.98.7.1"),
                300_000, true);
        assertThat(NameServiceCodec.encode(NamePackets.negativeRegistrationResponse(request)))
                .isEqualTo(NameServiceVectors.NMBD_NEGATIVE_REGISTRATION);
    }

    @Test
    void scopedNamesRoundTrip() throws Exception {
        NetbiosName scoped = NetbiosName.of("HOSTA", 0x1D, "corp.example");
        byte[] bytes = NameServiceCodec.encode(NamePackets.registration(7, scoped, false, NodeType.B, ip("127.0.0.2"),
                0, true));
        NameServicePacket back = decode(bytes);
        assertThat(back.question().name()).isEqualTo(scoped);
        assertThat(back.additionals().get(0).name()).isEqualTo(scoped);
        assertThat(bytes).hasSize(12 + 34 + 13 + 4 + 2 + 10 + 6);
    }

    @Test
    void truncatedAtEveryLengthIsRejectedAsTruncatedOrBadCount() {
        byte[] packet = NameServiceVectors.NMBD_STATUS_RESPONSE;
        for (int length = 0; length < packet.length; length++) {
            ByteBuffer cut = ByteBuffer.wrap(packet, 0, length);
            assertThatThrownBy(() -> NameServiceCodec.decode(cut)).as("cut at %d", length)
                    .isInstanceOfSatisfying(NameServiceFormatException.class, e -> assertThat(e.reason())
                            .isIn(Reason.TRUNCATED, Reason.BAD_COUNT));
        }
    }

    @Test
    void pointerToItselfIsALoop() {
        byte[] packet = hex("000000000001000000000000" + "c00c" + "00200001");
        assertReason(packet, Reason.POINTER_LOOP);
    }

    @Test
    void pointerChainThatComesBackIsALoop() {
        // Question name at 12 is a full label followed by a pointer back to 12 instead of the terminator.
        byte[] name = hex("20" + "45".repeat(32) + "c00c");
        byte[] packet = concat(hex("000000000001000000000000"), name, hex("00200001"));
        assertReason(packet, Reason.POINTER_LOOP);
    }

    @Test
    void forwardPointerIsRejected() {
        byte[] packet = hex("000000000001000000000000" + "c020" + "00200001" + "00".repeat(40));
        assertReason(packet, Reason.POINTER_LOOP);
    }

    @Test
    void countsThePacketCannotHoldAreRejectedBeforeAnyAllocation() {
        assertReason(hex("0000000000ffffffffffffff"), Reason.BAD_COUNT);
        assertReason(hex("000000000002000000000000" + "c00c00200001"), Reason.BAD_COUNT);
    }

    @Test
    void badLabelLengthsAndCharactersAreRejected() {
        assertReason(hex("000000000001000000000000" + "41" + "00".repeat(80)), Reason.BAD_LABEL);
        assertReason(hex("000000000001000000000000" + "10" + "41".repeat(16) + "00" + "00200001" + "00"), Reason.BAD_NAME);
        assertReason(hex("000000000001000000000000" + "20" + "5a".repeat(32) + "00" + "00200001" + "00"), Reason.BAD_NAME);
        assertReason(hex("000000000001000000000000" + "00" + "00200001" + "00"), Reason.BAD_NAME);
    }

    @Test
    void trailingBytesAndBadRecordDataAreRejected() throws Exception {
        assertReason(concat(NameServiceVectors.NMBLOOKUP_BROADCAST_QUERY, hex("00")), Reason.TRAILING_BYTES);
        ResourceRecord odd = new ResourceRecord(SAMBAPEER, TYPE_NB, 0, new byte[7]);
        assertThatThrownBy(() -> NameServiceCodec.nameAddresses(odd))
                .isInstanceOfSatisfying(NameServiceFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_RDATA));
        ResourceRecord shortStatus = new ResourceRecord(SAMBAPEER, TYPE_NBSTAT, 0, hex("05" + "00".repeat(20)));
        assertThatThrownBy(() -> NameServiceCodec.nodeStatus(shortStatus))
                .isInstanceOfSatisfying(NameServiceFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.BAD_RDATA));
    }

    @Test
    void randomBytesNeverThrowAnythingButTheFormatException() {
        Random random = new Random(14);
        for (int i = 0; i < 20_000; i++) {
            byte[] packet = NameServiceVectors.NMBD_STATUS_RESPONSE.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                packet[random.nextInt(packet.length)] = (byte) random.nextInt(256);
            }
            try {
                NameServiceCodec.decode(ByteBuffer.wrap(packet));
            } catch (NameServiceFormatException expected) {
                assertThat(expected.reason()).isNotNull();
            }
        }
    }

    private static void assertReason(byte[] packet, Reason reason) {
        assertThatThrownBy(() -> NameServiceCodec.decode(ByteBuffer.wrap(packet)))
                .isInstanceOfSatisfying(NameServiceFormatException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static NameServicePacket decode(byte[] bytes) throws NameServiceFormatException {
        return NameServiceCodec.decode(ByteBuffer.wrap(bytes));
    }

    static Inet4Address ip(String text) {
        try {
            return (Inet4Address) InetAddress.getByName(text);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer all = ByteBuffer.allocate(java.util.Arrays.stream(parts).mapToInt(p -> p.length).sum());
        for (byte[] part : parts) {
            all.put(part);
        }
        return all.array();
    }
}
