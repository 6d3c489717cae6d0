package org.mailslot.net;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LocalComputerNameTest {

    @Test
    void takesTheFirstLabelInUpperCase() {
        assertThat(LocalComputerName.fromHostName("build-07.corp.example")).isEqualTo("BUILD-07");
    }

    @Test
    void cutsToFifteenCharacters() {
        assertThat(LocalComputerName.fromHostName("averyveryverylonghostname")).isEqualTo("AVERYVERYVERYLO");
    }

    @Test
    void dropsCharactersANetbiosNameCannotCarry() {
        assertThat(LocalComputerName.fromHostName("web+1_a!")).isEqualTo("WEB1_A");
        assertThat(LocalComputerName.fromHostName("..")).isEmpty();
    }

    @Test
    void derivesANameOnThisMachineWithoutANameLookup() {
        // /proc/sys/kernel/hostname on Linux: no resolver is asked, so this cannot send a DNS query.
        assertThat(LocalComputerName.derive()).get().asString().matches("[A-Z0-9_-]{1,15}");
    }
}
