package org.mailslot.jms.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mailslot.jms.MailslotConnectionFactory;

class RedeliveryPolicyTest {

    @Test
    void firstRedeliveryIsImmediateThenTheDelayGrowsUpToItsCap() {
        RedeliveryPolicy policy = new RedeliveryPolicy(10, 100, 2.0, 1_000, "DLQ");
        assertThat(policy.delayAfter(1)).isZero();
        assertThat(policy.delayAfter(2)).isEqualTo(100);
        assertThat(policy.delayAfter(3)).isEqualTo(200);
        assertThat(policy.delayAfter(5)).isEqualTo(800);
        assertThat(policy.delayAfter(6)).isEqualTo(1_000);
        assertThat(policy.delayAfter(60)).isEqualTo(1_000);
    }

    @Test
    void theLimitCountsRedeliveriesAfterTheFirstDelivery() {
        RedeliveryPolicy policy = new RedeliveryPolicy(2, 0, 1.0, 0, "DLQ");
        assertThat(policy.exhausted(2)).isFalse();
        assertThat(policy.exhausted(3)).isTrue();
        assertThat(new RedeliveryPolicy(-1, 0, 1.0, 0, "DLQ").exhausted(Integer.MAX_VALUE)).isFalse();
    }

    @Test
    void malformedOptionsFailWhenTheFactoryIsConfigured() {
        assertThatThrownBy(() -> new MailslotConnectionFactory("mailslot://local?jms.redeliveryBackoff=0.5"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backoff");
        assertThatThrownBy(() -> new MailslotConnectionFactory("mailslot://local?jms.maxRedeliveries=-2"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxRedeliveries");
        assertThatThrownBy(() -> new MailslotConnectionFactory("mailslot://local?jms.deadLetterQueue=a*b"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new MailslotConnectionFactory("mailslot://local").getOptions().redeliveryPolicy())
                .isEqualTo(RedeliveryPolicy.DEFAULT);
    }
}
