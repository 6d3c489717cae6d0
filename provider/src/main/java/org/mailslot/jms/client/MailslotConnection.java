package org.mailslot.jms.client;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionConsumer;
import jakarta.jms.ConnectionMetaData;
import jakarta.jms.Destination;
import jakarta.jms.ExceptionListener;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueSession;
import jakarta.jms.ServerSessionPool;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import jakarta.jms.TopicConnection;
import jakarta.jms.TopicSession;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.MailslotTemporaryQueue;
import org.mailslot.jms.MailslotTemporaryTopic;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.engine.MessageOrigin;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JMS connection to the factory's mailslot host (Jakarta Messaging 3.1 §6.1). Starting and stopping it starts and
 * pauses delivery to its consumers; closing it closes its sessions and deletes its temporary destinations.
 */
public final class MailslotConnection implements Connection, QueueConnection, TopicConnection {

    private static final Logger LOG = LoggerFactory.getLogger(MailslotConnection.class);

    private final ProviderRuntime runtime;
    private final FactoryPolicies policies;
    private final String id;
    private final List<MailslotSession> sessions = new CopyOnWriteArrayList<>();
    private final List<MailslotDestination> temporaries = new CopyOnWriteArrayList<>();
    private final AtomicInteger temporaryCounter = new AtomicInteger();
    private final Object lifecycle = new Object();
    private volatile boolean started;
    private volatile boolean closed;
    private volatile boolean clientIdFixed;
    private volatile String clientId;
    private volatile ExceptionListener exceptionListener;
    private volatile JMSException hostFailure;

    MailslotConnection(ProviderRuntime runtime, String presetClientId, FactoryPolicies policies)
            throws JMSException {
        this.runtime = runtime;
        this.policies = policies;
        this.id = runtime.nextConnectionId();
        if (presetClientId != null) {
            claimClientId(presetClientId);
            clientIdFixed = true;
        }
        runtime.register(this);
    }

    /** Opens a connection on the runtime; the factory calls this. */
    public static MailslotConnection open(ProviderRuntime runtime, String presetClientId, FactoryPolicies policies)
            throws JMSException {
        return new MailslotConnection(runtime, presetClientId, policies);
    }

    String id() {
        return id;
    }

    ProviderRuntime runtime() {
        return runtime;
    }

    /** The policies of the factory that opened this connection. */
    FactoryPolicies policies() {
        return policies;
    }

    boolean isStarted() {
        return started;
    }

    /** The origin recorded on sent messages, compared by noLocal subscriptions. */
    MessageOrigin origin() {
        return new MessageOrigin(id, clientId);
    }

    @Override
    public Session createSession(boolean transacted, int acknowledgeMode) throws JMSException {
        return newSession(transacted, acknowledgeMode, MailslotSession.Domain.UNIFIED);
    }

    @Override
    public Session createSession(int sessionMode) throws JMSException {
        return newSession(sessionMode == Session.SESSION_TRANSACTED, sessionMode, MailslotSession.Domain.UNIFIED);
    }

    @Override
    public Session createSession() throws JMSException {
        return createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    @Override
    public QueueSession createQueueSession(boolean transacted, int acknowledgeMode) throws JMSException {
        return newSession(transacted, acknowledgeMode, MailslotSession.Domain.QUEUE);
    }

    @Override
    public TopicSession createTopicSession(boolean transacted, int acknowledgeMode) throws JMSException {
        return newSession(transacted, acknowledgeMode, MailslotSession.Domain.TOPIC);
    }

    private MailslotSession newSession(boolean transacted, int mode, MailslotSession.Domain domain)
            throws JMSException {
        checkOpen();
        fixClientId();
        int ackMode = transacted ? Session.SESSION_TRANSACTED : mode;
        if (ackMode != Session.AUTO_ACKNOWLEDGE && ackMode != Session.CLIENT_ACKNOWLEDGE
                && ackMode != Session.DUPS_OK_ACKNOWLEDGE && ackMode != Session.SESSION_TRANSACTED) {
            throw JmsExceptions.create(ErrorKind.GENERAL, "Session mode " + mode + " is not one of"
                    + " AUTO_ACKNOWLEDGE (1), CLIENT_ACKNOWLEDGE (2), DUPS_OK_ACKNOWLEDGE (3) or SESSION_TRANSACTED (0)");
        }
        MailslotSession session = new MailslotSession(this, ackMode, domain);
        sessions.add(session);
        return session;
    }

    void forget(MailslotSession session) {
        sessions.remove(session);
    }

    @Override
    public String getClientID() throws JMSException {
        checkOpen();
        return clientId;
    }

    @Override
    public void setClientID(String newClientId) throws JMSException {
        checkOpen();
        synchronized (lifecycle) {
            if (clientIdFixed) {
                throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, clientId != null
                        ? "The client ID is already set to \"" + clientId + "\" and cannot change"
                        : "The client ID must be set before the connection is used (§6.1.2); set it right after"
                        + " createConnection()");
            }
            if (newClientId == null || newClientId.isBlank()) {
                throw JmsExceptions.create(ErrorKind.INVALID_CLIENT_ID, "A client ID must not be null or blank");
            }
            claimClientId(newClientId);
            clientIdFixed = true;
        }
    }

