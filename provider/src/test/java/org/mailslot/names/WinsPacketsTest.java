package org.mailslot.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mailslot.names.NameServiceCodecTest.ip;
import static org.mailslot.names.NameServicePacket.FLAG_AA;
import static org.mailslot.names.NameServicePacket.FLAG_B;
import static org.mailslot.names.NameServicePacket.FLAG_RA;
import static org.mailslot.names.NameServicePacket.FLAG_RD;
import static org.mailslot.names.NameServicePacket.OPCODE_REFRESH;
import static org.mailslot.names.NameServicePacket.OPCODE_REGISTRATION;
import static org.mailslot.names.NameServicePacket.OPCODE_RELEASE;
import static org.mailslot.names.NameServicePacket.OPCODE_WACK;
import static org.mailslot.names.NameServicePacket.RCODE_ACT_ERR;
import static org.mailslot.names.NameServicePacket.RCODE_NAM_ERR;
import static org.mailslot.names.NameServicePacket.TYPE_NULL;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;

/** The packets a P, M or H node exchanges with its WINS server, byte for byte against nmbd's (see the vectors). */
class WinsPacketsTest {

    private static final NetbiosName WINSCLI = NetbiosName.of("WINSCLI", 0);
    private static final NetbiosName WINSGRP = NetbiosName.of("WINSGRP", 0);

    @Test
    void unicastRegistrationCarriesRdWithoutBroadcastAndTheRequestedTtl() throws Exception {
        NameServicePacket nmbd = decode(NameServiceVectors.NMBD_WINS_REGISTERS_WINSGRP);
        assertThat(nmbd.opcode()).isEqualTo(OPCODE_REGISTRATION);
        assertThat(nmbd.flags()).isEqualTo(FLAG_RD);
        assertThat(nmbd.additionals().get(0).ttl()).isEqualTo(259_200);
        assertThat(NameServiceCodec.nameAddresses(nmbd.additionals().get(0)))
                .containsExactly(new NameAddress(true, NodeType.H, ip("10.97.5.1")));
        assertThat(NameServiceCodec.encode(NamePackets.registration(0x162f, WINSGRP, true, NodeType.H,
                ip("10.97.5.1"), 259_200, false))).isEqualTo(NameServiceVectors.NMBD_WINS_REGISTERS_WINSGRP);

        assertThat(NameServiceCodec.encode(NamePackets.registration(0x4444, WINSCLI, false, NodeType.P,
                ip("10.97.5.3"), 259_200, false))).isEqualTo(NameServiceVectors.P_NODE_REGISTERS_WINSCLI);
    }

    @Test
    void positiveRegistrationResponseEchoesTheRecordWithTheGrantedTtl() throws Exception {
        NameServicePacket granted = decode(NameServiceVectors.WINS_GRANTS_WINSGRP);
        assertThat(granted.response()).isTrue();
        assertThat(granted.flags()).isEqualTo(FLAG_AA | FLAG_RD | FLAG_RA);
        assertThat(granted.rcode()).isZero();
        assertThat(granted.answers().get(0).ttl()).isEqualTo(259_200);

        NameServicePacket request = decode(NameServiceVectors.NMBD_WINS_REGISTERS_WINSGRP);
        assertThat(NameServiceCodec.encode(NamePackets.positiveRegistrationResponse(request, 259_200)))
                .isEqualTo(NameServiceVectors.WINS_GRANTS_WINSGRP);
    }

    @Test
    void wackIsANullRecordWhoseTtlSaysHowLongToWait() throws Exception {
        NameServicePacket wack = decode(NameServiceVectors.WINS_WACK);
        assertThat(wack.response()).isTrue();
        assertThat(wack.opcode()).isEqualTo(OPCODE_WACK);
        assertThat(wack.flags()).isEqualTo(FLAG_AA);
        ResourceRecord record = wack.answers().get(0);
        assertThat(record.type()).isEqualTo(TYPE_NULL);
        assertThat(record.ttl()).isEqualTo(60);
        // RDATA: the request's opcode (5) and NM_FLAGS (RD) in the header's bit positions, R clear.
        assertThat(record.data()).containsExactly(0x29, 0x00);

        NameServicePacket request = decode(NameServiceVectors.P_NODE_REGISTERS_WINSCLI);
        assertThat(NameServiceCodec.encode(NamePackets.waitForAcknowledgement(request, 60)))
                .isEqualTo(NameServiceVectors.WINS_WACK);
    }

    @Test
    void refusalAfterTheChallengeIsActErrWithTheRequestersRecord() throws Exception {
        NameServicePacket refused = decode(NameServiceVectors.WINS_REFUSES);
        assertThat(refused.opcode()).isEqualTo(OPCODE_REGISTRATION);
        assertThat(refused.rcode()).isEqualTo(RCODE_ACT_ERR);
        assertThat(refused.answers().get(0).ttl()).isZero();

        NameServicePacket request = decode(NameServiceVectors.P_NODE_REGISTERS_WINSCLI);
        assertThat(NameServiceCodec.encode(NamePackets.negativeRegistrationResponse(request, RCODE_ACT_ERR)))
                .isEqualTo(NameServiceVectors.WINS_REFUSES);
    }

