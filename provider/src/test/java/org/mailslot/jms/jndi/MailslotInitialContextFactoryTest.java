package org.mailslot.jms.jndi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.Topic;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.naming.Binding;
import javax.naming.ConfigurationException;
import javax.naming.Context;
import javax.naming.InitialContext;
import javax.naming.NameClassPair;
import javax.naming.NameNotFoundException;
import javax.naming.NamingEnumeration;
import javax.naming.OperationNotSupportedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.jms.MailslotDestinations;
import org.mailslot.jms.MailslotTopic;

/** The JNDI provider: names from the environment in the usual form, looked up through {@link InitialContext}. */
@Timeout(30)
class MailslotInitialContextFactoryTest {

    /** A URI no other test uses, so the JVM-wide factory of this test is its own. */
    private static String localUri() {
        return "mailslot://local?jms.queueQuotaBytes=" + (1_000_000 + (UUID.randomUUID().hashCode() & 0xffff));
    }

    private static InitialContext context(String... keysAndValues) throws Exception {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, MailslotInitialContextFactory.class.getName());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            environment.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new InitialContext(environment);
    }

    @Test
    void bindsFactoriesQueuesAndTopicsOfTheUsualForm() throws Exception {
        String uri = localUri();
        InitialContext context = context("connectionFactory.orders", uri, "queue.incoming", "orders",
                "queue.remote", "\\\\PLC7\\mailslot\\cmd", "topic.status", "\\\\*\\mailslot\\status");

        assertThat(context.lookup("orders")).isInstanceOf(MailslotConnectionFactory.class)
                .extracting(f -> ((MailslotConnectionFactory) f).getURI()).isEqualTo(uri);
        assertThat(context.lookup("incoming")).isEqualTo(MailslotDestinations.parseQueue("orders"));
        assertThat(((Queue) context.lookup("remote")).getQueueName()).isEqualTo("\\\\PLC7\\mailslot\\cmd");
        assertThat(((Topic) context.lookup("status")).getTopicName()).isEqualTo("\\\\*\\mailslot\\status");
        assertThatThrownBy(() -> context.lookup("ConnectionFactory")).isInstanceOf(NameNotFoundException.class);
    }

    @Test
    void aMessageTravelsBetweenObjectsFoundInTwoContexts() throws Exception {
        String uri = localUri();
        InitialContext producerSide = context("connectionFactory.cf", uri, "queue.work", "work");
        InitialContext consumerSide = context("connectionFactory.cf", uri, "queue.work", "work");

        ConnectionFactory first = (ConnectionFactory) producerSide.lookup("cf");
        ConnectionFactory second = (ConnectionFactory) consumerSide.lookup("cf");
        // Same URI, same factory: a second local-only host would be a separate in-JVM network.
        assertThat(second).isSameAs(first);
        try (JMSContext sender = first.createContext(); JMSContext receiver = second.createContext()) {
            sender.createProducer().send((Queue) producerSide.lookup("work"), "through JNDI");
            assertThat(receiver.createConsumer((Queue) consumerSide.lookup("work")).receiveBody(String.class, 5_000))
                    .isEqualTo("through JNDI");
        }
    }

    @Test
    void aFactoryPresetWithAClientIdServesDurableSubscriptions() throws Exception {
        String uri = localUri() + "&jms.clientID=billing-" + UUID.randomUUID();
        ConnectionFactory factory = (ConnectionFactory) context("connectionFactory.durable", uri).lookup("durable");
        try (Connection connection = factory.createConnection()) {
            assertThat(connection.getClientID()).startsWith("billing-");
            var session = connection.createSession();
            session.createDurableSubscriber(session.createTopic("prices"), "watch").close();
            session.unsubscribe("watch");
        }
    }

    @Test
    void withoutAFactoryEntryConnectionFactoryIsTheProviderUrlOrLocal() throws Exception {
        String uri = localUri();
        assertThat(((MailslotConnectionFactory) context(Context.PROVIDER_URL, uri).lookup("ConnectionFactory"))
                .getURI()).isEqualTo(uri);
        assertThat(((MailslotConnectionFactory) context().lookup("ConnectionFactory")).getURI())
                .isEqualTo("mailslot://local");
    }

    @Test
    void dynamicNamesNeedNoConfiguration() throws Exception {
        InitialContext context = context();
        assertThat(context.lookup("dynamicQueues/orders")).isEqualTo(MailslotDestinations.parseQueue("orders"));
        assertThat(context.lookup("dynamicTopics/status")).isEqualTo(MailslotDestinations.parseTopic("status"));
    }

    @Test
    void badEntriesFailTheContextNamingTheEntry() {
        assertThatThrownBy(() -> context("connectionFactory.cf", "mailslot://local?nosuch=1"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("connectionFactory.cf").hasMessageContaining("nosuch");
        assertThatThrownBy(() -> context("queue.bad", "a|b"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("queue.bad");
        assertThatThrownBy(() -> context("topic.", "x"))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("no name");
    }

    @Test
    void unknownNamesSayWhatIsBound() throws Exception {
        InitialContext context = context("queue.known", "known");
        assertThatThrownBy(() -> context.lookup("unknown")).isInstanceOf(NameNotFoundException.class)
                .hasMessageContaining("known").hasMessageContaining("queue.unknown");
    }

    @Test
    void theContextIsReadOnlyAndListsItsBindings() throws Exception {
        InitialContext context = context("queue.a", "a", "topic.b", "b", "connectionFactory.c", localUri());
        assertThatThrownBy(() -> context.bind("x", "y")).isInstanceOf(OperationNotSupportedException.class)
                .hasMessageContaining("read-only");
        assertThatThrownBy(() -> context.unbind("a")).isInstanceOf(OperationNotSupportedException.class);
        assertThatThrownBy(() -> context.createSubcontext("s")).isInstanceOf(OperationNotSupportedException.class);

        List<String> names = new ArrayList<>();
        NamingEnumeration<NameClassPair> pairs = context.list("");
        while (pairs.hasMore()) {
            names.add(pairs.next().getName());
        }
        assertThat(names).containsExactlyInAnyOrder("a", "b", "c");
        NamingEnumeration<Binding> bindings = context.listBindings("");
        List<Object> objects = new ArrayList<>();
        while (bindings.hasMore()) {
            objects.add(bindings.next().getObject());
        }
        assertThat(objects).hasSize(3).anySatisfy(o -> assertThat(o).isInstanceOf(MailslotConnectionFactory.class));
        assertThat(context.getEnvironment().get("queue.a")).isEqualTo("a");
    }

    @Test
    void theExampleOfTheConfigurationDocumentBindsWhatItSays() throws Exception {
        String doc = Files.readString(Path.of(System.getProperty("user.dir")).resolve("../docs/configuration.md"));
        String section = doc.substring(doc.indexOf("## JNDI"));
        String block = section.substring(section.indexOf("```properties") + "```properties".length(),
                section.indexOf("```", section.indexOf("```properties") + 3));
        Properties properties = new Properties();
        properties.load(new StringReader(block));

        InitialContext context = new InitialContext(properties);

        assertThat(((Queue) context.lookup("plc")).getQueueName()).isEqualTo("\\\\PLC7\\mailslot\\cmd");
        assertThat(((Topic) context.lookup("status")).getTopicName()).as("as bound").isEqualTo("status");
        assertThat(((MailslotTopic) context.lookup("status")).uncName()).isEqualTo("\\\\*\\mailslot\\status");
        assertThat(((MailslotConnectionFactory) context.lookup("Billing")).getClientID()).isEqualTo("billing");
        assertThat(((MailslotConnectionFactory) context.lookup("ConnectionFactory")).getOptions()
                .get("computerName")).isEqualTo("JAVA1");
    }
}