    private void claimClientId(String requested) throws JMSException {
        if (!runtime.reserveClientId(requested)) {
            throw JmsExceptions.create(ErrorKind.INVALID_CLIENT_ID, "Client ID \"" + requested + "\" is in use by"
                    + " another connection of this factory; client IDs must be unique (§6.1.2)");
        }
        clientId = requested;
    }

    /** Any use of the connection other than setClientID fixes the client ID (§6.1.2). */
    void fixClientId() {
        clientIdFixed = true;
    }

    @Override
    public ConnectionMetaData getMetaData() throws JMSException {
        checkOpen();
        fixClientId();
        return MailslotConnectionMetaData.INSTANCE;
    }

    @Override
    public ExceptionListener getExceptionListener() throws JMSException {
        checkOpen();
        return exceptionListener;
    }

    @Override
    public void setExceptionListener(ExceptionListener listener) throws JMSException {
        checkOpen();
        fixClientId();
        exceptionListener = listener;
    }

    /** Tells the application that the transport failed, through its ExceptionListener (§6.1.8). */
    void onTransportFailure(JMSException failure) {
        ExceptionListener listener = exceptionListener;
        if (listener == null || closed) {
            LOG.warn("Connection {}: {}", id, failure.getMessage());
            return;
        }
        try {
            listener.onException(failure);
        } catch (RuntimeException e) {
            LOG.warn("Connection {}: the ExceptionListener threw", id, e);
        }
    }

    /**
     * The factory's host stopped under this connection: every later call fails with the reason, and the
     * ExceptionListener hears it once, so applications and frameworks reconnect (§6.1.8).
     */
    void onHostStopped(JMSException failure) {
        hostFailure = failure;
        onTransportFailure(failure);
    }

