package org.mailslot.ra.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.IllegalStateException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.TransactionInProgressException;
import jakarta.resource.NotSupportedException;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.TransactionSupport.TransactionSupportLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailslot.ra.MailslotResourceAdapter;
import org.mailslot.ra.inbound.WorkManagers;

/** The outbound side on a local-only host: handles, the container rules, local transactions, XA refused. */
class PooledConnectionFactoryTest {

    private final MailslotResourceAdapter adapter = new MailslotResourceAdapter();
    private final MailslotManagedConnectionFactory managed = new MailslotManagedConnectionFactory();

    @BeforeEach
    void start() throws Exception {
        adapter.start(WorkManagers.bootstrap(WorkManagers.threads()));
        managed.setResourceAdapter(adapter);
    }

    @AfterEach
    void stop() {
        adapter.stop();
    }

    @Test
    void handlesSendAndReceiveThroughThePooledConnection() throws Exception {
        ConnectionFactory factory = (ConnectionFactory) managed.createConnectionFactory();
        try (Connection connection = factory.createConnection()) {
            connection.start();
            Session session = connection.createSession();
            MessageConsumer consumer = session.createConsumer(session.createQueue("orders"));
            session.createProducer(session.createQueue("orders")).send(session.createTextMessage("one"));
            assertThat(((TextMessage) consumer.receive(5_000)).getText()).isEqualTo("one");
        }
        assertThat(adapter.hosts().openUris()).isEmpty();
    }

    @Test
    void containerRulesAreEnforcedWithTheirReason() throws Exception {
        ConnectionFactory factory = (ConnectionFactory) managed.createConnectionFactory();
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession();
            assertThatThrownBy(connection::createSession).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("at most one active session");
            assertThatThrownBy(() -> connection.setClientID("x")).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("application server");
            assertThatThrownBy(() -> connection.setExceptionListener(e -> { }))
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> session.setMessageListener(m -> { }))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("message-driven bean");
            session.close();
            assertThat(connection.createSession()).isNotNull();
            connection.close();
            assertThatThrownBy(connection::createSession).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed");
        }
    }

    @Test
    void xaIsRefusedSayingWhy() throws Exception {
        ManagedConnection connection = managed.createManagedConnection(null, null);
        try {
            assertThatThrownBy(connection::getXAResource).isInstanceOf(NotSupportedException.class)
                    .hasMessageContaining("at most once").hasMessageContaining("LocalTransaction");
            assertThat(managed.getTransactionSupport()).isEqualTo(TransactionSupportLevel.LocalTransaction);
        } finally {
            connection.destroy();
        }
    }

    @Test
    void localTransactionHoldsSendsUntilCommitAndDropsThemOnRollback() throws Exception {
        ManagedConnection pooled = managed.createManagedConnection(null, null);
        ConnectionFactory plain = (ConnectionFactory) managed.createConnectionFactory();
        try (Connection observer = plain.createConnection()) {
            observer.start();
            Session observing = observer.createSession();
            MessageConsumer consumer = observing.createConsumer(observing.createQueue("billing"));

            pooled.getLocalTransaction().begin();
            Connection handle = (Connection) pooled.getConnection(null, null);
            Session session = handle.createSession();
            assertThat(session.getTransacted()).isTrue();
            assertThatThrownBy(session::commit).isInstanceOf(TransactionInProgressException.class);
            session.createProducer(session.createQueue("billing")).send(session.createTextMessage("kept"));
            assertThat(consumer.receiveNoWait()).isNull();
            pooled.getLocalTransaction().commit();
            assertThat(((TextMessage) consumer.receive(5_000)).getText()).isEqualTo("kept");

            pooled.getLocalTransaction().begin();
            session.createProducer(session.createQueue("billing")).send(session.createTextMessage("dropped"));
            pooled.getLocalTransaction().rollback();
            session.createProducer(session.createQueue("billing")).send(session.createTextMessage("marker"));
            pooled.getLocalTransaction().begin();
            pooled.getLocalTransaction().commit();
            assertThat(((TextMessage) consumer.receive(5_000)).getText()).isEqualTo("marker");
        } finally {
            pooled.destroy();
        }
    }

    @Test
    void aMalformedUriIsRefusedNamingTheProperty() {
        managed.setUri("mailslot://127.0.0.1:138?noSuchKey=1");
        assertThatThrownBy(managed::createConnectionFactory).isInstanceOf(InvalidPropertyException.class)
                .hasMessageContaining("'uri'").hasMessageContaining("noSuchKey");
    }
}
