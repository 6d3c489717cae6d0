package org.mailslot.ra.outbound;

import jakarta.jms.ConnectionConsumer;
import jakarta.jms.ConnectionMetaData;
import jakarta.jms.Destination;
import jakarta.jms.ExceptionListener;
import jakarta.jms.IllegalStateException;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueSession;
import jakarta.jms.ServerSessionPool;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import jakarta.jms.TopicConnection;
import jakarta.jms.TopicSession;
import java.util.ArrayList;
import java.util.List;

/**
 * The connection an application holds: a handle on a pooled {@link MailslotManagedConnection}. Closing it gives
 * the physical connection back to the pool. It follows the rules Jakarta Messaging sets for the Jakarta EE web and
 * EJB containers: one active session per connection, and no client ID, exception listener, stop or connection
 * consumer.
 */
public final class ConnectionHandle implements QueueConnection, TopicConnection {

    private MailslotManagedConnection managed;
    private final List<Session> sessions = new ArrayList<>();
    private boolean closed;

    ConnectionHandle(MailslotManagedConnection managed) {
        this.managed = managed;
    }

    synchronized void reassociate(MailslotManagedConnection target) {
        if (managed != target) {
            managed.detach(this);
            managed = target;
        }
    }

    /** The server took the physical connection back: this handle and its sessions no longer work. */
    synchronized void invalidate() {
        closeSessions();
        closed = true;
    }

    private synchronized MailslotManagedConnection live() throws IllegalStateException {
        if (closed) {
            throw new IllegalStateException("This mailslot connection is closed; get a new one from the factory");
        }
        return managed;
    }

    @Override
    public synchronized Session createSession(boolean transacted, int acknowledgeMode) throws JMSException {
        MailslotManagedConnection target = live();
        sessions.removeIf(SessionHandle::isClosed);
        if (!sessions.isEmpty()) {
            throw new IllegalStateException("A connection in an application server has at most one active session"
                    + " (Jakarta Messaging 3.1, section 12.3); close the session first or use a second connection");
        }
        Session physical = target.sessionForHandle(transacted ? Session.AUTO_ACKNOWLEDGE : acknowledgeMode);
        Session handle = SessionHandle.wrap(physical, target.inTransaction(physical));
        sessions.add(handle);
        return handle;
    }

    @Override
    public Session createSession(int sessionMode) throws JMSException {
        return createSession(sessionMode == Session.SESSION_TRANSACTED, sessionMode);
    }

    @Override
    public Session createSession() throws JMSException {
        return createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    @Override
    public QueueSession createQueueSession(boolean transacted, int acknowledgeMode) throws JMSException {
        return (QueueSession) createSession(transacted, acknowledgeMode);
    }

    @Override
    public TopicSession createTopicSession(boolean transacted, int acknowledgeMode) throws JMSException {
        return (TopicSession) createSession(transacted, acknowledgeMode);
    }

    @Override
    public String getClientID() throws JMSException {
        return live().physical().getClientID();
    }

    @Override
    public void setClientID(String clientID) throws JMSException {
        throw refused("setClientID (configure clientId on the connection pool)");
    }

    @Override
    public ConnectionMetaData getMetaData() throws JMSException {
        return live().physical().getMetaData();
    }

    @Override
    public ExceptionListener getExceptionListener() throws JMSException {
        live();
        return null;
    }

    @Override
    public void setExceptionListener(ExceptionListener listener) throws JMSException {
        throw refused("setExceptionListener");
    }

    @Override
    public void start() throws JMSException {
        live().physical().start();
    }

    @Override
    public void stop() throws JMSException {
        throw refused("stop");
    }

    @Override
    public void close() throws JMSException {
        MailslotManagedConnection target;
        synchronized (this) {
            if (closed) {
                return;
            }
            closeSessions();
            closed = true;
            target = managed;
        }
        target.handleClosed(this);
    }

    private void closeSessions() {
        for (Session session : sessions) {
            try {
                session.close();
            } catch (JMSException e) {
                // The physical session is gone with its connection; nothing is left to release.
            }
        }
        sessions.clear();
    }

    @Override
    public ConnectionConsumer createConnectionConsumer(Destination destination, String selector,
                                                       ServerSessionPool pool, int maxMessages) throws JMSException {
        throw refused("createConnectionConsumer (use a message-driven bean)");
    }

    @Override
    public ConnectionConsumer createConnectionConsumer(Queue queue, String selector, ServerSessionPool pool,
                                                       int maxMessages) throws JMSException {
        throw refused("createConnectionConsumer (use a message-driven bean)");
    }

    @Override
    public ConnectionConsumer createConnectionConsumer(Topic topic, String selector, ServerSessionPool pool,
                                                       int maxMessages) throws JMSException {
        throw refused("createConnectionConsumer (use a message-driven bean)");
    }

    @Override
    public ConnectionConsumer createSharedConnectionConsumer(Topic topic, String name, String selector,
                                                             ServerSessionPool pool, int maxMessages)
            throws JMSException {
        throw refused("createSharedConnectionConsumer (use a message-driven bean)");
    }

    @Override
    public ConnectionConsumer createDurableConnectionConsumer(Topic topic, String name, String selector,
                                                              ServerSessionPool pool, int maxMessages)
            throws JMSException {
        throw refused("createDurableConnectionConsumer (use a message-driven bean)");
    }

    @Override
    public ConnectionConsumer createSharedDurableConnectionConsumer(Topic topic, String name, String selector,
                                                                    ServerSessionPool pool, int maxMessages)
            throws JMSException {
        throw refused("createSharedDurableConnectionConsumer (use a message-driven bean)");
    }

    private IllegalStateException refused(String what) throws IllegalStateException {
        live();
        return new IllegalStateException(what + " is not allowed on a connection in an application server"
                + " (Jakarta Messaging 3.1, section 12.2)");
    }
}
