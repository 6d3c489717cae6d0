package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.TransactionRolledBackException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Jakarta Messaging 3.1 §6.2.7 (transactions) and §6.2.10 (acknowledgement), with redelivery headers. */
class AcknowledgementConformanceTest extends JmsTestSupport {

    private void send(Queue queue, String... texts) throws JMSException {
        Session session = connection().createSession();
        MessageProducer producer = session.createProducer(queue);
        for (String text : texts) {
            producer.send(session.createTextMessage(text));
        }
    }

    private static String text(Message message) throws JMSException {
        return ((TextMessage) message).getText();
    }

    @Test
    void autoAcknowledgeDeliversOnceWithDeliveryCountOne() throws JMSException {
        Session session = startedConnection().createSession(Session.AUTO_ACKNOWLEDGE);
        Queue queue = session.createQueue(unique("q"));
        send(queue, "a");
        Message message = session.createConsumer(queue).receive(5_000);
        assertThat(message.getJMSRedelivered()).isFalse();
        assertThat(message.getIntProperty("JMSXDeliveryCount")).isEqualTo(1);
        session.recover();
        assertThat(session.createConsumer(queue).receiveNoWait()).isNull();
    }

    @Test
    void clientAcknowledgeRecoverRedeliversInOrderWithHeaders() throws JMSException {
        Session session = startedConnection().createSession(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = session.createQueue(unique("q"));
        send(queue, "a", "b", "c");
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(text(consumer.receive(5_000))).isEqualTo("a");
        assertThat(text(consumer.receive(5_000))).isEqualTo("b");
        session.recover();
        Message again = consumer.receive(5_000);
        assertThat(text(again)).isEqualTo("a");
        assertThat(again.getJMSRedelivered()).isTrue();
        assertThat(again.getIntProperty("JMSXDeliveryCount")).isEqualTo(2);
        assertThat(text(consumer.receive(5_000))).isEqualTo("b");
        Message third = consumer.receive(5_000);
        assertThat(text(third)).isEqualTo("c");
        assertThat(third.getJMSRedelivered()).isFalse();
        third.acknowledge();
        session.recover();
        assertThat(consumer.receiveNoWait()).isNull();
    }

    @Test
    void acknowledgingOneMessageAcknowledgesEverythingTheSessionConsumed() throws JMSException {
        Session session = startedConnection().createSession(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = session.createQueue(unique("q"));
        send(queue, "a", "b");
        MessageConsumer consumer = session.createConsumer(queue);
        Message first = consumer.receive(5_000);
        consumer.receive(5_000);
        first.acknowledge();
        session.recover();
        assertThat(consumer.receiveNoWait()).isNull();
    }

    @Test
    void closingAClientAckSessionReturnsUnacknowledgedMessagesForAnyConsumer() throws JMSException {
        Connection connection = startedConnection();
        Session first = connection.createSession(Session.CLIENT_ACKNOWLEDGE);
        Queue queue = first.createQueue(unique("q"));
        send(queue, "a");
        Message received = first.createConsumer(queue).receive(5_000);
        assertThat(received).isNotNull();
        first.close();
        assertThatThrownBy(received::acknowledge).isInstanceOf(IllegalStateException.class);
        Message again = connection.createSession().createConsumer(queue).receive(5_000);
        assertThat(text(again)).isEqualTo("a");
        assertThat(again.getJMSRedelivered()).isTrue();
    }

    @Test
    void dupsOkDeliversEverything() throws JMSException {
        Session session = startedConnection().createSession(Session.DUPS_OK_ACKNOWLEDGE);
        Queue queue = session.createQueue(unique("q"));
        send(queue, "a", "b");
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(text(consumer.receive(5_000))).isEqualTo("a");
        assertThat(text(consumer.receive(5_000))).isEqualTo("b");
        assertThat(session.getAcknowledgeMode()).isEqualTo(Session.DUPS_OK_ACKNOWLEDGE);
    }

    @Test
    void transactedSendsAreInvisibleUntilCommitAndVanishOnRollback() throws JMSException {
        Connection connection = startedConnection();
        Session transacted = connection.createSession(Session.SESSION_TRANSACTED);
        Queue queue = transacted.createQueue(unique("q"));
        MessageProducer producer = transacted.createProducer(queue);
        MessageConsumer observer = connection.createSession().createConsumer(queue);
        producer.send(transacted.createTextMessage("rolled back"));
        assertThat(observer.receiveNoWait()).isNull();
        transacted.rollback();
        producer.send(transacted.createTextMessage("committed"));
        transacted.commit();
        assertThat(text(observer.receive(5_000))).isEqualTo("committed");
        assertThat(observer.receiveNoWait()).isNull();
    }

    @Test
    void transactedReceivesAreRedeliveredAfterRollbackAndGoneAfterCommit() throws JMSException {
        Session session = startedConnection().createSession(Session.SESSION_TRANSACTED);
        Queue queue = session.createQueue(unique("q"));
        send(queue, "a");
        MessageConsumer consumer = session.createConsumer(queue);
        assertThat(consumer.receive(5_000).getJMSRedelivered()).isFalse();
        session.rollback();
        Message again = consumer.receive(5_000);
        assertThat(again.getJMSRedelivered()).isTrue();
        assertThat(again.getIntProperty("JMSXDeliveryCount")).isEqualTo(2);
        session.commit();
        session.rollback();
        assertThat(consumer.receiveNoWait()).isNull();
    }

    @Test
    void closingATransactedSessionRollsBack() throws JMSException {
        Connection connection = startedConnection();
        Session session = connection.createSession(Session.SESSION_TRANSACTED);
        Queue queue = session.createQueue(unique("q"));
        send(queue, "consumed");
        session.createConsumer(queue).receive(5_000);
        session.createProducer(queue).send(session.createTextMessage("never sent"));
        session.close();
        MessageConsumer consumer = connection.createSession().createConsumer(queue);
        assertThat(text(consumer.receive(5_000))).isEqualTo("consumed");
        assertThat(consumer.receiveNoWait()).isNull();
    }

    @Test
    void transactionOperationsNeedTheRightMode() throws JMSException {
        Session plain = connection().createSession(Session.AUTO_ACKNOWLEDGE);
        assertThatThrownBy(plain::commit).isInstanceOf(IllegalStateException.class).hasMessageContaining("transacted");
        assertThatThrownBy(plain::rollback).isInstanceOf(IllegalStateException.class);
        Session transacted = connection().createSession(Session.SESSION_TRANSACTED);
        assertThatThrownBy(transacted::recover).isInstanceOf(IllegalStateException.class);
        assertThat(transacted.getTransacted()).isTrue();
        assertThat(transacted.getAcknowledgeMode()).isEqualTo(Session.SESSION_TRANSACTED);
    }

    @Test
    void aListenerThatThrowsInAutoModeGetsTheMessageAgain() throws Exception {
        Session session = startedConnection().createSession(Session.AUTO_ACKNOWLEDGE);
        Queue queue = session.createQueue(unique("q"));
        List<Boolean> redeliveredFlags = new CopyOnWriteArrayList<>();
        CountDownLatch handled = new CountDownLatch(1);
        session.createConsumer(queue).setMessageListener(m -> {
            try {
                redeliveredFlags.add(m.getJMSRedelivered());
            } catch (JMSException e) {
                throw new java.lang.IllegalStateException(e);
            }
            if (redeliveredFlags.size() == 1) {
                throw new RuntimeException("first attempt fails");
            }
            handled.countDown();
        });
        send(queue, "retry me");
        assertThat(handled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(redeliveredFlags).containsExactly(false, true);
    }

    @Test
    void aCommitWhoseSendFailsRollsBackWithTheSpecifiedException() throws JMSException {
        Connection connection = startedConnection();
        Session session = connection.createSession(Session.SESSION_TRANSACTED);
        jakarta.jms.TemporaryQueue temporary = session.createTemporaryQueue();
        MessageProducer producer = session.createProducer(temporary);
        producer.send(session.createTextMessage("to a queue deleted before commit"));
        temporary.delete();
        assertThatThrownBy(session::commit).isInstanceOf(TransactionRolledBackException.class)
                .hasMessageContaining("rolled back");
    }

    @Test
    void messagesOfOneProducerArriveInOrder() throws JMSException {
        Session session = startedConnection().createSession();
        Queue queue = session.createQueue(unique("q"));
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sent.add("m" + i);
        }
        send(queue, sent.toArray(String[]::new));
        MessageConsumer consumer = session.createConsumer(queue);
        List<String> received = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            received.add(text(consumer.receive(5_000)));
        }
        assertThat(received).isEqualTo(sent);
    }
}
