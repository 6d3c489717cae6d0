package org.mailslot.bridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailslot.slot.MailslotName;
import org.mailslot.slot.MailslotNameException;
import org.mailslot.testing.MailslotNameTable;
import org.mailslot.wire.WireLimits;

/**
 * The provider's shared name table through the bridge: wire names of received datagrams and their address mapping
 * (ingress), and target names of messages to send (egress), accept and refuse exactly what the slot model does.
 */
class SlotNameTableTest {

    private final EgressMapper egress = new EgressMapper("WORKGROUP", WireLimits.WINDOWS);

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.mailslot.testing.MailslotNameTable#wireNames")
    void ingressWireNamesAndTheirAddresses(MailslotNameTable.Row row) {
        if (!row.accepted()) {
            assertThatThrownBy(() -> SlotPath.fromWireName(row.wireName()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a mailslot name")
                    .hasCauseInstanceOf(MailslotNameException.class)
                    .hasMessageContaining(row.refused().name());
            return;
        }
        SlotPath slot = SlotPath.fromWireName(row.wireName());
        assertThat(slot.mailslotName()).isEqualTo(MailslotName.fromWireName(row.wireName()));
        assertThat(slot.asSent()).isEqualTo(row.pathOnWire());
        // Address labels: lower case letters (accented ones too), digits, '_', '-', '.' between levels and %xx for the
        // rest; never a broker wildcard.
        assertThat(slot.addressSuffix()).matches("[\\p{L}\\p{N}_.%-]+").doesNotContain("*", "#")
                .isEqualTo(MailslotName.foldCase(slot.addressSuffix()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.mailslot.testing.MailslotNameTable#all")
    void egressTargets(MailslotNameTable.Row row) {
        EgressDecision decision = egress.map(row.unc(), new byte[1]);
        if (row.accepted()) {
            boolean local = MailslotName.parse(row.unc()).isLocal();
            assertThat(decision).as("local names are the bridge's own slots, refused for egress")
                    .isInstanceOf(local ? EgressDecision.Reject.class : EgressDecision.Send.class);
        } else {
            assertThat(decision).isInstanceOf(EgressDecision.Reject.class);
            EgressRejection rejection = ((EgressDecision.Reject) decision).rejection();
            assertThat(rejection.reason()).isEqualTo(EgressRejection.Reason.BAD_TARGET);
            assertThat(rejection.detail()).contains(row.refused().name());
        }
    }
}
