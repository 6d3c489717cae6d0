package org.mailslot.bridge.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SlotBudgetTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private final AtomicLong nanos = new AtomicLong(100 * SECOND);
    private final Set<String> inBroker = new HashSet<>();
    private final SlotBudget budget = new SlotBudget(3, Set.of("mailslot.declared"), Duration.ofSeconds(60),
            nanos::get, inBroker::contains);

    @Test
    void newSlotsBeyondTheBoundAreRefusedWhileKnownOnesKeepFlowing() {
        assertThat(admitAll("mailslot.a", "mailslot.b", "mailslot.c")).isTrue();
        assertThat(budget.admit("mailslot.d")).isFalse();
        assertThat(budget.admit("mailslot.a")).isTrue();
        assertThat(budget.admit("mailslot.c")).isTrue();
        assertThat(budget.size()).isEqualTo(3);
    }

    @Test
    void operatorDeclaredSlotsAreAlwaysAdmittedAndNeverCount() {
        admitAll("mailslot.a", "mailslot.b", "mailslot.c");
        assertThat(budget.admit("mailslot.declared")).isTrue();
        assertThat(budget.size()).isEqualTo(3);
    }

    @Test
    void anIdleSlotTheBrokerRemovedGivesItsPlaceToANewOne() {
        admitAll("mailslot.a", "mailslot.b", "mailslot.c");
        inBroker.addAll(Set.of("mailslot.b", "mailslot.c"));
        nanos.addAndGet(59 * SECOND);
        assertThat(budget.admit("mailslot.d")).as("not idle long enough").isFalse();

        nanos.addAndGet(SECOND);
        assertThat(budget.admit("mailslot.d")).as("a is idle and gone from the broker").isTrue();
        assertThat(budget.admit("mailslot.e")).as("b and c are idle but still hold messages").isFalse();
        assertThat(budget.admit("mailslot.b")).isTrue();
    }

    private boolean admitAll(String... addresses) {
        boolean all = true;
        for (String address : addresses) {
            inBroker.add(address);
            all &= budget.admit(address);
        }
        inBroker.clear();
        return all;
    }
}
