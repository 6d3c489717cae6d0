package org.mailslot.bridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlotPathTest {

    @ParameterizedTest
    @CsvSource({
        "\\MAILSLOT\\TEST, test",
        "\\mailslot\\Net\\Netlogon, net.netlogon",
        "\\MAILSLOT\\a.b, a%2eb",
        "\\MAILSLOT\\x~#, x%7e%23",
        "\\MAILSLOT\\under_score-dash, under_score-dash",
    })
    void addressSuffixIsLowerCaseDottedAndEscapesTheRest(String wireName, String suffix) {
        assertThat(SlotPath.fromWireName(wireName).addressSuffix()).isEqualTo(suffix);
    }

    @Test
    void aDotInANameAndALevelSeparatorStayDistinct() {
        assertThat(SlotPath.fromWireName("\\MAILSLOT\\a.b").addressSuffix())
                .isNotEqualTo(SlotPath.fromWireName("\\MAILSLOT\\a\\b").addressSuffix());
    }

    @Test
    void keepsThePathAsSent() {
        assertThat(SlotPath.fromWireName("\\MAILSLOT\\Net\\Logon").asSent()).isEqualTo("Net\\Logon");
    }

    @Test
    void rejectsANameWithoutTheMailslotPrefixOrWithNothingAfterIt() {
        assertThatThrownBy(() -> SlotPath.fromWireName("\\PIPE\\x")).hasMessageContaining("not a mailslot name");
        assertThatThrownBy(() -> SlotPath.fromWireName("\\MAILSLOT\\")).hasMessageContaining("not a mailslot name");
    }
}
