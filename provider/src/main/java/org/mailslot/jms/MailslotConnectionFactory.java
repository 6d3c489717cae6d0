package org.mailslot.jms;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueConnectionFactory;
import jakarta.jms.TopicConnection;
import jakarta.jms.TopicConnectionFactory;
import java.io.Serializable;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.naming.Reference;
import javax.naming.Referenceable;
import javax.naming.StringRefAddr;
import org.mailslot.jms.client.FactoryPolicies;
import org.mailslot.jms.client.MailslotConnection;
import org.mailslot.jms.client.MailslotJMSContext;
import org.mailslot.jms.client.ProviderRuntime;
import org.mailslot.jms.client.StartupPreload;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.mailslot.jms.management.FactoryMBeans;
import org.mailslot.slot.DropReason;
import org.mailslot.slot.HostCounters;
import org.mailslot.slot.MailslotHost;

/**
 * The entry point of the mailslot JMS provider. A factory owns one mailslot host, started with its first
 * connection and kept until {@link #close()} or JVM exit; its queues and durable subscriptions live as long as that
 * host, so a message sent before any consumer exists waits for one.
 *
 * <p>{@code new MailslotConnectionFactory()} is a local-only host: in-JVM slots, no sockets.
 *
 * <pre>{@code
 * ConnectionFactory factory = new MailslotConnectionFactory();
 * try (Connection connection = factory.createConnection()) {
 *     Session session = connection.createSession();
 *     session.createProducer(session.createQueue("orders")).send(session.createTextMessage("hello"));
 * }
 * }</pre>
 */
