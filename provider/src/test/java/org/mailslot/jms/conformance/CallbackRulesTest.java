package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.CompletionListener;
import jakarta.jms.Connection;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.MessageProducer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Jakarta Messaging 3.1 §7.3.8 (use of the CompletionListener) and the {@code close}/{@code stop} javadoc: what a
 * callback may not call on its own objects, and that it may call on objects that are not its own.
 */
@DisplayName("§7.3.8 and the close/stop javadoc: callback rules")
class CallbackRulesTest extends JmsTestSupport {

    /** Runs {@code action} inside the CompletionListener of one asynchronous send; returns what it threw, or null. */
    private static Throwable inCompletionListener(MessageProducer producer, Message message, Callback action)
            throws Exception {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        producer.send(message, new CompletionListener() {
            @Override
            public void onCompletion(Message sent) {
                try {
                    action.run();
                    outcome.complete(null);
                } catch (Throwable e) {
                    outcome.complete(e);
                }
            }

            @Override
            public void onException(Message failed, Exception exception) {
                outcome.completeExceptionally(exception);
            }
        });
        return outcome.get(10, TimeUnit.SECONDS);
    }

    private interface Callback {
        void run() throws Exception;
    }

    @Test
    @DisplayName("MessageProducer.close(): a CompletionListener must not call close on its own MessageProducer")
    void producerCloseFromItsOwnCompletionListenerIsRefused() throws Exception {
        Session session = startedConnection().createSession();
        Queue queue = session.createQueue(unique("callbacks"));
        MessageProducer producer = session.createProducer(queue);

        Throwable thrown = inCompletionListener(producer, session.createTextMessage("x"), producer::close);

        assertThat(thrown).isInstanceOf(IllegalStateException.class);
        producer.close();
    }

    @Test
    @DisplayName("Connection.stop(): a CompletionListener may stop a connection that is not its own")
    void completionListenerMayStopAnotherConnection() throws Exception {
        Session session = startedConnection().createSession();
        Connection other = startedConnection();
        MessageProducer producer = session.createProducer(session.createQueue(unique("callbacks")));

        Throwable thrown = inCompletionListener(producer, session.createTextMessage("x"), other::stop);

        assertThat(thrown).isNull();
        Session otherSession = other.createSession();
        Queue queue = otherSession.createQueue(unique("stopped"));
        otherSession.createProducer(queue).send(otherSession.createTextMessage("waits"));
        assertThat(otherSession.createConsumer(queue).receiveNoWait()).as("a stopped connection delivers nothing")
                .isNull();
    }

    @Test
    @DisplayName("Connection.stop(): a CompletionListener must not call stop on its own Connection")
    void completionListenerMustNotStopItsOwnConnection() throws Exception {
        Connection connection = startedConnection();
        Session session = connection.createSession();
        MessageProducer producer = session.createProducer(session.createQueue(unique("callbacks")));

        Throwable thrown = inCompletionListener(producer, session.createTextMessage("x"), connection::stop);

        assertThat(thrown).isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("JMSContext.stop(): a CompletionListener may stop a JMSContext that is not its own")
    void completionListenerMayStopAnotherContext() throws Exception {
        try (JMSContext own = factory.createContext(); JMSContext other = factory.createContext()) {
            Queue queue = own.createQueue(unique("callbacks"));
            CompletableFuture<Throwable> outcome = new CompletableFuture<>();
            own.createProducer().setAsync(new CompletionListener() {
                @Override
                public void onCompletion(Message message) {
                    try {
                        other.stop();
                        outcome.complete(null);
                    } catch (Throwable e) {
                        outcome.complete(e);
                    }
                }

                @Override
                public void onException(Message message, Exception exception) {
                    outcome.completeExceptionally(exception);
                }
            }).send(queue, "x");

            assertThat(outcome.get(10, TimeUnit.SECONDS)).isNull();
        }
    }

    @Test
    @DisplayName("Session.close(): a MessageListener must not attempt to close its own Session")
    void sessionCloseFromItsOwnMessageListenerIsRefused() throws Exception {
        Session session = startedConnection().createSession();
        Queue queue = session.createQueue(unique("callbacks"));
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        session.createConsumer(queue).setMessageListener(message -> {
            try {
                session.close();
                outcome.complete(null);
            } catch (Throwable e) {
                outcome.complete(e);
            }
        });
        session.createProducer(queue).send(session.createTextMessage("x"));

        await().atMost(Duration.ofSeconds(10)).until(outcome::isDone);
        assertThat(outcome.get()).isInstanceOf(IllegalStateException.class);
        session.close();
    }
}
