package org.mailslot.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mailslot.testing.RandomInputs.forAll;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.mailslot.testing.MailslotNameTable;

class MailslotNameTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.mailslot.testing.MailslotNameTable#all")
    void theSharedNameTable(MailslotNameTable.Row row) {
        if (row.accepted()) {
            MailslotName name = MailslotName.parse(row.unc());
            assertThat(MailslotName.parse(name.toString())).isEqualTo(name);
            assertThat(name.wireName().length()).isLessThanOrEqualTo(255);
        } else {
            assertThatThrownBy(() -> MailslotName.parse(row.unc()))
                    .isInstanceOf(MailslotNameException.class)
                    .satisfies(e -> assertThat(((MailslotNameException) e).rule()).isEqualTo(row.refused()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.mailslot.testing.MailslotNameTable#wireNames")
    void theSharedNameTableOnTheWire(MailslotNameTable.Row row) {
        if (row.accepted()) {
            assertThat(MailslotName.fromWireName(row.wireName()).path()).isEqualTo(row.pathOnWire());
        } else {
            assertThatThrownBy(() -> MailslotName.fromWireName(row.wireName()))
                    .isInstanceOf(MailslotNameException.class)
                    .satisfies(e -> assertThat(((MailslotNameException) e).rule()).isEqualTo(row.refused()));
        }
    }

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
    void accentedLettersFoldAsWindowsFoldsThem() {
        // 0x82 and 0x90 in code page 850: one slot, as on Windows.
        assertThat(MailslotName.local("CAF\u00c9")).isEqualTo(MailslotName.local("caf\u00e9"));
        assertThat(MailslotName.local("CAF\u00c9").pathKey()).isEqualTo("caf\u00e9");
        assertThat(MailslotName.local("CAF\u00c9").path()).isEqualTo("CAF\u00c9");
        assertThat(MailslotName.local("\u00c7a\\\u00d8").toLocal())
                .isEqualTo(MailslotName.fromWireName("\\MAILSLOT\\\u00e7A\\\u00f8"));
        // Character by character, without String.toLowerCase's context rules: a final sigma folds like any sigma
        // (code page 437 has both), and the dotless i of code page 850 (0xD5) is an I to Windows' upcase table.
        assertThat(MailslotName.foldCase("X\u03a3")).isEqualTo(MailslotName.foldCase("x\u03c3"))
                .isEqualTo(MailslotName.foldCase("X\u03c2")).isEqualTo("x\u03c3");
        assertThat(MailslotName.foldCase("\u0131")).isEqualTo(MailslotName.foldCase("I"));
        assertThat(MailslotName.local("\u00df").pathKey()).as("no one-character upper case: kept").isEqualTo("\u00df");
    }

    @Test
    void anAsciiPathFoldsAsBeforeAndAFoldedOneIsKeptAsItIs() {
        assertThat(MailslotName.foldCase("Net\\NetLogon")).isEqualTo("net\\netlogon");
        String folded = "already\\folded-1";
        assertThat(MailslotName.foldCase(folded)).isSameAs(folded);
        forAll(1000, random -> random.string(' ', '~', 1, 40),
                text -> assertThat(MailslotName.foldCase(text)).isEqualTo(text.toLowerCase(java.util.Locale.ROOT)));
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

    // Beyond the shared table: forms only the UNC parser meets.
    @ParameterizedTest(name = "{0} breaks {1}")
    @CsvSource(delimiter = '|', value = {
            "''|EMPTY",
            "mailslot\\x|WRONG_PREFIX",
            "\\\\.\\mailslotx|WRONG_PREFIX",
            "\\\\.|WRONG_PREFIX",
    })
    void malformedNamesSayWhichRuleTheyBreak(String name, MailslotNameException.Rule rule) {
        assertThatThrownBy(() -> MailslotName.parse(name))
                .isInstanceOf(MailslotNameException.class)
                .hasMessageContaining(rule.name())
                .satisfies(e -> assertThat(((MailslotNameException) e).rule()).isEqualTo(rule));
    }

    @Test
    void nullAndControlAndOverlongPathsAreRefused() {
        assertThatThrownBy(() -> MailslotName.parse(null)).isInstanceOf(MailslotNameException.class);
        assertThatThrownBy(() -> MailslotName.local("caf\u0085"))
                .hasMessageContaining("U+0085").hasMessageContaining("BAD_CHARACTER");
        assertThatThrownBy(() -> MailslotName.local("x".repeat(MailslotName.MAX_PATH_LENGTH + 1)))
                .hasMessageContaining("TOO_LONG");
        assertThat(MailslotName.local("x".repeat(MailslotName.MAX_PATH_LENGTH)).path())
                .hasSize(MailslotName.MAX_PATH_LENGTH);
    }

    @Test
    void everyValidNameSurvivesToStringAndParse() {
        // Computer names up to the 15-character limit and two levels of letters or digits up to 40 characters each.
        forAll(1000, random -> "\\\\" + random.string('A', 'Z', 1, 15)
                + "\\mailslot\\" + random.string('a', 'z', 1, 40) + "\\" + random.string('0', '9', 1, 40), text -> {
                    MailslotName name = MailslotName.parse(text);
                    assertThat(MailslotName.parse(name.toString())).isEqualTo(name);
                    assertThat(MailslotName.fromWireName(name.wireName())).isEqualTo(name.toLocal());
                });
    }
}
