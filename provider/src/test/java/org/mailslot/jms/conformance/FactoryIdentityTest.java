package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.InvalidDestinationRuntimeException;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.JMSSecurityRuntimeException;
import jakarta.jms.Topic;
import java.util.Hashtable;
import javax.naming.Context;
import javax.naming.InitialContext;
import jakarta.jms.ConnectionFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.jms.jndi.MailslotInitialContextFactory;

/**
 * The factory side of the spec: the default identity of the no-argument methods ({@code ConnectionFactory}
 * javadoc: "creates a connection with the default user identity"), refused credentials (§6.1.3,
 * {@code JMSSecurityException}), the order of checks in {@code createDurableConsumer}, and local factories that
 * share one in-JVM network whatever their client-side options.
 */
@DisplayName("ConnectionFactory javadoc, §6.1.3, §6.11.1: identities and the in-JVM network")
class FactoryIdentityTest extends JmsTestSupport {

    private static final String GUARDED = "mailslot://local?jms.credentials=alice:secret,bob:hunter2";

    @Test
    @DisplayName("createConnection()/createContext() use the configured default identity")
    void noArgumentCallsUseTheDefaultIdentity() throws Exception {
        MailslotConnectionFactory guarded = new MailslotConnectionFactory(GUARDED
                + "&jms.user=alice&jms.password=secret");
        try (Connection connection = guarded.createConnection(); JMSContext context = guarded.createContext()) {
            assertThat(connection.getMetaData()).isNotNull();
            assertThat(context.getMetaData()).isNotNull();
        } finally {
            guarded.close();
        }
    }

    @Test
    @DisplayName("without a default identity the no-argument calls are refused with JMSSecurity(Runtime)Exception")
    void noArgumentCallsWithoutDefaultIdentityAreRefused() {
        MailslotConnectionFactory guarded = new MailslotConnectionFactory(GUARDED);
        try {
            assertThatThrownBy(guarded::createConnection).isInstanceOf(JMSSecurityException.class)
                    .hasMessageContaining("jms.user");
            assertThatThrownBy(guarded::createContext).isInstanceOf(JMSSecurityRuntimeException.class);
        } finally {
            guarded.close();
        }
    }

    @Test
    @DisplayName("explicit credentials: right ones connect, wrong ones are refused")
    void explicitCredentialsAreChecked() throws Exception {
        MailslotConnectionFactory guarded = new MailslotConnectionFactory(GUARDED
                + "&jms.user=alice&jms.password=secret");
        try {
            guarded.createConnection("bob", "hunter2").close();
            assertThatThrownBy(() -> guarded.createConnection("bob", "secret"))
                    .isInstanceOf(JMSSecurityException.class);
            assertThatThrownBy(() -> guarded.createContext("mallory", "x"))
                    .isInstanceOf(JMSSecurityRuntimeException.class);
            assertThatThrownBy(() -> guarded.createContext(null, null, JMSContext.AUTO_ACKNOWLEDGE))
                    .isInstanceOf(JMSSecurityRuntimeException.class);
        } finally {
            guarded.close();
        }
    }

    @Test
    @DisplayName("createDurableConsumer(null, name) without a client ID: the destination is checked first")
    void nullTopicIsAnInvalidDestinationBeforeTheMissingClientId() {
        try (JMSContext context = factory.createContext()) {
            assertThatThrownBy(() -> context.createDurableConsumer(null, "sub"))
                    .isInstanceOf(InvalidDestinationRuntimeException.class);
            assertThatThrownBy(() -> context.createDurableConsumer(null, "sub", null, false))
                    .isInstanceOf(InvalidDestinationRuntimeException.class);
        }
    }

