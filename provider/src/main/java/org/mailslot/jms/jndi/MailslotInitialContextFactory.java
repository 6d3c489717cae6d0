package org.mailslot.jms.jndi;

import jakarta.jms.InvalidDestinationException;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.naming.ConfigurationException;
import javax.naming.Context;
import javax.naming.NamingException;
import javax.naming.spi.InitialContextFactory;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.jms.MailslotDestinations;

/**
 * A JNDI provider for applications that find their JMS objects by name, configured in {@code jndi.properties} or the
 * environment given to {@code new InitialContext(env)}:
 *
 * <pre>
 * java.naming.factory.initial = org.mailslot.jms.jndi.MailslotInitialContextFactory
 * connectionFactory.orders = mailslot://127.0.0.5:13800?computerName=JAVA1&amp;jms.clientID=billing
 * queue.incoming = orders
 * topic.status = \\*\mailslot\status
 * </pre>
 *
 * <p>{@code connectionFactory.NAME} binds a {@link MailslotConnectionFactory} for the URI (a client ID is preset
 * with the {@code jms.clientID} option); {@code queue.NAME} and {@code topic.NAME} bind destinations by the names
 * {@code Session.createQueue} and {@code createTopic} accept. Without any {@code connectionFactory.} entry,
 * {@code ConnectionFactory} is bound to {@code java.naming.provider.url} or, when that is unset, a local-only
 * factory. {@code dynamicQueues/NAME} and {@code dynamicTopics/NAME} look up destinations that are not configured.
 *
 * <p>Every context of the JVM returns the same factory instance for the same URI, because a factory owns its
 * mailslot host: two local-only factories would be two separate in-JVM networks, two networked ones would fight
 * over one address. The context is read-only; entries that cannot be parsed fail the {@code InitialContext}
 * constructor with a {@link ConfigurationException} naming the entry.
 */
public final class MailslotInitialContextFactory implements InitialContextFactory {

    /** Prefix of environment keys that bind a connection factory: {@code connectionFactory.NAME = URI}. */
    public static final String CONNECTION_FACTORY_PREFIX = "connectionFactory.";
    /** Prefix of environment keys that bind a queue: {@code queue.NAME = slot name}. */
    public static final String QUEUE_PREFIX = "queue.";
    /** Prefix of environment keys that bind a topic: {@code topic.NAME = slot name}. */
    public static final String TOPIC_PREFIX = "topic.";
    /** The name the default connection factory is bound to when the environment configures none. */
    public static final String DEFAULT_CONNECTION_FACTORY = "ConnectionFactory";

    @Override
    @SuppressWarnings("JdkObsolete") // Hashtable is the environment type of the JNDI API
    public Context getInitialContext(Hashtable<?, ?> environment) throws NamingException {
        Hashtable<Object, Object> copy = environment == null ? new Hashtable<>() : new Hashtable<>(environment);
        return new ReadOnlyContext(bindings(copy), copy);
    }

    private static Map<String, Object> bindings(Hashtable<Object, Object> environment) throws NamingException {
        Map<String, Object> bindings = new LinkedHashMap<>();
        boolean anyFactory = false;
        for (Map.Entry<Object, Object> entry : environment.entrySet()) {
            if (!(entry.getKey() instanceof String key) || !(entry.getValue() instanceof String value)) {
                continue;
            }
            if (key.startsWith(CONNECTION_FACTORY_PREFIX)) {
                bindings.put(name(key, CONNECTION_FACTORY_PREFIX), factory(key, value));
                anyFactory = true;
            } else if (key.startsWith(QUEUE_PREFIX)) {
                bindings.put(name(key, QUEUE_PREFIX), destination(key, value, false));
            } else if (key.startsWith(TOPIC_PREFIX)) {
                bindings.put(name(key, TOPIC_PREFIX), destination(key, value, true));
            }
        }
        if (!anyFactory) {
            Object url = environment.get(Context.PROVIDER_URL);
            String uri = url instanceof String text && !text.isBlank() ? text.trim()
                    : MailslotConnectionFactoryRegistry.LOCAL_URI;
            bindings.put(DEFAULT_CONNECTION_FACTORY, factory(Context.PROVIDER_URL, uri));
        }
        return bindings;
    }

    private static String name(String key, String prefix) throws ConfigurationException {
        String name = key.substring(prefix.length()).trim();
        if (name.isEmpty()) {
            throw new ConfigurationException("JNDI entry '" + key + "' has no name after '" + prefix + "'; write "
                    + prefix + "NAME = value");
        }
        return name;
    }

    private static MailslotConnectionFactory factory(String key, String uri) throws ConfigurationException {
        try {
            return MailslotConnectionFactoryRegistry.shared(uri.trim());
        } catch (IllegalArgumentException e) {
            ConfigurationException error = new ConfigurationException("JNDI entry '" + key + "' is not a valid"
                    + " mailslot connection factory URI: " + e.getMessage());
            error.setRootCause(e);
            throw error;
        }
    }

    static Object destination(String key, String name, boolean topic) throws ConfigurationException {
        try {
            return topic ? MailslotDestinations.parseTopic(name.trim()) : MailslotDestinations.parseQueue(name.trim());
        } catch (InvalidDestinationException e) {
            ConfigurationException error = new ConfigurationException("JNDI entry '" + key + "' is not a valid"
                    + (topic ? " topic" : " queue") + " name: " + e.getMessage());
            error.setRootCause(e);
            throw error;
        }
    }
}