    /** Fails when the host under this connection stopped; consumers and sessions call it before each use. */
    void checkHostAlive() throws JMSException {
        JMSException failure = hostFailure;
        if (failure != null && !closed) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "This connection is broken: " + failure.getMessage(),
                    failure);
        }
    }

    @Override
    public void start() throws JMSException {
        checkOpen();
        fixClientId();
        synchronized (lifecycle) {
            started = true;
        }
        for (MailslotSession session : sessions) {
            session.onConnectionStarted();
        }
    }

    @Override
    public void stop() throws JMSException {
        checkOpen();
        fixClientId();
        refuseFromOwnCallback("stop");
        synchronized (lifecycle) {
            started = false;
        }
        for (MailslotSession session : sessions) {
            session.awaitListenersIdle();
        }
    }

    @Override
    public void close() throws JMSException {
        if (closed) {
            return;
        }
        refuseFromOwnCallback("close");
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            started = false;
            closed = true;
        }
        JMSException failure = null;
        for (MailslotSession session : sessions) {
            try {
                session.close();
            } catch (JMSException e) {
                failure = failure == null ? e : failure;
            }
        }
        for (MailslotDestination temporary : temporaries) {
            dropTemporary(temporary);
        }
        temporaries.clear();
        if (clientId != null) {
            runtime.releaseClientId(clientId);
        }
        runtime.unregister(this);
        if (failure != null) {
            throw failure;
        }
    }

    private void refuseFromOwnCallback(String operation) throws JMSException {
        for (MailslotSession session : sessions) {
            if (session.isCallbackThread()) {
                throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "Connection." + operation + "() was called from"
                        + " a MessageListener or CompletionListener of this connection, which would deadlock"
                        + " (§6.1.5, §6.1.8); call it from another thread");
            }
        }
    }

    boolean isClosed() {
        return closed;
    }

    void checkOpen() throws JMSException {
        if (closed) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "The connection is closed; create a new one");
        }
        checkHostAlive();
    }

    MailslotTemporaryQueue createTemporaryQueue() throws JMSException {
        checkOpen();
        MailslotTemporaryQueue queue = new MailslotTemporaryQueue(temporaryName(), id, this::deleteTemporary);
        runtime.registerTemporaryQueue(queue);
        temporaries.add(queue);
        return queue;
    }

    MailslotTemporaryTopic createTemporaryTopic() throws JMSException {
        checkOpen();
        MailslotTemporaryTopic topic = new MailslotTemporaryTopic(temporaryName(), id, this::deleteTemporary);
        runtime.registerTemporaryTopic(topic);
        temporaries.add(topic);
        return topic;
    }

    private String temporaryName() {
        String server = runtime.settings().computerName();
        return "\\\\" + server + "\\mailslot\\temp\\" + id + "." + temporaryCounter.incrementAndGet();
    }

    /** Whether this connection created the temporary destination. */
    boolean owns(Destination destination) {
        return temporaries.contains(destination);
    }

    private void deleteTemporary(MailslotDestination destination) throws JMSException {
        checkOpen();
        for (MailslotSession session : sessions) {
            if (session.hasConsumerOn(destination)) {
                throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "Temporary destination " + destination
                        + " still has consumers; close them before deleting it");
            }
        }
        temporaries.remove(destination);
        dropTemporary(destination);
    }

    private void dropTemporary(MailslotDestination destination) {
        if (destination.isTopic()) {
            runtime.deleteTemporaryTopic(destination);
        } else {
            runtime.deleteTemporaryQueue(destination);
        }
    }

    @Override
    public ConnectionConsumer createConnectionConsumer(Destination destination, String messageSelector,
                                                       ServerSessionPool sessionPool, int maxMessages)
            throws JMSException {
        throw JmsExceptions.unsupported("ConnectionConsumer and ServerSessionPool");
    }

    @Override
    public ConnectionConsumer createConnectionConsumer(Queue queue, String messageSelector,
                                                       ServerSessionPool sessionPool, int maxMessages)
            throws JMSException {
        throw JmsExceptions.unsupported("ConnectionConsumer and ServerSessionPool");
    }

    @Override
    public ConnectionConsumer createConnectionConsumer(Topic topic, String messageSelector,
                                                       ServerSessionPool sessionPool, int maxMessages)
            throws JMSException {
        throw JmsExceptions.unsupported("ConnectionConsumer and ServerSessionPool");
    }

    @Override
    public ConnectionConsumer createSharedConnectionConsumer(Topic topic, String subscriptionName,
                                                             String messageSelector, ServerSessionPool sessionPool,
                                                             int maxMessages) throws JMSException {
        throw JmsExceptions.unsupported("ConnectionConsumer and ServerSessionPool");
    }

    @Override
    public ConnectionConsumer createDurableConnectionConsumer(Topic topic, String subscriptionName,
                                                              String messageSelector, ServerSessionPool sessionPool,
                                                              int maxMessages) throws JMSException {
        throw JmsExceptions.unsupported("ConnectionConsumer and ServerSessionPool");
    }

    @Override
    public ConnectionConsumer createSharedDurableConnectionConsumer(Topic topic, String subscriptionName,
                                                                    String messageSelector,
                                                                    ServerSessionPool sessionPool, int maxMessages)
            throws JMSException {
        throw JmsExceptions.unsupported("ConnectionConsumer and ServerSessionPool");
    }

    @Override
    public String toString() {
        return "MailslotConnection[" + id + (clientId == null ? "" : ", clientID=" + clientId) + "]";
    }
}
