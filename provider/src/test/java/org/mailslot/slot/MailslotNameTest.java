package org.mailslot.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailslotNameTest {

    @Test
    void parsesEveryUncForm() {
        MailslotName local = MailslotName.parse("\\\\.\\mailslot\\taxes\\bobs_comments");
        assertThat(local.isLocal()).isTrue();
        assertThat(local.path()).isEqualTo("taxes\\bobs_comments");
        assertThat(local.wireName()).isEqualTo("\\MAILSLOT\\taxes\\bobs_comments");

        MailslotName computer = MailslotName.parse("\\\\hosta\\MailSlot\\cmd");
        assertThat(computer.isLocal()).isFalse();
        assertThat(computer.isPrimaryDomain()).isFalse();
        assertThat(computer.server()).isEqualTo("HOSTA");

        MailslotName domain = MailslotName.parse("\\\\WORKGROUP\\mailslot\\status");
        assertThat(domain.server()).isEqualTo("WORKGROUP");

        MailslotName star = MailslotName.parse("\\\\*\\mailslot\\status");
        assertThat(star.isPrimaryDomain()).isTrue();
        assertThat(star.toString()).isEqualTo("\\\\*\\mailslot\\status");
    }

    @Test
    void equalityIgnoresCaseButToStringKeepsIt() {
        MailslotName a = MailslotName.parse("\\\\.\\mailslot\\Taxes\\Bob");
        MailslotName b = MailslotName.parse("\\\\.\\MAILSLOT\\taxes\\BOB");
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.toString()).isEqualTo("\\\\.\\mailslot\\Taxes\\Bob");
        assertThat(MailslotName.parse("\\\\hosta\\mailslot\\x")).isEqualTo(MailslotName.parse("\\\\HOSTA\\mailslot\\X"));
        assertThat(a).isNotEqualTo(MailslotName.parse("\\\\HOSTA\\mailslot\\taxes\\bob"));
    }

    @Test
    void wireNamesMapToLocalNames() {
        assertThat(MailslotName.fromWireName("\\mailslot\\NET\\NETLOGON"))
                .isEqualTo(MailslotName.local("net\\netlogon"));
        assertThat(MailslotName.parse("\\\\HOSTA\\mailslot\\a\\b").toLocal())
                .isEqualTo(MailslotName.parse("\\\\.\\mailslot\\A\\B"));
        assertThatThrownBy(() -> MailslotName.fromWireName("\\PIPE\\x"))
                .isInstanceOf(MailslotNameException.class)
                .satisfies(e -> assertThat(((MailslotNameException) e).rule())
                        .isEqualTo(MailslotNameException.Rule.WRONG_PREFIX));
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @CsvSource(delimiter = '|', value = {
            "''|EMPTY",
            "mailslot\\x|WRONG_PREFIX",
            "\\\\.\\pipe\\x|WRONG_PREFIX",
            "\\\\.\\mailslotx|WRONG_PREFIX",
            "\\\\.|WRONG_PREFIX",
            "\\\\\\mailslot\\x|EMPTY",
            "\\\\.\\mailslot\\|EMPTY",
            "\\\\.\\mailslot\\a\\\\b|EMPTY_LEVEL",
            "\\\\.\\mailslot\\a\\|EMPTY_LEVEL",
            "\\\\.\\mailslot\\a?b|BAD_CHARACTER",
            "\\\\.\\mailslot\\a:b|BAD_CHARACTER",
            "\\\\HOST A\\mailslot\\x|BAD_CHARACTER",
            "\\\\SIXTEENCHARSLONG\\mailslot\\x|TOO_LONG",
    })
    void malformedNamesSayWhichRuleTheyBreak(String name, MailslotNameException.Rule rule) {
        assertThatThrownBy(() -> MailslotName.parse(name))
                .isInstanceOf(MailslotNameException.class)
                .hasMessageContaining(rule.name())
                .satisfies(e -> assertThat(((MailslotNameException) e).rule()).isEqualTo(rule));
    }

    @Test
    void nullAndNonAsciiAndOverlongPathsAreRefused() {
        assertThatThrownBy(() -> MailslotName.parse(null)).isInstanceOf(MailslotNameException.class);
        assertThatThrownBy(() -> MailslotName.local("caf\u00e9"))
                .hasMessageContaining("U+00E9").hasMessageContaining("BAD_CHARACTER");
        assertThatThrownBy(() -> MailslotName.local("x".repeat(MailslotName.MAX_PATH_LENGTH + 1)))
                .hasMessageContaining("TOO_LONG");
        assertThat(MailslotName.local("x".repeat(MailslotName.MAX_PATH_LENGTH)).path())
                .hasSize(MailslotName.MAX_PATH_LENGTH);
    }

    @Property
    void everyValidNameSurvivesToStringAndParse(
            @ForAll @StringLength(min = 1, max = 15) @CharRange(from = 'A', to = 'Z') String server,
            @ForAll @StringLength(min = 1, max = 40) @CharRange(from = 'a', to = 'z') String level1,
            @ForAll @StringLength(min = 1, max = 40) @CharRange(from = '0', to = '9') String level2) {
        MailslotName name = MailslotName.parse("\\\\" + server + "\\mailslot\\" + level1 + "\\" + level2);
        assertThat(MailslotName.parse(name.toString())).isEqualTo(name);
        assertThat(MailslotName.fromWireName(name.wireName())).isEqualTo(name.toLocal());
    }
}
