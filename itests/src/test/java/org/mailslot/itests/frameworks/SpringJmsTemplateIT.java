package org.mailslot.itests.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;
import org.springframework.jms.connection.CachingConnectionFactory;
import org.springframework.jms.connection.SessionProxy;
import org.springframework.jms.connection.SingleConnectionFactory;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.jms.listener.adapter.MessageListenerAdapter;

/**
 * Spring's {@link JmsTemplate} on our factory, as applications configure it: default PERSISTENT delivery, the
 * default message converter, request/reply over a temporary queue across two computers on loopback UDP, and the
 * two connection-sharing factories Spring offers.
 */
@Timeout(60)
class SpringJmsTemplateIT {

    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
    }

    private MailslotConnectionFactory localFactory() {
        MailslotConnectionFactory factory = new MailslotConnectionFactory();
        resources.add(factory);
        return factory;
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void sendAndReceiveKeepTheDefaultPersistentDelivery() throws JMSException {
        JmsTemplate template = new JmsTemplate(localFactory());
        template.setReceiveTimeout(5_000);
        String queue = unique("orders");

        template.send(queue, session -> {
            TextMessage message = session.createTextMessage("order 17");
            message.setStringProperty("region", "north");
            return message;
        });
        Message received = template.receive(queue);

        assertThat(((TextMessage) received).getText()).isEqualTo("order 17");
        assertThat(received.getStringProperty("region")).isEqualTo("north");
        assertThat(received.getJMSDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
        template.setReceiveTimeout(JmsTemplate.RECEIVE_TIMEOUT_NO_WAIT);
        assertThat(template.receive(queue)).as("a received message is consumed").isNull();
    }

    @Test
    void theDefaultConverterRoundTripsEveryBodyItKnows() {
        JmsTemplate template = new JmsTemplate(localFactory());
        template.setReceiveTimeout(5_000);
        String queue = unique("converted");
        Map<String, Object> map = Map.of("sku", "A-1", "quantity", 3, "price", 9.5);
        byte[] bytes = {0, 1, 2, (byte) 0xff};
        LocalDate date = LocalDate.of(2026, 11, 25);

        template.convertAndSend(queue, "text");
        template.convertAndSend(queue, map);
        template.convertAndSend(queue, bytes);
        template.convertAndSend(queue, new ArrayList<>(List.of(date.toString())));

        assertThat(template.receiveAndConvert(queue)).isEqualTo("text");
        assertThat(template.receiveAndConvert(queue)).isEqualTo(map);
        assertThat(template.receiveAndConvert(queue)).isEqualTo(bytes);
        assertThat(template.receiveAndConvert(queue)).isEqualTo(List.of(date.toString()));
    }

    @Test
    void sendAndReceiveGetsTheReplyThroughATemporaryQueueOverUdp() throws Exception {
        LoopbackPair hosts = new LoopbackPair("SPRINGREQ", 41, "SPRINGREP", 42);
        resources.add(hosts);
        String slot = unique("quotes");
        // The responder, on the second computer, answers to JMSReplyTo as MessageListenerAdapter does by default.
        DefaultMessageListenerContainer responder = new DefaultMessageListenerContainer();
        responder.setConnectionFactory(hosts.second);
        responder.setDestinationName(slot);
        responder.setMessageListener(new MessageListenerAdapter(new QuoteService()));
        responder.afterPropertiesSet();
        responder.start();
        resources.add(responder::shutdown);
        JmsTemplate requester = new JmsTemplate(hosts.first);
        requester.setReceiveTimeout(2_000);

        // The responder's consumer starts asynchronously, and a datagram to a slot not yet open is dropped: ask
        // again until the first answer comes, as a client of any at-most-once transport would.
        AtomicReference<Message> reply = new AtomicReference<>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> {
            reply.set(requester.sendAndReceive(hosts.onSecond(slot), session -> session.createTextMessage("ACME")));
            return reply.get() != null;
        });

        TextMessage answer = (TextMessage) reply.get();
        assertThat(answer.getText()).isEqualTo("ACME: 42.00");
        // Arrived by datagram at the requester's temporary slot; the envelope leaves JMSDestination out to save
        // bytes, so the receiver names the slot in its local form.
        assertThat(answer.getJMSDestination().toString()).startsWith("\\\\.\\mailslot\\temp\\");
        assertThat(answer.getJMSDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
        assertThat(requester.sendAndReceive(hosts.onSecond(slot), session -> session.createTextMessage("XYZ")))
                .isInstanceOfSatisfying(TextMessage.class, m -> assertThat(textOf(m)).isEqualTo("XYZ: 42.00"));
    }

    /** The responder's business logic: a POJO that knows nothing of JMS. */
    static final class QuoteService {
        public String handleMessage(String symbol) {
            return symbol + ": 42.00";
        }
    }

    private static String textOf(TextMessage message) {
        try {
            return message.getText();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void cachingConnectionFactoryReusesOneConnectionSessionAndProducer() throws JMSException {
        CachingConnectionFactory caching = new CachingConnectionFactory(localFactory());
        caching.setClientId("caching-" + UUID.randomUUID());
        resources.add(caching::destroy);
        JmsTemplate template = new JmsTemplate(caching);
        template.setReceiveTimeout(5_000);
        String queue = unique("cached");

        List<Session> targets = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            template.execute(session -> {
                targets.add(((SessionProxy) session).getTargetSession());
                session.createProducer(session.createQueue(queue)).send(session.createTextMessage("m" + n));
                return null;
            });
        }

        // A preset client ID allows one connection only: three sends with one proves the connection is shared.
        assertThat(targets).hasSize(3).allSatisfy(s -> assertThat(s).isSameAs(targets.get(0)));
        assertThat(List.of(template.receiveAndConvert(queue), template.receiveAndConvert(queue),
                template.receiveAndConvert(queue))).containsExactly("m0", "m1", "m2");
    }

    @Test
    void singleConnectionFactorySharesOneConnectionAndReconnectsThroughItsExceptionListener() throws Exception {
        LoopbackPair hosts = new LoopbackPair("SINGLE1", 43, "SINGLE2", 44);
        resources.add(hosts);
        SingleConnectionFactory single = new SingleConnectionFactory(hosts.first);
        single.setClientId("single-" + UUID.randomUUID());
        single.setReconnectOnException(true);
        resources.add(single::destroy);
        JmsTemplate template = new JmsTemplate(single);
        template.setReceiveTimeout(5_000);
        String queue = unique("single");

        // Two connections from the factory with one client ID: only possible when they are one connection.
        Connection a = single.createConnection();
        Connection b = single.createConnection();
        assertThat(a.getClientID()).isEqualTo(b.getClientID()).startsWith("single-");
        template.convertAndSend(queue, "before");
        assertThat(template.receiveAndConvert(queue)).isEqualTo("before");

        // The transport fails: the factory's host stops under the shared connection. Our connection tells its
        // ExceptionListener, which SingleConnectionFactory registered to reset itself.
        hosts.first.host().orElseThrow().close();

        template.convertAndSend(queue, "after");
        assertThat(template.receiveAndConvert(queue)).isEqualTo("after");
        assertThat(hosts.first.host()).as("a new host runs").isPresent();
    }
}
