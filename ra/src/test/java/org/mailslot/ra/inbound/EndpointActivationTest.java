package org.mailslot.ra.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.resource.spi.InvalidPropertyException;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.ra.MailslotResourceAdapter;
import org.mailslot.ra.SharedHosts;
import org.mailslot.slot.LoopbackHosts;

/** Inbound delivery through the adapter on WorkManager threads, outside a server (the server is in ra-itests). */
class EndpointActivationTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    private final MailslotResourceAdapter adapter = new MailslotResourceAdapter();
    private SharedHosts.Lease sender;

    @BeforeEach
    void start() throws Exception {
        adapter.start(WorkManagers.bootstrap(WorkManagers.threads()));
    }

    @AfterEach
    void stop() {
        if (sender != null) {
            sender.close();
        }
        adapter.stop();
    }

    private static MailslotActivationSpec spec(String destination) {
        MailslotActivationSpec spec = new MailslotActivationSpec();
        spec.setDestination(destination);
        return spec;
    }

    private void send(String uri, boolean topic, String destination, String... texts) throws JMSException {
        if (sender == null) {
            sender = adapter.hosts().acquire(uri);
        }
        try (Connection connection = sender.factory().createConnection()) {
            Session session = connection.createSession();
            var producer = session.createProducer(topic ? session.createTopic(destination)
                    : session.createQueue(destination));
            for (String text : texts) {
                producer.send(session.createTextMessage(text));
            }
        }
    }

    private static String text(RecordingEndpoints.Delivery delivery) {
        try {
            return ((TextMessage) delivery.message()).getText();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void queueMessagesReachTheEndpointOnWorkManagerThreads() throws Exception {
        RecordingEndpoints endpoints = new RecordingEndpoints(false, message -> { });
        MailslotActivationSpec spec = spec("orders");
        adapter.endpointActivation(endpoints, spec);

        send(adapter.getUri(), false, "orders", "a", "b", "c");

        await().atMost(LIMIT).until(() -> endpoints.deliveries.size() == 3);
        assertThat(endpoints.deliveries).extracting(EndpointActivationTest::text).containsExactly("a", "b", "c");
        assertThat(endpoints.deliveries).allSatisfy(d -> assertThat(d.thread()).startsWith("server-work-"));
    }

    @Test
    void aTransactedEndpointThatFailsGetsRedeliveriesThenTheMessageIsDeadLettered() throws Exception {
        RecordingEndpoints endpoints = new RecordingEndpoints(true, message -> {
            throw new IllegalStateException("fails on purpose");
        });
        MailslotActivationSpec spec = spec("fragile");
        spec.setMaxDeliveryAttempts(3);
        spec.setDeadLetterQueue("graveyard");
        adapter.endpointActivation(endpoints, spec);

        send(adapter.getUri(), false, "fragile", "doomed");

        try (Connection connection = sender.factory().createConnection()) {
            connection.start();
            Session session = connection.createSession();
            MessageConsumer graveyard = session.createConsumer(session.createQueue("graveyard"));
            Message dead = graveyard.receive(LIMIT.toMillis());
            assertThat(((TextMessage) dead).getText()).isEqualTo("doomed");
            assertThat(dead.getStringProperty("MailslotOriginalDestination")).isEqualTo("fragile");
            assertThat(dead.getIntProperty("MailslotDeliveryAttempts")).isEqualTo(3);
        }
        assertThat(endpoints.deliveries).hasSize(3);
        assertThat(endpoints.deliveries).extracting(RecordingEndpoints.Delivery::deliveryCount).containsExactly(1, 2, 3);
        assertThat(endpoints.deliveries).extracting(RecordingEndpoints.Delivery::redelivered)
                .containsExactly(false, true, true);
    }

    @Test
    void aTopicEndpointWithFourSessionsGetsEachMessageOnce() throws Exception {
        RecordingEndpoints endpoints = new RecordingEndpoints(false, message -> { });
        MailslotActivationSpec spec = spec("status");
        spec.setDestinationType("jakarta.jms.Topic");
        spec.setMaxSessions(4);
        adapter.endpointActivation(endpoints, spec);

        String[] texts = new String[40];
        Arrays.setAll(texts, i -> "tick-" + i);
        send(adapter.getUri(), true, "status", texts);

        await().atMost(LIMIT).until(() -> endpoints.deliveries.size() >= 40);
        send(adapter.getUri(), true, "status", "last");
        await().atMost(LIMIT).until(() -> endpoints.deliveries.stream().anyMatch(d -> text(d).equals("last")));
        assertThat(endpoints.deliveries).extracting(EndpointActivationTest::text).doesNotHaveDuplicates()
                .hasSize(41);
    }

    @Test
    void endpointsOfOneUriShareOneHostAndDeactivationFreesItsPortAndThreads() throws Exception {
        int port = LoopbackHosts.freePort();
        String uri = "mailslot://127.0.0.2:" + port + "?computerName=APP1&broadcast=127.255.255.255&nameLookup=none";
        RecordingEndpoints first = new RecordingEndpoints(false, message -> { });
        RecordingEndpoints second = new RecordingEndpoints(false, message -> { });
        MailslotActivationSpec one = spec("one");
        one.setUri(uri);
        one.setMaxSessions(2);
        MailslotActivationSpec two = spec("two");
        two.setUri(uri);
        adapter.endpointActivation(first, one);
        adapter.endpointActivation(second, two);
        assertThat(adapter.hosts().openUris()).containsExactly(uri);
        // Each session makes its endpoint on its own work thread: deactivate once all three exist.
        await().atMost(LIMIT).until(() -> first.created.get() == 2 && second.created.get() == 1);

        adapter.endpointDeactivation(first, one);
        adapter.endpointDeactivation(second, two);

        assertThat(first.released).hasSize(2);
        assertThat(second.released).hasSize(1);
        assertThat(adapter.hosts().openUris()).isEmpty();
        assertThat(Thread.getAllStackTraces().keySet()).noneSatisfy(thread -> assertThat(thread.getName())
                .containsAnyOf("mailslot-host-APP1", "mailslot-jms"));
        await().atMost(LIMIT).until(() -> Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> e.getKey().getName().startsWith("server-work-"))
                .flatMap(e -> Arrays.stream(e.getValue()))
                .noneMatch(frame -> frame.getClassName().startsWith("org.mailslot.")));
        // The listener pool's threads end with the host's factory.
        await().atMost(LIMIT).until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().startsWith("mailslot-delivery")));
        try (MailslotConnectionFactory again = new MailslotConnectionFactory(uri);
             Connection connection = again.createConnection()) {
            assertThat(again.host()).isPresent();
        }
    }

    @Test
    void badPropertiesAreRefusedAtDeploymentNamingTheProperty() {
        assertRefused(spec -> spec.setDestination(null), "'destination'");
        assertRefused(spec -> spec.setDestinationType("jakarta.jms.Queueue"), "'destinationType'");
        assertRefused(spec -> spec.setMaxSessions(0), "'maxSessions'");
        assertRefused(spec -> spec.setSubscriptionDurability("Durable"), "'subscriptionDurability'");
        assertRefused(spec -> {
            spec.setDestinationType("topic");
            spec.setSubscriptionDurability("Durable");
        }, "'subscriptionName'");
        assertRefused(spec -> spec.setAcknowledgeMode("Client-acknowledge"), "'acknowledgeMode'");
        assertRefused(spec -> spec.setUri("http://example"), "'uri'");
        assertRefused(spec -> spec.setMaxDeliveryAttempts(-1), "'maxDeliveryAttempts'");
    }

    private static void assertRefused(java.util.function.Consumer<MailslotActivationSpec> change, String property) {
        MailslotActivationSpec spec = spec("x");
        change.accept(spec);
        assertThatThrownBy(spec::validate).isInstanceOf(InvalidPropertyException.class)
                .hasMessageContaining(property);
    }
}