    @Test
    void refreshUsesOpcode8WithoutFlagsAndIsAnsweredUnderTheRegistrationOpcode() throws Exception {
        NameServicePacket refresh = decode(NameServiceVectors.NMBD_WINS_REFRESH);
        assertThat(refresh.opcode()).isEqualTo(OPCODE_REFRESH);
        assertThat(refresh.flags()).isZero();
        assertThat(NameServiceCodec.encode(NamePackets.refresh(0x16dc, WINSCLI, false, NodeType.H, ip("10.97.5.1"),
                259_200, OPCODE_REFRESH))).isEqualTo(NameServiceVectors.NMBD_WINS_REFRESH);

        NameServicePacket answer = decode(NameServiceVectors.WINS_REFRESHED);
        assertThat(answer.opcode()).isEqualTo(OPCODE_REGISTRATION);
        assertThat(answer.answers().get(0).ttl()).isEqualTo(60);
        assertThat(NameServiceCodec.encode(NamePackets.positiveRegistrationResponse(refresh, 60)))
                .isEqualTo(NameServiceVectors.WINS_REFRESHED);

        byte[] nine = NameServiceCodec.encode(NamePackets.refresh(0x16dc, WINSCLI, false, NodeType.H,
                ip("10.97.5.1"), 259_200, 9));
        assertThat(decode(nine).opcode()).isEqualTo(9);
        assertThatThrownBy(() -> NamePackets.refresh(1, WINSCLI, false, NodeType.H, ip("10.97.5.1"), 1, 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8 or 9");
    }

    @Test
    void unicastReleaseIsNmbdsWithTheTtlZeroAsRfc1002Has() throws Exception {
        NameServicePacket nmbd = decode(NameServiceVectors.NMBD_WINS_RELEASE);
        assertThat(nmbd.opcode()).isEqualTo(OPCODE_RELEASE);
        assertThat(nmbd.flags()).isZero();

        byte[] expected = NameServiceVectors.NMBD_WINS_RELEASE.clone();
        // The additional record's TTL sits 4 bytes after its pointer, type and class: nmbd leaves 259200 there.
        int ttlAt = expected.length - 6 - 2 - 4;
        Arrays.fill(expected, ttlAt, ttlAt + 4, (byte) 0);
        assertThat(NameServiceCodec.encode(NamePackets.release(0x1637, WINSCLI, false, NodeType.H, ip("10.97.5.1"),
                false))).isEqualTo(expected);

        NameServicePacket released = decode(NameServiceVectors.WINS_RELEASED);
        assertThat(released.flags()).isEqualTo(FLAG_AA);
        assertThat(NameServiceCodec.encode(NamePackets.positiveReleaseResponse(nmbd)))
                .isEqualTo(NameServiceVectors.WINS_RELEASED);
    }

    @Test
    void queryToTheServerAndItsTwoAnswers() throws Exception {
        NetbiosName fresh = NetbiosName.of("FRESHNAM", 0);
        NameServicePacket query = decode(NameServiceVectors.WINS_QUERY);
        assertThat(query.flags()).isEqualTo(FLAG_RD).matches(f -> (f & FLAG_B) == 0);
        assertThat(NameServiceCodec.encode(NamePackets.query(0x5151, fresh, false)))
                .isEqualTo(NameServiceVectors.WINS_QUERY);

        NameServicePacket found = decode(NameServiceVectors.WINS_QUERY_FOUND);
        assertThat(BroadcastProcedures.positive(found, fresh, new NameServiceCounters())).hasValueSatisfying(a -> {
            assertThat(a.ttl()).isEqualTo(259_154);
            assertThat(a.owners()).containsExactly(new NameAddress(false, NodeType.P, ip("10.97.5.1")));
        });
        assertThat(NameServiceCodec.encode(NamePackets.positiveQueryResponse(query,
                List.of(new NameAddress(false, NodeType.P, ip("10.97.5.1"))), 259_154)))
                .isEqualTo(NameServiceVectors.WINS_QUERY_FOUND);

        NameServicePacket notFound = decode(NameServiceVectors.WINS_QUERY_NOT_FOUND);
        assertThat(notFound.rcode()).isEqualTo(RCODE_NAM_ERR);
        assertThat(notFound.answers().get(0).type()).isEqualTo(TYPE_NULL);
        NameServicePacket nosuch = NamePackets.query(0x5252, NetbiosName.of("NOSUCH", 0), false);
        assertThat(NameServiceCodec.encode(NamePackets.negativeQueryResponse(nosuch)))
                .isEqualTo(NameServiceVectors.WINS_QUERY_NOT_FOUND);
    }

    private static NameServicePacket decode(byte[] bytes) throws NameServiceFormatException {
        return NameServiceCodec.decode(ByteBuffer.wrap(bytes));
    }
}
