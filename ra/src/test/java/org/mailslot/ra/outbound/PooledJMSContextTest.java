package org.mailslot.ra.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TransactionInProgressRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailslot.ra.MailslotResourceAdapter;
import org.mailslot.ra.inbound.WorkManagers;

/** JMSContext on the pooled factories: the simplified API over a pooled handle, under the container's rules. */
class PooledJMSContextTest {

    private final MailslotResourceAdapter adapter = new MailslotResourceAdapter();
    private final MailslotManagedConnectionFactory managed = new MailslotManagedConnectionFactory();
    private OneConnectionPool pool;
    private ConnectionFactory factory;

    @BeforeEach
    void start() throws Exception {
        adapter.start(WorkManagers.bootstrap(WorkManagers.threads()));
        managed.setResourceAdapter(adapter);
        pool = new OneConnectionPool(managed);
        factory = (ConnectionFactory) managed.createConnectionFactory(pool);
    }

    @AfterEach
    void stop() throws Exception {
        pool.connection.destroy();
        adapter.stop();
    }

    @Test
    void contextSendsAndReceivesWithPropertiesThroughThePooledConnection() {
        try (JMSContext context = factory.createContext()) {
            Queue orders = context.createQueue("orders");
            JMSConsumer consumer = context.createConsumer(orders);
            context.createProducer().setProperty("lot", 7).setJMSType("order").send(orders, "one");

            Message received = consumer.receive(5_000);
            assertThat(received.getBody(String.class)).isEqualTo("one");
            assertThat(received.getStringProperty("lot")).isEqualTo("7");
            assertThat(received.getJMSType()).isEqualTo("order");
            context.createProducer().send(orders, new byte[] {1, 2});
            assertThat(consumer.receiveBody(byte[].class, 5_000)).containsExactly(1, 2);
        } catch (jakarta.jms.JMSException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyCreateContextVariantWorksAndCloseGivesTheConnectionBack() {
        try (JMSContext plain = factory.createContext()) {
            assertThat(plain.getSessionMode()).isEqualTo(JMSContext.AUTO_ACKNOWLEDGE);
        }
        try (JMSContext withUser = factory.createContext("app", "secret")) {
            assertThat(withUser.getTransacted()).isFalse();
        }
        try (JMSContext dupsOk = factory.createContext(JMSContext.DUPS_OK_ACKNOWLEDGE)) {
            assertThat(dupsOk.getSessionMode()).isEqualTo(JMSContext.DUPS_OK_ACKNOWLEDGE);
        }
        // Outside a transaction a container ignores transacted and client-acknowledge modes (section 12.3).
        try (JMSContext transacted = factory.createContext("app", "secret", JMSContext.SESSION_TRANSACTED)) {
            assertThat(transacted.getTransacted()).isFalse();
            assertThat(transacted.getSessionMode()).isEqualTo(JMSContext.AUTO_ACKNOWLEDGE);
        }
        assertThat(pool.handedOut).hasValue(4);
        assertThat(pool.returned).hasValue(4);

        JMSContext closed = factory.createContext();
        closed.close();
        closed.close();
        assertThat(pool.returned).hasValue(5);
        assertThatThrownBy(() -> closed.createQueue("x")).isInstanceOf(IllegalStateRuntimeException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> factory.createContext(99)).hasMessageContaining("Session mode 99");
        assertThat(pool.returned).hasValue(6);
    }

    @Test
    void containerRulesAreEnforcedWithTheirReason() {
        try (JMSContext context = factory.createContext()) {
            assertThatThrownBy(() -> context.setClientID("x")).isInstanceOf(IllegalStateRuntimeException.class)
                    .hasMessageContaining("application server");
            assertThatThrownBy(() -> context.setExceptionListener(e -> { }))
                    .isInstanceOf(IllegalStateRuntimeException.class);
            assertThatThrownBy(context::stop).isInstanceOf(IllegalStateRuntimeException.class);
            assertThatThrownBy(() -> context.createContext(JMSContext.AUTO_ACKNOWLEDGE))
                    .isInstanceOf(IllegalStateRuntimeException.class).hasMessageContaining("createContext");
            JMSConsumer consumer = context.createConsumer(context.createQueue("orders"));
            assertThatThrownBy(() -> consumer.setMessageListener(m -> { }))
                    .isInstanceOf(IllegalStateRuntimeException.class).hasMessageContaining("message-driven bean");
            // The context still works after the refusals.
            context.createProducer().send(context.createQueue("orders"), "still");
            assertThat(consumer.receiveBody(String.class, 5_000)).isEqualTo("still");
        }
    }

    @Test
    void serverLocalTransactionDecidesTheContextsSends() throws Exception {
        try (JMSContext observer = ((ConnectionFactory) managed.createConnectionFactory()).createContext()) {
            JMSConsumer consumer = observer.createConsumer(observer.createQueue("billing"));

            pool.connection.getLocalTransaction().begin();
            // The mode asked for is ignored: the server's transaction decides.
            JMSContext context = factory.createContext(JMSContext.CLIENT_ACKNOWLEDGE);
            assertThat(context.getTransacted()).isTrue();
            assertThat(context.getSessionMode()).isEqualTo(JMSContext.SESSION_TRANSACTED);
            assertThatThrownBy(context::commit).isInstanceOf(TransactionInProgressRuntimeException.class);
            assertThatThrownBy(context::rollback).isInstanceOf(TransactionInProgressRuntimeException.class);
            context.createProducer().send(context.createQueue("billing"), "kept");
            context.close();
            assertThat(consumer.receiveNoWait()).isNull();
            pool.connection.getLocalTransaction().commit();
            assertThat(consumer.receiveBody(String.class, 5_000)).isEqualTo("kept");

            pool.connection.getLocalTransaction().begin();
            try (JMSContext rolledBack = factory.createContext()) {
                rolledBack.createProducer().send(rolledBack.createQueue("billing"), "dropped");
            }
            pool.connection.getLocalTransaction().rollback();
            try (JMSContext after = factory.createContext()) {
                assertThat(after.getTransacted()).isFalse();
                after.createProducer().send(after.createQueue("billing"), "marker");
            }
            assertThat(consumer.receiveBody(String.class, 5_000)).isEqualTo("marker");
        }
    }
}
