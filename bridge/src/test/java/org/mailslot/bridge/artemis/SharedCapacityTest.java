package org.mailslot.bridge.artemis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SharedCapacityTest {

    @Test
    void givesOutPlacesUpToTheCapacityAndTakesThemBack() {
        SharedCapacity capacity = new SharedCapacity(3);

        assertThat(capacity.tryTake()).isTrue();
        assertThat(capacity.tryTake()).isTrue();
        assertThat(capacity.tryTake()).isTrue();
        assertThat(capacity.tryTake()).isFalse();

        capacity.giveBack(2);
        assertThat(capacity.tryTake()).isTrue();
        assertThat(capacity.tryTake()).isTrue();
        assertThat(capacity.tryTake()).isFalse();
    }

    @Test
    void refusesACapacityBelowOne() {
        assertThatThrownBy(() -> new SharedCapacity(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }
}
