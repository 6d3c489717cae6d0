package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.CompletionListener;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What a MessageListener or CompletionListener of a JMSContext may and may not do with its own context
 * (Jakarta Messaging 3.1 §6.1.5, §7.3.8, JMSContext javadoc): close, stop, commit and rollback from a completion
 * listener are IllegalStateRuntimeException; a message listener may send, acknowledge, commit and roll back.
 */
class JmsContextCallbackRulesTest extends JmsTestSupport {

    /** Runs {@code calls} inside the completion listener of one async send on {@code context}. */
    private static void insideCompletionListener(JMSContext context, Queue queue, Consumer<JMSContext> calls)
            throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        context.createProducer().setAsync(new CompletionListener() {
            @Override
            public void onCompletion(Message message) {
                try {
                    calls.accept(context);
                    done.complete(null);
                } catch (RuntimeException | AssertionError e) {
                    done.completeExceptionally(e);
                }
            }

            @Override
            public void onException(Message message, Exception exception) {
                done.completeExceptionally(exception);
            }
        }).send(queue, "async");
        done.get(5, TimeUnit.SECONDS);
    }

    private static String outcome(Runnable call) {
        try {
            call.run();
            return "allowed";
        } catch (IllegalStateRuntimeException e) {
            return "IllegalStateRuntimeException";
        }
    }

    @Test
    void aCompletionListenerMayNotCloseStopCommitOrRollBackItsOwnContext() throws Exception {
        Map<String, String> outcomes = new ConcurrentHashMap<>();
        try (JMSContext transacted = factory.createContext(JMSContext.SESSION_TRANSACTED)) {
            Queue queue = transacted.createQueue(unique("q"));
            insideCompletionListener(transacted, queue, context -> {
                outcomes.put("close", outcome(context::close));
                outcomes.put("stop", outcome(context::stop));
                outcomes.put("commit", outcome(context::commit));
                outcomes.put("rollback", outcome(context::rollback));
            });
            assertThat(outcomes).containsOnly(Map.entry("close", "IllegalStateRuntimeException"),
                    Map.entry("stop", "IllegalStateRuntimeException"),
                    Map.entry("commit", "IllegalStateRuntimeException"),
                    Map.entry("rollback", "IllegalStateRuntimeException"));
            // Still open and usable after the refused calls: commit the async send from the owning thread.
            transacted.commit();
            assertThat(transacted.createConsumer(queue).receiveBody(String.class, 5_000)).isEqualTo("async");
            transacted.commit();
        }
    }

    @Test
    void aCompletionListenerMayUseAnotherContext() throws Exception {
        try (JMSContext context = factory.createContext(); JMSContext other = context.createContext(
                JMSContext.AUTO_ACKNOWLEDGE)) {
            Queue queue = context.createQueue(unique("q"));
            Queue audit = context.createQueue(unique("audit"));
            insideCompletionListener(context, queue, self -> other.createProducer().send(audit, "sent"));
            assertThat(other.createConsumer(audit).receiveBody(String.class, 5_000)).isEqualTo("sent");
        }
    }

    @Test
    void aMessageListenerMaySendOnAndCommitItsOwnTransactedContext() throws Exception {
        try (JMSContext context = factory.createContext(JMSContext.SESSION_TRANSACTED);
             JMSContext checker = factory.createContext()) {
            Queue requests = context.createQueue(unique("requests"));
            Queue answers = context.createQueue(unique("answers"));
            List<String> deliveries = new CopyOnWriteArrayList<>();
            context.createConsumer(requests).setMessageListener(message -> {
                try {
                    deliveries.add(((TextMessage) message).getText() + "/" + message.getJMSRedelivered());
                    context.createProducer().send(answers, "answer to " + ((TextMessage) message).getText());
                    if (!message.getJMSRedelivered()) {
                        context.rollback();   // the answer is dropped and the request comes back
                    } else {
                        context.commit();
                    }
                } catch (JMSException e) {
                    throw new IllegalStateException(e);
                }
            });
            checker.createProducer().send(requests, "r1");

            assertThat(checker.createConsumer(answers).receiveBody(String.class, 5_000)).isEqualTo("answer to r1");
            assertThat(deliveries).containsExactly("r1/false", "r1/true");
            assertThat(checker.createConsumer(answers).receiveBodyNoWait(String.class)).isNull();
        }
    }

    @Test
    void aMessageListenerMayAcknowledgeItsOwnClientAcknowledgeContext() throws Exception {
        CompletableFuture<String> acknowledged = new CompletableFuture<>();
        String name = unique("q");
        try (JMSContext context = factory.createContext(JMSContext.CLIENT_ACKNOWLEDGE)) {
            Queue queue = context.createQueue(name);
            context.createConsumer(queue).setMessageListener(message -> {
                try {
                    context.acknowledge();
                    acknowledged.complete(((TextMessage) message).getText());
                } catch (RuntimeException | JMSException e) {
                    acknowledged.completeExceptionally(e);
                }
            });
            context.createProducer().send(queue, "ack me");
            assertThat(acknowledged.get(5, TimeUnit.SECONDS)).isEqualTo("ack me");
        }
        try (JMSContext after = factory.createContext()) {
            assertThat(after.createConsumer(after.createQueue(name)).receiveBodyNoWait(String.class))
                    .as("acknowledged from the listener, so not redelivered after close").isNull();
        }
    }
}
