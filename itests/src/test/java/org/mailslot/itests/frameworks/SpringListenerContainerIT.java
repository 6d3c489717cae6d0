package org.mailslot.itests.frameworks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.listener.DefaultMessageListenerContainer;

/**
 * Spring's {@link DefaultMessageListenerContainer} on our factory: four concurrent consumers with transacted
 * sessions, redelivery after a listener throws, a clean shutdown, and recovery when the transport fails.
 */
@Timeout(60)
class SpringListenerContainerIT {

    private static final Logger LOG = LoggerFactory.getLogger(SpringListenerContainerIT.class);

    private MailslotConnectionFactory factory = new MailslotConnectionFactory();
    private DefaultMessageListenerContainer container;

    @AfterEach
    void close() {
        if (container != null) {
            container.shutdown();
        }
        factory.close();
    }

    private DefaultMessageListenerContainer start(String queue, int consumers, MessageListener listener) {
        container = new DefaultMessageListenerContainer();
        container.setConnectionFactory(factory);
        container.setDestinationName(queue);
        container.setConcurrentConsumers(consumers);
        container.setSessionTransacted(true);
        container.setMessageListener(listener);
        container.setReceiveTimeout(500);
        container.afterPropertiesSet();
        container.start();
        return container;
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void fourConsumersWorkAtOnceInTransactedSessions() {
        String queue = unique("parallel");
        // Each listener call holds its message until four are held at once: only four concurrent consumers, each
        // with its own transacted session, can get there.
        CountDownLatch fourAtOnce = new CountDownLatch(4);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<String> handled = new CopyOnWriteArrayList<>();
        start(queue, 4, message -> {
            threads.add(Thread.currentThread().getName());
            fourAtOnce.countDown();
            try {
                if (!fourAtOnce.await(20, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("four consumers never held a message at once");
                }
                handled.add(((TextMessage) message).getText());
            } catch (InterruptedException | JMSException e) {
                throw new IllegalStateException(e);
            }
        });
        JmsTemplate template = new JmsTemplate(factory);

        for (int i = 0; i < 12; i++) {
            template.convertAndSend(queue, "job " + i);
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(handled).hasSize(12));
        assertThat(handled).containsExactlyInAnyOrderElementsOf(
                java.util.stream.IntStream.range(0, 12).mapToObj(i -> "job " + i).toList());
        assertThat(threads).hasSizeGreaterThanOrEqualTo(4);
        assertThat(container.getActiveConsumerCount()).isEqualTo(4);
    }

    @Test
    void aMessageWhoseListenerThrowsIsRedeliveredThenHandled() {
        String queue = unique("flaky");
        List<String> attempts = new CopyOnWriteArrayList<>();
        List<String> handled = new CopyOnWriteArrayList<>();
        start(queue, 1, message -> {
            try {
                attempts.add(message.getJMSRedelivered() + "/" + message.getIntProperty("JMSXDeliveryCount"));
                if (!message.getJMSRedelivered()) {
                    throw new IllegalStateException("first delivery fails on purpose");
                }
                handled.add(((TextMessage) message).getText());
            } catch (JMSException e) {
                throw new IllegalStateException(e);
            }
        });

        new JmsTemplate(factory).convertAndSend(queue, "payment 9");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(handled).containsExactly("payment 9"));
        assertThat(attempts).containsExactly("false/1", "true/2");
        container.shutdown();
        JmsTemplate check = new JmsTemplate(factory);
        check.setReceiveTimeout(JmsTemplate.RECEIVE_TIMEOUT_NO_WAIT);
        assertThat(check.receiveAndConvert(queue)).as("the commit consumed it").isNull();
    }

    @Test
    void shutdownCompletesCleanlyWhileConsumersWait() {
        String queue = unique("idle");
        List<Message> seen = new CopyOnWriteArrayList<>();
        start(queue, 4, seen::add);
        new JmsTemplate(factory).convertAndSend(queue, "one");
        await().atMost(Duration.ofSeconds(20)).until(() -> seen.size() == 1 && container.getActiveConsumerCount() == 4);

        long started = System.nanoTime();
        container.shutdown();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        LOG.info("DefaultMessageListenerContainer with 4 consumers (receive timeout 500 ms) shut down in {} ms",
                millis);
        assertThat(container.isActive()).isFalse();
        assertThat(container.isRunning()).isFalse();
        assertThat(container.getActiveConsumerCount()).isZero();
        // The issue asks for under 2 s; the deadline here is generous so a loaded CI machine does not fail it.
        assertThat(millis).isLessThan(Duration.ofSeconds(10).toMillis());
    }

    @Test
    void theContainerRecoversWhenTheTransportFails() throws Exception {
        LoopbackPair hosts = new LoopbackPair("DMLCHOST", 45, "DMLCPEER", 46);
        try (hosts) {
            factory = hosts.first;
            String queue = unique("resilient");
            List<String> handled = new CopyOnWriteArrayList<>();
            List<JMSException> failures = new CopyOnWriteArrayList<>();
            start(queue, 2, message -> {
                try {
                    handled.add(((TextMessage) message).getText());
                } catch (JMSException e) {
                    throw new IllegalStateException(e);
                }
            });
            container.setExceptionListener(failures::add);
            container.setRecoveryInterval(100);
            JmsTemplate local = new JmsTemplate(factory);
            local.convertAndSend(queue, "before");
            await().atMost(Duration.ofSeconds(20)).until(() -> handled.contains("before"));

            // The transport fails: the host's sockets close under the container's connection.
            factory.host().orElseThrow().close();

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(failures).isNotEmpty());
            assertThat(failures.get(0)).hasMessageContaining("DMLCHOST").hasMessageContaining("stopped");
            local.convertAndSend(queue, "after, sent locally");
            await().atMost(Duration.ofSeconds(20)).until(() -> handled.contains("after, sent locally"));
            // The new host is on the network again: a datagram from the other computer reaches the container.
            JmsTemplate remote = new JmsTemplate(hosts.second);
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                remote.convertAndSend(hosts.onFirst(queue), "after, over UDP");
                return handled.contains("after, over UDP");
            });
            assertThat(container.isRunning()).isTrue();
        }
    }
}
