package org.mailslot.jms.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import jakarta.jms.Message;
import org.junit.jupiter.api.Test;

class TopicRouterTest {

    private static final String TOPIC = "\\\\*\\mailslot\\status";

    private final TopicRouter router = new TopicRouter(
            name -> new MessageQueue(name, System::currentTimeMillis, DeliveryScheduler.NONE, 0));

    private static QueuedMessage message(String origin) {
        return new QueuedMessage(mock(Message.class), 4, 0, 0, new MessageOrigin(origin, null), 10);
    }

    @Test
    void everySubscriptionGetsItsOwnCopy() {
        Subscription a = router.subscribe(TOPIC, "", m -> true, false, "c1");
        Subscription b = router.subscribe(TOPIC.toUpperCase(), "", m -> true, false, "c2");
        assertThat(router.publish(TOPIC, message("c3"))).isEqualTo(2);
        QueuedMessage copyA = a.queue().poll(Selection.ALL);
        QueuedMessage copyB = b.queue().poll(Selection.ALL);
        assertThat(copyA).isNotSameAs(copyB);
        assertThat(copyA.message()).isSameAs(copyB.message());
    }

    @Test
    void noLocalKeepsMessagesOutAndTheSelectorDiscardsOnTake() {
        Subscription local = router.subscribe(TOPIC, "", m -> true, true, "c1");
        Subscription picky = router.subscribe(TOPIC, "x = 1", m -> false, false, "c2");
        assertThat(router.publish(TOPIC, message("c1"))).isEqualTo(1);
        assertThat(router.publish(TOPIC, message("c2"))).isEqualTo(2);
        assertThat(local.queue().depth()).isEqualTo(1);
        // The publisher (for remote messages the host's reader thread) never runs a selector: the consumer does.
        assertThat(picky.queue().depth()).isEqualTo(2);
        assertThat(picky.queue().poll(picky.selection())).isNull();
        assertThat(picky.queue().depth()).isZero();
    }

    @Test
    void aNonDurableSubscriptionEndsWithItsLastConsumer() {
        Subscription s = router.subscribe(TOPIC, "", m -> true, false, "c1");
        router.release(s);
        assertThat(s.queue().isClosed()).isTrue();
        assertThat(router.publish(TOPIC, message("c2"))).isZero();
    }

    @Test
    void aDurableSubscriptionKeepsMessagesWhileNobodyConsumes() throws Exception {
        Subscription s = router.subscribeNamed(Subscription.Kind.DURABLE, "client", "audit", TOPIC, "", m -> true,
                false, "client");
        router.release(s);
        router.publish(TOPIC, message("other"));
        Subscription again = router.subscribeNamed(Subscription.Kind.DURABLE, "client", "audit", TOPIC, "",
                m -> true, false, "client");
        assertThat(again).isSameAs(s);
        assertThat(again.queue().depth()).isEqualTo(1);
    }

    @Test
    void anUnsharedDurableSubscriptionAllowsOneConsumer() throws Exception {
        router.subscribeNamed(Subscription.Kind.DURABLE, "client", "audit", TOPIC, "", m -> true, false, "client");
        assertThatThrownBy(() -> router.subscribeNamed(Subscription.Kind.DURABLE, "client", "audit", TOPIC, "",
                m -> true, false, "client"))
                .isInstanceOf(SubscriptionException.class)
                .hasMessageContaining("active consumer")
                .extracting(e -> ((SubscriptionException) e).kind()).isEqualTo(SubscriptionException.Kind.IN_USE);
    }

    @Test
    void aSharedSubscriptionSpreadsMessagesOverItsConsumers() throws Exception {
        Subscription first = router.subscribeNamed(Subscription.Kind.SHARED_NON_DURABLE, null, "workers", TOPIC, "",
                m -> true, false, "c1");
        Subscription second = router.subscribeNamed(Subscription.Kind.SHARED_NON_DURABLE, null, "workers", TOPIC,
                "", m -> true, false, "c2");
        assertThat(second).isSameAs(first);
        assertThat(router.publish(TOPIC, message("c3"))).isEqualTo(1);
        router.release(first);
        assertThat(first.queue().isClosed()).isFalse();
        router.release(second);
        assertThat(first.queue().isClosed()).isTrue();
    }

    @Test
    void changingTheSelectorOfAnIdleDurableSubscriptionReplacesIt() throws Exception {
        Subscription old = router.subscribeNamed(Subscription.Kind.DURABLE, "client", "audit", TOPIC, "", m -> true,
                false, "client");
        router.publish(TOPIC, message("x"));
        router.release(old);
        Subscription changed = router.subscribeNamed(Subscription.Kind.DURABLE, "client", "audit", TOPIC, "a = 1",
                m -> true, false, "client");
        assertThat(changed).isNotSameAs(old);
        assertThat(old.queue().isClosed()).isTrue();
        assertThat(changed.queue().depth()).isZero();
    }

    @Test
    void kindsDoNotMixUnderOneName() throws Exception {
        router.subscribeNamed(Subscription.Kind.SHARED_NON_DURABLE, null, "n", TOPIC, "", m -> true, false, "c");
        assertThatThrownBy(() -> router.subscribeNamed(Subscription.Kind.SHARED_DURABLE, null, "n", TOPIC, "",
                m -> true, false, "c"))
                .extracting(e -> ((SubscriptionException) e).kind()).isEqualTo(SubscriptionException.Kind.CONFLICT);
    }

    @Test
    void unsubscribeRules() throws Exception {
        assertThatThrownBy(() -> router.unsubscribe("client", "none"))
                .extracting(e -> ((SubscriptionException) e).kind()).isEqualTo(SubscriptionException.Kind.NOT_FOUND);
        Subscription s = router.subscribeNamed(Subscription.Kind.DURABLE, "client", "audit", TOPIC, "", m -> true,
                false, "client");
        assertThatThrownBy(() -> router.unsubscribe("client", "audit"))
                .extracting(e -> ((SubscriptionException) e).kind()).isEqualTo(SubscriptionException.Kind.IN_USE);
        router.release(s);
        router.unsubscribe("client", "audit");
        assertThat(s.queue().isClosed()).isTrue();
        assertThatThrownBy(() -> router.unsubscribe("client", "audit"))
                .extracting(e -> ((SubscriptionException) e).kind()).isEqualTo(SubscriptionException.Kind.NOT_FOUND);
    }
}
