package org.mailslot.ra.outbound;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueConnectionFactory;
import jakarta.jms.TopicConnection;
import jakarta.jms.TopicConnectionFactory;
import jakarta.resource.Referenceable;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import java.io.Serializable;
import javax.naming.Reference;
import org.mailslot.jms.exceptions.JmsExceptions;

/**
 * The {@link ConnectionFactory} an application injects ({@code @Resource}): every connection is a handle on a
 * pooled physical connection that the server hands out and takes back when the handle is closed.
 */
public class PooledConnectionFactory implements ConnectionFactory, QueueConnectionFactory, TopicConnectionFactory,
        Referenceable, Serializable {

    private static final long serialVersionUID = 1L;

    /** The pool's configuration, which makes the physical connections. */
    private final MailslotManagedConnectionFactory factory;
    /** The server's pool, which hands out and takes back the physical connections. */
    private final ConnectionManager manager;
    /** The JNDI reference the server gave this factory, or null. */
    private Reference reference;

    PooledConnectionFactory(MailslotManagedConnectionFactory factory, ConnectionManager manager) {
        this.factory = factory;
        this.manager = manager;
    }

    /** User name and password are not checked here: the pool's connections are made by the server. */
    @Override
    public Connection createConnection(String userName, String password) throws JMSException {
        return createConnection();
    }

    @Override
    public Connection createConnection() throws JMSException {
        try {
            return (Connection) manager.allocateConnection(factory, null);
        } catch (ResourceException e) {
            JMSException failure = new JMSException("No mailslot connection could be allocated from the pool: "
                    + e.getMessage());
            failure.setLinkedException(e);
            failure.initCause(e);
            throw failure;
        }
    }

    @Override
    public QueueConnection createQueueConnection() throws JMSException {
        return (QueueConnection) createConnection();
    }

    @Override
    public QueueConnection createQueueConnection(String userName, String password) throws JMSException {
        return (QueueConnection) createConnection();
    }

    @Override
    public TopicConnection createTopicConnection() throws JMSException {
        return (TopicConnection) createConnection();
    }

    @Override
    public TopicConnection createTopicConnection(String userName, String password) throws JMSException {
        return (TopicConnection) createConnection();
    }

    /** A context on a pooled connection; see {@link PooledJMSContext} for the container rules it follows. */
    @Override
    public JMSContext createContext() {
        return createContext(JMSContext.AUTO_ACKNOWLEDGE);
    }

    /** User name and password are not checked here, as for {@link #createConnection(String, String)}. */
    @Override
    public JMSContext createContext(String userName, String password) {
        return createContext(JMSContext.AUTO_ACKNOWLEDGE);
    }

    @Override
    public JMSContext createContext(String userName, String password, int sessionMode) {
        return createContext(sessionMode);
    }

    @Override
    public JMSContext createContext(int sessionMode) {
        ConnectionHandle connection;
        try {
            connection = (ConnectionHandle) createConnection();
        } catch (JMSException e) {
            throw JmsExceptions.toRuntime(e);
        }
        return PooledJMSContext.open(connection, sessionMode);
    }

    @Override
    public void setReference(Reference reference) {
        this.reference = reference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