public class MailslotConnectionFactory implements ConnectionFactory, QueueConnectionFactory, TopicConnectionFactory,
        Serializable, Referenceable, AutoCloseable {

    private static final long serialVersionUID = 1L;

    /** JNDI reference address holding the client ID preset for connections, if any. */
    public static final String REF_CLIENT_ID = "clientID";
    /** JNDI reference address holding the factory's URI. */
    public static final String REF_URI = "uri";

    /** The configuration: the URI and the options in it. */
    private MailslotOptions options = new MailslotOptions();
    // Derived from the options on first use, so not part of the serialised form: FactoryPolicies is not
    // Serializable, so a factory that had made a connection could not be serialised.
    private transient FactoryPolicies policies;
    /** The client ID preset on every connection, or null. */
    private String clientId;
    /** User name to password that connections must present; empty accepts any connection. */
    private Map<String, String> credentials = Map.of();
    /** The user the no-argument createConnection presents, or null. */
    private String defaultUser;
    /** The password that goes with {@link #defaultUser}, or null. */
    private String defaultPassword;
    private transient ProviderRuntime runtime;
    // Not part of the serialised form: a deserialised factory reads the system clock.
    private transient InstantSource clock;
    // The counters MBean, registered with the host and removed by close().
    private transient FactoryMBeans.Registration jmx;

    {
        // The classes of the first connection load on another thread while the application goes on setting up.
        StartupPreload.begin();
    }

    /** A local-only factory: in-JVM slots, no network. */
    public MailslotConnectionFactory() {
    }

    /**
     * A factory configured by a URI, {@code mailslot://ADDRESS[:PORT]?options} (see {@link MailslotOptions} and
     * {@code docs/configuration.md}).
     *
     * @param uri for example {@code mailslot://192.168.56.10?domain=WORKGROUP} or {@code mailslot://local}
     * @throws IllegalArgumentException naming the malformed part or the unknown option
     */
    public MailslotConnectionFactory(String uri) {
        setURI(uri);
    }

    /**
     * A factory configured by a URI whose provider reads time from {@code clock}: message timestamps, delivery
     * delays, expiry and the duplicate window of its host. For simulations and tests that advance time instead
     * of waiting; applications use {@link #MailslotConnectionFactory(String)}, which reads the system clock.
     *
     * @param uri   as for {@link #MailslotConnectionFactory(String)}
     * @param clock the time source, e.g. {@link InstantSource#system()}
     * @throws IllegalArgumentException naming the malformed part or the unknown option
     */
    public MailslotConnectionFactory(String uri, InstantSource clock) {
        setURI(uri);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Replaces the configuration with the one of the URI; takes effect for the next host (after {@link #close()}
     * or before the first connection).
     *
     * @param uri the new configuration, in the form the constructor takes
     * @throws IllegalArgumentException naming the malformed part or the unknown option
     */
    public synchronized void setURI(String uri) {
        MailslotOptions parsed = MailslotOptions.parse(uri);
        options = parsed;
        policies = null;
        clientId = parsed.clientId();
        credentials = parsed.credentials();
        defaultUser = parsed.defaultUser();
        defaultPassword = parsed.defaultPassword();
    }

    /** {@return the URI this factory was configured with ({@code mailslot://local} for a local-only factory)} */
    public synchronized String getURI() {
        return options.uri();
    }

    /** {@return the configuration; changes through it apply to the next host the factory starts} */
    public synchronized MailslotOptions getOptions() {
        return options;
    }

    /**
     * Presets the client ID of every connection, so durable subscriptions can be used without setClientID.
     *
     * @param clientId the client ID, or null for none
     */
    public synchronized void setClientID(String clientId) {
        this.clientId = clientId;
    }

    /** {@return the client ID preset on every connection, or null} */
    public synchronized String getClientID() {
        return clientId;
    }

    /**
     * Requires every connection to present one of these user names with its password; an empty map (the default)
     * accepts any connection.
     *
     * @param usersAndPasswords user name to password
     */
    public synchronized void setCredentials(Map<String, String> usersAndPasswords) {
        this.credentials = Map.copyOf(Objects.requireNonNull(usersAndPasswords, "usersAndPasswords"));
    }

    /**
     * The identity no-argument {@link #createConnection()} and {@link #createContext()} present (the URI keys
     * {@code jms.user} and {@code jms.password}); checked against the credentials table like explicit ones. Null
     * clears it.
     *
     * @param userName the user name, or null
     * @param password its password, or null
     */
    public synchronized void setDefaultIdentity(String userName, String password) {
        this.defaultUser = userName;
        this.defaultPassword = password;
    }

    /** Connects with the default identity (see {@link #setDefaultIdentity(String, String)}). */
    @Override
    public Connection createConnection() throws JMSException {
        String user;
        String password;
        synchronized (this) {
            user = defaultUser;
            password = defaultPassword;
        }
        return createConnection(user, password);
    }

    @Override
    public Connection createConnection(String userName, String password) throws JMSException {
        authenticate(userName, password);
        return MailslotConnection.open(runtime(), getClientID(), policies());
    }

    @Override
    public QueueConnection createQueueConnection() throws JMSException {
        return (QueueConnection) createConnection();
    }

    @Override
    public QueueConnection createQueueConnection(String userName, String password) throws JMSException {
        return (QueueConnection) createConnection(userName, password);
    }

    @Override
    public TopicConnection createTopicConnection() throws JMSException {
        return (TopicConnection) createConnection();
    }

    @Override
    public TopicConnection createTopicConnection(String userName, String password) throws JMSException {
        return (TopicConnection) createConnection(userName, password);
    }

    @Override
    public JMSContext createContext() {
        return createContext(JMSContext.AUTO_ACKNOWLEDGE);
    }

    @Override
    public JMSContext createContext(String userName, String password) {
        return createContext(userName, password, JMSContext.AUTO_ACKNOWLEDGE);
    }

    @Override
    public JMSContext createContext(int sessionMode) {
        String user;
        String password;
        synchronized (this) {
            user = defaultUser;
            password = defaultPassword;
        }
        return createContext(user, password, sessionMode);
    }

    @Override
    public JMSContext createContext(String userName, String password, int sessionMode) {
        try {
            return MailslotJMSContext.open((MailslotConnection) createConnection(userName, password), sessionMode);
        } catch (JMSException e) {
            throw JmsExceptions.toRuntime(e);
        }
    }

    private void authenticate(String userName, String password) throws JMSException {
        Map<String, String> table;
        synchronized (this) {
            table = credentials;
        }
        if (table.isEmpty()) {
            return;
        }
        if (userName == null) {
            throw JmsExceptions.create(ErrorKind.SECURITY, "This mailslot connection factory requires credentials"
                    + " (jms.credentials) and has no default identity: pass a user name and password to"
                    + " createConnection/createContext, or configure jms.user and jms.password");
        }
        String expected = table.get(userName);
        if (expected == null || !expected.equals(password)) {
            throw JmsExceptions.create(ErrorKind.SECURITY, "User name or password is wrong for this mailslot"
                    + " connection factory; check the credentials configured on it");
        }
    }

    /**
     * The mailslot host of a networked factory while it runs (after the first connection, until {@link #close()}
     * or until the host stops), for its counters and addresses; empty for a local-only factory. Closing the host
     * breaks every connection of the factory: their ExceptionListeners are told, and the next connection starts
     * a new host.
     *
     * @return the running host, or empty
     */
    public synchronized Optional<MailslotHost> host() {
        return runtime == null || runtime.isClosed() ? Optional.empty() : runtime.host();
    }

    /**
     * One snapshot of every counter of the factory's receive and send paths, all layers together: datagrams
     * received, delivered and sent, and every drop with its reason, from the wire codec (malformed datagrams, per
     * codec reason in {@link HostCounters#malformed()}), the network and slot layers (not for us, unknown slot,
     * duplicate, own echo, oversize) and the JMS layer (a payload that is neither raw nor a valid envelope is
     * {@link DropReason#UNREADABLE}; a message a queue's {@code jms.queueQuotaBytes} refused is
     * {@link DropReason#QUEUE_FULL}). Each received message passes through one queue (the JMS queue or topic
     * subscription) and each drop is counted once, under one reason.
     *
     * <p>A local-only factory, or one whose host is not running (before the first connection, after
     * {@link #close()}), reports zeros: local sends are answered at once (a full queue is a
     * {@code ResourceAllocationException} to the sender) and nothing is dropped silently.
     *
     * @return the counters at this moment
     */
    public HostCounters statistics() {
        return host().map(MailslotHost::counters).orElseGet(HostCounters::zero);
    }

    /** This factory's own policies, made once per configuration. */
    private synchronized FactoryPolicies policies() {
        if (policies == null) {
            policies = FactoryPolicies.of(options.toProviderSettings());
        }
        return policies;
    }

    /** The factory's host, started on first use. */
    private synchronized ProviderRuntime runtime() throws JMSException {
        if (runtime == null || runtime.isClosed()) {
            runtime = ProviderRuntime.start(options, clock == null ? InstantSource.system() : clock);
        }
        if (jmx == null && options.jmxEnabled()) {
            jmx = FactoryMBeans.register(options.metricsName(), this::statistics);
        }
        return runtime;
    }

    /**
     * Stops the factory's host: every queue and durable subscription and their messages are discarded. The next
     * connection starts a new host.
     */
    @Override
    public synchronized void close() {
        if (runtime != null) {
            runtime.release();
            runtime = null;
        }
        if (jmx != null) {
            jmx.close();
            jmx = null;
        }
    }

    @Override
    public synchronized Reference getReference() {
        Reference reference = new Reference(MailslotConnectionFactory.class.getName(),
                MailslotDestination.OBJECT_FACTORY, null);
        reference.add(new StringRefAddr(REF_URI, options.uri()));
        if (clientId != null) {
            reference.add(new StringRefAddr(REF_CLIENT_ID, clientId));
        }
        return reference;
    }
}
