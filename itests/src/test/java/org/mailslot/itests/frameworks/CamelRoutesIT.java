package org.mailslot.itests.frameworks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.jms.JmsComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;

/**
 * Apache Camel's JMS component on our factories. Component {@code jms} is the networked computer CAMELB, reached
 * over loopback UDP from CAMELA where the test publishes and subscribes; component {@code local} is a local-only
 * factory for request/reply.
 */
@Timeout(60)
class CamelRoutesIT {

    private final LoopbackPair hosts = new LoopbackPair("CAMELA", 47, "CAMELB", 48);
    private final MailslotConnectionFactory local = new MailslotConnectionFactory();
    private final List<String> replyToSeen = new CopyOnWriteArrayList<>();
    private CamelContext camel;
    private Connection testSide;

    @BeforeEach
    void startCamel() throws Exception {
        camel = new DefaultCamelContext();
        camel.addComponent("jms", JmsComponent.jmsComponent(hosts.second));
        camel.addComponent("local", JmsComponent.jmsComponent(local));
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // Topic to queue, only what the selector lets through...
                from("jms:topic:prices?selector=RAW(region = 'north')").routeId("topic-to-queue")
                        .to("jms:queue:northPrices");
                // ...and back from the queue to a topic.
                from("jms:queue:northPrices").routeId("queue-to-topic")
                        .process(exchange -> exchange.getMessage().setBody("confirmed " + exchange.getMessage()
                                .getBody(String.class)))
                        .to("jms:topic:confirmed");
                // InOut: Camel answers to the JMSReplyTo its caller set, a temporary queue.
                from("local:queue:echo").routeId("echo")
                        .process(exchange -> {
                            Object replyTo = exchange.getMessage().getHeader("JMSReplyTo");
                            replyToSeen.add(replyTo instanceof TemporaryQueue ? "temporary" : String.valueOf(replyTo));
                            exchange.getMessage().setBody("echo " + exchange.getMessage().getBody(String.class));
                        });
            }
        });
        camel.start();
        testSide = hosts.first.createConnection();
        testSide.start();
    }

    @AfterEach
    void stopCamel() throws JMSException {
        if (testSide != null) {
            testSide.close();
        }
        camel.stop();
        hosts.close();
        local.close();
    }

    @Test
    void aRouteCarriesSelectedTopicMessagesToAQueueAndBackToATopicOverUdp() throws JMSException {
        Session session = testSide.createSession();
        MessageConsumer confirmed = session.createConsumer(session.createTopic("confirmed"));
        MessageProducer prices = session.createProducer(session.createTopic("prices"));
        // Camel's consumers start asynchronously and a broadcast nobody subscribed to yet is gone, as on any
        // at-most-once network: probe until the round trip works, then send the real messages.
        List<String> arrived = new ArrayList<>();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> {
            prices.send(price(session, "probe", "north"));
            TextMessage back = (TextMessage) confirmed.receive(500);
            return back != null && arrived.add(back.getText());
        });

        prices.send(price(session, "north 1", "north"));
        prices.send(price(session, "south 1", "south"));
        prices.send(price(session, "north 2", "north"));

        TextMessage last;
        do {
            last = (TextMessage) confirmed.receive(10_000);
            assertThat(last).as("a confirmation arrives").isNotNull();
            arrived.add(last.getText());
        } while (!last.getText().equals("confirmed north 2"));
        // "south 1" was sent between the two north prices, so a confirmation of it would sit between them.
        assertThat(arrived).as("the selector kept the south price out").filteredOn(text -> !text.equals("confirmed probe"))
                .containsExactly("confirmed north 1", "confirmed north 2");
        assertThat(last.getJMSDeliveryMode()).as("Camel's default").isEqualTo(DeliveryMode.PERSISTENT);
    }

    private static TextMessage price(Session session, String text, String region) throws JMSException {
        TextMessage message = session.createTextMessage(text);
        message.setStringProperty("region", region);
        return message;
    }

    @Test
    void requestReplyUsesATemporaryQueue() {
        ProducerTemplate template = camel.createProducerTemplate();

        assertThat(template.requestBody("local:queue:echo", "ping", String.class)).isEqualTo("echo ping");
        assertThat(template.requestBody("local:queue:echo", "pong", String.class)).isEqualTo("echo pong");
        assertThat(replyToSeen).containsExactly("temporary", "temporary");
    }
}
