package org.mailslot.bridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mailslot.slot.MailslotName;
import org.mailslot.wire.OemCodePage;
import org.mailslot.wire.WireLimits;

class EgressMapperTest {

    private final EgressMapper mapper = new EgressMapper("WORKGROUP", WireLimits.WINDOWS);

    @Test
    void computerTargetIsAUniqueDatagram() {
        EgressDecision d = mapper.map("\\\\plc7\\mailslot\\cmd", new byte[] {1});

        assertThat(d).isEqualTo(new EgressDecision.Send(new EgressTarget(MailslotName.parse("\\\\PLC7\\mailslot\\cmd"), false),
                ((EgressDecision.Send) d).body()));
        assertThat(((EgressDecision.Send) d).body()).containsExactly(1);
    }

    @Test
    void ownDomainAndStarAreGroupTargets() {
        assertThat(((EgressDecision.Send) mapper.map("\\\\workgroup\\MAILSLOT\\status", new byte[0])).target())
                .isEqualTo(new EgressTarget(MailslotName.parse("\\\\WORKGROUP\\mailslot\\status"), true));
        assertThat(((EgressDecision.Send) mapper.map("\\\\*\\mailslot\\a\\b", new byte[0])).target())
                .isEqualTo(new EgressTarget(MailslotName.parse("\\\\*\\mailslot\\a\\b"), true));
    }

    @Test
    void missingTargetIsRejected() {
        assertThat(reason(mapper.map(null, new byte[0]))).isEqualTo(EgressRejection.Reason.MISSING_TARGET);
        assertThat(reason(mapper.map(42, new byte[0]))).isEqualTo(EgressRejection.Reason.MISSING_TARGET);
    }

    @Test
    void malformedTargetsAreRejectedWithTheReason() {
        for (String bad : new String[] {"PLC7\\mailslot\\x", "\\\\PLC7\\pipe\\x", "\\\\PLC7\\mailslot\\",
                "\\\\PLC7\\mailslot\\a\\\\b", "\\\\ABCDEFGHIJKLMNOPQ\\mailslot\\x", "\\\\.\\mailslot\\x"}) {
            EgressDecision d = mapper.map(bad, new byte[0]);
            assertThat(reason(d)).as(bad).isEqualTo(EgressRejection.Reason.BAD_TARGET);
        }
    }

    @Test
    void slotNamesFollowTheHostsRulesSoSpacesAreAllowed() {
        // Windows slot names are file-like names; the mailslot host accepts a space, so egress does too.
        assertThat(mapper.map("\\\\PLC7\\mailslot\\has space", new byte[0])).isInstanceOf(EgressDecision.Send.class);
    }

    @Test
    void anOemSlotNameIsSentAndACharacterTheCodePageLacksIsABadTarget() {
        assertThat(mapper.map("\\\\PLC7\\mailslot\\CAF\u00e9", new byte[1])).isInstanceOf(EgressDecision.Send.class);

        EgressDecision d = mapper.map("\\\\PLC7\\mailslot\\K\u00f8GE", new byte[1]);
        EgressMapper us = new EgressMapper("WORKGROUP", "", WireLimits.WINDOWS, OemCodePage.CP437);
        assertThat(d).isInstanceOf(EgressDecision.Send.class);
        EgressDecision refused = us.map("\\\\PLC7\\mailslot\\K\u00f8GE", new byte[1]);
        assertThat(reason(refused)).isEqualTo(EgressRejection.Reason.BAD_TARGET);
        assertThat(((EgressDecision.Reject) refused).rejection().detail()).contains("'\u00f8' (U+00F8) at position 1",
                "OEM code page 437", "--code-page 437");
    }

    @Test
    void groupBodyOver424BytesIsOversize() {
        assertThat(mapper.map("\\\\*\\mailslot\\status", new byte[424])).isInstanceOf(EgressDecision.Send.class);

        EgressDecision d = mapper.map("\\\\*\\mailslot\\status", new byte[425]);
        assertThat(reason(d)).isEqualTo(EgressRejection.Reason.OVERSIZE);
        assertThat(((EgressDecision.Reject) d).rejection().detail()).contains("425", "424", "group");
    }

    @Test
    void uniqueLimitDependsOnTheNameLength() {
        // 432 - roundup4(len): "cmd" (3) -> 428
        assertThat(mapper.map("\\\\PLC7\\mailslot\\cmd", new byte[428])).isInstanceOf(EgressDecision.Send.class);
        assertThat(reason(mapper.map("\\\\PLC7\\mailslot\\cmd", new byte[429])))
                .isEqualTo(EgressRejection.Reason.OVERSIZE);
    }

    @Test
    void theSambaProfileKeepsWholeDatagramsWithin576Bytes() {
        EgressMapper samba = new EgressMapper("WORKGROUP", "", WireLimits.SAMBA);
        assertThat(samba.map("\\\\PLC7\\mailslot\\TEST", new byte[410])).isInstanceOf(EgressDecision.Send.class);

        EgressDecision d = samba.map("\\\\PLC7\\mailslot\\TEST", new byte[411]);
        assertThat(reason(d)).isEqualTo(EgressRejection.Reason.OVERSIZE);
        assertThat(((EgressDecision.Reject) d).rejection().detail()).contains("411", "410-byte limit",
                "--wire-limits samba", "576 bytes");
        // Scope labels ride in both names, so a scoped bridge has less room.
        assertThat(reason(new EgressMapper("WORKGROUP", "corp.example", WireLimits.SAMBA)
                .map("\\\\PLC7\\mailslot\\TEST", new byte[410]))).isEqualTo(EgressRejection.Reason.OVERSIZE);
    }

    private static EgressRejection.Reason reason(EgressDecision d) {
        assertThat(d).isInstanceOf(EgressDecision.Reject.class);
        return ((EgressDecision.Reject) d).rejection().reason();
    }
}
