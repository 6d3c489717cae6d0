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
        // Letters beyond ASCII (what an OEM code page writes) are letters; other characters are %xx of UTF-8.
        "\\MAILSLOT\\CAF\u00c9, caf\u00e9",
        "\\MAILSLOT\\\u00c7a\\K\u00f8GE, \u00e7a.k\u00f8ge",
        "\\MAILSLOT\\a\u00a2, a%c2%a2",
        "\\MAILSLOT\\\u2591\u00b2, %e2%96%91%c2%b2",
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
    void casesOfAnAccentedLetterShareOneAddress() {
        assertThat(SlotPath.fromWireName("\\MAILSLOT\\CAF\u00c9").addressSuffix())
                .isEqualTo(SlotPath.fromWireName("\\MAILSLOT\\caf\u00e9").addressSuffix());
        assertThat(SlotPath.fromWireName("\\MAILSLOT\\CAF\u00c9"))
                .isNotEqualTo(SlotPath.fromWireName("\\MAILSLOT\\caf\u00e9")).as("kept as sent");
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
