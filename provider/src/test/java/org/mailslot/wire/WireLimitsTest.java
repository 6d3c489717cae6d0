package org.mailslot.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WireLimitsTest {

    @ParameterizedTest
    @CsvSource({"A, 428", "ABCD, 428", "ABCDE, 424", "a\\b\\c, 424", "ABCDEFGH, 424", "ABCDEFGHI, 420",
        "ABCDEFGHIJKLMNOP, 416"})
    void uniqueLimitIs432MinusRoundedNameLength(String slotPath, int expected) {
        assertThat(WireLimits.WINDOWS.maxPayload(false, "\\MAILSLOT\\" + slotPath)).isEqualTo(expected);
        assertThat(WireLimits.WINDOWS.maxPayload(false, "\\mailslot\\" + slotPath)).isEqualTo(expected);
        assertThat(WireLimits.WINDOWS.maxPayload(false, slotPath)).isEqualTo(expected);
    }

    @Test
    void groupLimitIs424WhateverTheName() {
        assertThat(WireLimits.WINDOWS.maxPayload(true, "\\MAILSLOT\\A")).isEqualTo(424);
        assertThat(WireLimits.WINDOWS.maxPayload(true, "\\MAILSLOT\\ABCDEFGHIJKLMNOP")).isEqualTo(424);
        assertThat(WireLimits.GROUP_PAYLOAD_LIMIT).isEqualTo(424);
    }

    @Test
    void ceilingAppliesToEveryTarget() {
        WireLimits limits = WireLimits.withCeiling(8000);

        assertThat(limits.maxPayload(true, "\\MAILSLOT\\A")).isEqualTo(8000);
        assertThat(limits.maxPayload(false, "\\MAILSLOT\\ABCDEFGHIJKLMNOP")).isEqualTo(8000);
        assertThat(limits).isEqualTo(WireLimits.withCeiling(8000)).isNotEqualTo(WireLimits.WINDOWS);
    }

    @Test
    void ceilingOutsideItsRangeIsRejected() {
        assertThatThrownBy(() -> WireLimits.withCeiling(0)).hasMessageContaining("0 is outside 1..65000");
        assertThatThrownBy(() -> WireLimits.withCeiling(65_001)).hasMessageContaining("65001 is outside");
    }

    @Test
    void checkNamesSizeLimitAndRule() {
        assertThatThrownBy(() -> WireLimits.WINDOWS.check(425, true, "\\MAILSLOT\\TEST"))
                .isInstanceOfSatisfying(MessageTooLargeException.class, e -> {
                    assertThat(e.size()).isEqualTo(425);
                    assertThat(e.limit()).isEqualTo(424);
                })
                .hasMessage("message of 425 bytes exceeds the limit of 424 bytes: "
                        + "group datagrams carry at most 424 bytes");
        assertThatThrownBy(() -> WireLimits.withCeiling(1000).check(1001, false, "\\MAILSLOT\\TEST"))
                .hasMessageContaining("configured ceiling for every target is 1000 bytes");
    }
}
