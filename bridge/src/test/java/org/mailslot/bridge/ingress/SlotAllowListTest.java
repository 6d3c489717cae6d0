package org.mailslot.bridge.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlotAllowListTest {

    @Test
    void noPatternAllowsEverySlot() {
        assertThat(new SlotAllowList(List.of()).allows("anything\\at\\all")).isTrue();
    }

    @Test
    void exactNameMatchesInAnyCase() {
        SlotAllowList list = new SlotAllowList(List.of("Browse"));

        assertThat(list.allows("BROWSE")).isTrue();
        assertThat(list.allows("browser")).isFalse();
    }

    @Test
    void accentedLettersMatchInAnyCaseToo() {
        SlotAllowList list = new SlotAllowList(List.of("CAF\u00c9*"));

        assertThat(list.allows("caf\u00e9s")).isTrue();
        assertThat(list.allows("cafe")).isFalse();
    }

    @Test
    void starStaysWithinOneLevel() {
        SlotAllowList list = new SlotAllowList(List.of("net\\*"));

        assertThat(list.allows("NET\\NETLOGON")).isTrue();
        assertThat(list.allows("net\\a\\b")).isFalse();
        assertThat(list.allows("net")).isFalse();
    }

    @Test
    void doubleStarCrossesLevels() {
        SlotAllowList list = new SlotAllowList(List.of("plant/**"));

        assertThat(list.allows("plant\\line1\\status")).isTrue();
        assertThat(list.allows("plantx")).isFalse();
    }

    @Test
    void questionMarkIsOneCharacterAndDotsAreLiteral() {
        SlotAllowList list = new SlotAllowList(List.of("line?.log"));

        assertThat(list.allows("line1.log")).isTrue();
        assertThat(list.allows("line12.log")).isFalse();
        assertThat(list.allows("line1xlog")).isFalse();
    }

    @Test
    void anyOfSeveralPatternsAllows() {
        SlotAllowList list = new SlotAllowList(List.of("status", "cmd\\*"));

        assertThat(list.allows("status")).isTrue();
        assertThat(list.allows("cmd\\reset")).isTrue();
        assertThat(list.allows("other")).isFalse();
    }

    @Test
    void emptyPatternIsAnError() {
        assertThatThrownBy(() -> SlotGlob.compile("")).hasMessageContaining("empty slot pattern");
    }
}
