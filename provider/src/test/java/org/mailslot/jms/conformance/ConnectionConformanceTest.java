package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionMetaData;
import jakarta.jms.IllegalStateException;
import jakarta.jms.InvalidClientIDException;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Jakarta Messaging 3.1 §6.1: connections. */
class ConnectionConformanceTest extends JmsTestSupport {

    @Test
    void metaDataNamesTheSpecificationAndTheJmsxPropertiesWeSet() throws JMSException {
        ConnectionMetaData metaData = connection().getMetaData();
        assertThat(metaData.getJMSVersion()).isEqualTo("3.1");
        assertThat(metaData.getJMSMajorVersion()).isEqualTo(3);
        assertThat(metaData.getJMSMinorVersion()).isEqualTo(1);
        assertThat(metaData.getJMSProviderName()).isEqualTo("Mailslot JMS");
        assertThat(metaData.getProviderVersion()).isNotBlank();
        // The JMS API returns a raw Enumeration.
        List<Object> names = new ArrayList<>(Collections.list((Enumeration<?>) metaData.getJMSXPropertyNames()));
        assertThat(names).contains("JMSXDeliveryCount");
    }

    @Test
    void clientIdCanBeSetOnceBeforeUse() throws JMSException {
        Connection connection = connection();
        connection.setClientID("alpha");
        assertThat(connection.getClientID()).isEqualTo("alpha");
        assertThatThrownBy(() -> connection.setClientID("beta")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void clientIdCannotBeSetAfterTheConnectionWasUsed() throws JMSException {
        Connection connection = connection();
        connection.createSession();
        assertThatThrownBy(() -> connection.setClientID("late"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("before the connection is used");
    }

    @Test
    void aClientIdInUseIsRefused() throws JMSException {
        connection().setClientID("shared-id");
        Connection second = connection();
        assertThatThrownBy(() -> second.setClientID("shared-id"))
                .isInstanceOf(InvalidClientIDException.class)
                .hasMessageContaining("in use");
    }

    @Test
    void aClosedConnectionReleasesItsClientId() throws JMSException {
        Connection first = connection();
        first.setClientID("reusable");
        first.close();
        connection().setClientID("reusable");
    }

    @Test
    void closeIsIdempotentAndClosesEverythingUnderIt() throws JMSException {
        Connection connection = connection();
        Session session = connection.createSession();
        MessageConsumer consumer = session.createConsumer(session.createQueue(unique("q")));
        connection.close();
        connection.close();
        assertThatThrownBy(session::createMessage).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(consumer::receiveNoWait).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(connection::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aConsumerOfANeverStartedConnectionTakesNothingThatOthersCouldReceive() throws JMSException {
        Connection idle = connection();
        Session idleSession = idle.createSession();
        Queue queue = idleSession.createQueue(unique("q"));
        MessageConsumer idleConsumer = idleSession.createConsumer(queue);

        Connection active = startedConnection();
        Session session = active.createSession();
        session.createProducer(queue).send(session.createTextMessage("for whoever is running"));
        assertThat(idleConsumer.receiveNoWait()).isNull();
        Message received = session.createConsumer(queue).receive(5_000);
        assertThat(received).isNotNull();
    }

    @Test
    void stopPausesDeliveryAndStartResumesIt() throws Exception {
        Connection connection = startedConnection();
        Session session = connection.createSession();
        Queue queue = session.createQueue(unique("q"));
        CountDownLatch received = new CountDownLatch(1);
        session.createConsumer(queue).setMessageListener(m -> received.countDown());
        connection.stop();
        Session producerSession = startedConnection().createSession();
        producerSession.createProducer(queue).send(producerSession.createTextMessage("waits"));
        assertThat(received.await(100, TimeUnit.MILLISECONDS)).isFalse();
        connection.start();
        assertThat(received.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void stopWaitsForARunningListener() throws Exception {
        Connection connection = startedConnection();
        Session session = connection.createSession();
        Queue queue = session.createQueue(unique("q"));
        CountDownLatch inListener = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Boolean> finished = new AtomicReference<>(false);
        session.createConsumer(queue).setMessageListener(m -> {
            inListener.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finished.set(true);
        });
        session.createProducer(queue).send(session.createTextMessage("slow"));
        assertThat(inListener.await(5, TimeUnit.SECONDS)).isTrue();
        AtomicReference<Throwable> stopFailure = new AtomicReference<>();
        Thread stopper = new Thread(() -> {
            try {
                connection.stop();
            } catch (JMSException e) {
                stopFailure.set(e);
            }
        });
        stopper.start();
        // stop() must park until the running listener returns.
        await().atMost(Duration.ofSeconds(5)).until(() -> stopper.getState() == Thread.State.WAITING);
        assertThat(finished.get()).isFalse();
        release.countDown();
        stopper.join(5_000);
        assertThat(stopper.isAlive()).isFalse();
        assertThat(stopFailure.get()).isNull();
        assertThat(finished.get()).isTrue();
    }

    @Test
    void aListenerMayNotStopOrCloseItsOwnConnection() throws Exception {
        Connection connection = startedConnection();
        Session session = connection.createSession();
        Queue queue = session.createQueue(unique("q"));
        AtomicReference<Throwable> stopFailure = new AtomicReference<>();
        AtomicReference<Throwable> closeFailure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        session.createConsumer(queue).setMessageListener(m -> {
            try {
                connection.stop();
            } catch (JMSException e) {
                stopFailure.set(e);
            }
            try {
                connection.close();
            } catch (JMSException e) {
                closeFailure.set(e);
            }
            done.countDown();
        });
        session.createProducer(queue).send(session.createMessage());
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(stopFailure.get()).isInstanceOf(IllegalStateException.class);
        assertThat(closeFailure.get()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void credentialsAreCheckedWhenConfigured() throws JMSException {
        factory.setCredentials(Map.of("app", "secret"));
        assertThatThrownBy(() -> factory.createConnection("app", "wrong"))
                .isInstanceOf(JMSSecurityException.class)
                .hasMessageContaining("password");
        assertThatThrownBy(() -> factory.createConnection()).isInstanceOf(JMSSecurityException.class);
        factory.createConnection("app", "secret").close();
    }

    @Test
    void connectionConsumersAreAnOptionalFeatureWeRefuseClearly() throws JMSException {
        Connection connection = connection();
        Queue queue = connection.createSession().createQueue(unique("q"));
        assertThatThrownBy(() -> connection.createConnectionConsumer(queue, null, null, 1))
                .isInstanceOf(JMSException.class)
                .hasMessageContaining("optional");
    }
}