    @Test
    @DisplayName("local factories differing only in jms.clientID share queues and topics")
    void localFactoriesShareOneNetwork() throws Exception {
        MailslotConnectionFactory billing = new MailslotConnectionFactory("mailslot://local?jms.clientID="
                + unique("billing"));
        try (JMSContext subscriber = billing.createContext(); JMSContext publisher = factory.createContext()) {
            Topic topic = publisher.createTopic(unique("invoices"));
            subscriber.createDurableConsumer(topic, "ledger").close();
            publisher.createProducer().send(topic, "paid");
            assertThat(subscriber.createDurableConsumer(topic, "ledger").receiveBody(String.class, 5_000))
                    .isEqualTo("paid");

            String queue = unique("orders");
            publisher.createProducer().send(publisher.createQueue(queue), "order 1");
            assertThat(subscriber.createConsumer(subscriber.createQueue(queue)).receiveBody(String.class, 5_000))
                    .isEqualTo("order 1");
        } finally {
            billing.close();
        }
    }

    @Test
    @DisplayName("JNDI gives one local factory a client ID without cutting it off from the others")
    void jndiFactoryWithClientIdSharesTheNetwork() throws Exception {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, MailslotInitialContextFactory.class.getName());
        String clientId = unique("billing");
        environment.put("connectionFactory.Plain", "mailslot://local");
        environment.put("connectionFactory.Billing", "mailslot://local?jms.clientID=" + clientId);
        Context jndi = new InitialContext(environment);
        ConnectionFactory plain = (ConnectionFactory) jndi.lookup("Plain");
        ConnectionFactory billing = (ConnectionFactory) jndi.lookup("Billing");
        try (JMSContext subscriber = billing.createContext(); JMSContext publisher = plain.createContext()) {
            assertThat(subscriber.getClientID()).isEqualTo(clientId);
            Topic topic = publisher.createTopic(unique("invoices"));
            subscriber.createDurableConsumer(topic, "ledger").close();
            publisher.createProducer().send(topic, "paid");
            assertThat(subscriber.createDurableConsumer(topic, "ledger").receiveBody(String.class, 5_000))
                    .isEqualTo("paid");
        } finally {
            jndi.close();
            ((MailslotConnectionFactory) plain).close();
            ((MailslotConnectionFactory) billing).close();
        }
    }

    @Test
    @DisplayName("local factories with their own persistent-delivery policy and allow-list share the network,"
            + " each applying its own policy")
    void factoryPoliciesDoNotSplitTheNetwork() throws Exception {
        MailslotConnectionFactory strict = new MailslotConnectionFactory("mailslot://local?jms.persistentDelivery="
                + "reject&jms.deserializationAllowList=java.lang");
        try (JMSContext strictContext = strict.createContext(); JMSContext lenient = factory.createContext()) {
            jakarta.jms.Queue queue = lenient.createQueue(unique("policies"));
            jakarta.jms.JMSConsumer strictConsumer = strictContext.createConsumer(queue);

            assertThatThrownBy(() -> strictContext.createProducer().send(queue, "refused"))
                    .isInstanceOf(jakarta.jms.JMSRuntimeException.class)
                    .hasMessageContaining("jms.persistentDelivery=reject");
            lenient.createProducer().send(queue, new java.util.ArrayList<>(java.util.List.of("a")));

            jakarta.jms.ObjectMessage received = (jakarta.jms.ObjectMessage) strictConsumer.receive(5_000);
            assertThat(received).as("a message from a factory with other policies arrives").isNotNull();
            assertThatThrownBy(received::getObject).isInstanceOf(jakarta.jms.MessageFormatException.class)
                    .hasMessageContaining("java.util.ArrayList");

            strictContext.createProducer().setDeliveryMode(jakarta.jms.DeliveryMode.NON_PERSISTENT)
                    .send(queue, 42);
            jakarta.jms.ObjectMessage back = (jakarta.jms.ObjectMessage) lenient.createConsumer(queue).receive(5_000);
            assertThat(back.getObject()).isEqualTo(42);
        } finally {
            strict.close();
        }
    }
}
