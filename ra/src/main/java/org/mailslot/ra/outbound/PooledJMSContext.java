package org.mailslot.ra.outbound;

import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionMetaData;
import jakarta.jms.Destination;
import jakarta.jms.ExceptionListener;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.StreamMessage;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TemporaryTopic;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import jakarta.jms.TransactionInProgressRuntimeException;
import java.io.Serializable;
import org.mailslot.jms.exceptions.JmsExceptions;

/**
 * The {@link JMSContext} a pooled factory hands out: one {@link ConnectionHandle} and its one session, so it obeys
 * the same container rules and takes part in the server's local transaction the same way. The session mode asked
 * for is ignored inside the server's transaction (the transaction decides, Jakarta Messaging 3.1 §12.3) and
 * outside it transacted and client-acknowledge modes become auto-acknowledge. {@code setClientID},
 * {@code setExceptionListener}, {@code stop} and {@code createContext(int)} are refused as §12.2 says. Closing the
 * context gives its connection back to the pool.
 */
final class PooledJMSContext implements JMSContext {

    /** A classic-API call whose checked failure becomes its runtime twin. */
    interface Call<T> {
        T run() throws JMSException;
    }

    /** A classic-API call without a result. */
    interface Action {
        void run() throws JMSException;
    }

    private final ConnectionHandle connection;
    private final Session session;
    private volatile boolean autoStart = true;
    private volatile boolean closed;

    private PooledJMSContext(ConnectionHandle connection, Session session) {
        this.connection = connection;
        this.session = session;
    }

    /** A context over a freshly allocated handle; the handle goes back to the pool if the session fails. */
    static JMSContext open(ConnectionHandle connection, int sessionMode) {
        if (sessionMode < SESSION_TRANSACTED || sessionMode > DUPS_OK_ACKNOWLEDGE) {
            run(connection::close);
            throw new JMSRuntimeException("Session mode " + sessionMode + " is not one of AUTO_ACKNOWLEDGE,"
                    + " CLIENT_ACKNOWLEDGE, DUPS_OK_ACKNOWLEDGE or SESSION_TRANSACTED");
        }
        try {
            return new PooledJMSContext(connection, connection.createSession(sessionMode));
        } catch (JMSException | RuntimeException e) {
            run(connection::close);
            throw e instanceof JMSException checked ? JmsExceptions.toRuntime(checked) : (RuntimeException) e;
        }
    }

    static <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (JMSException e) {
            throw JmsExceptions.toRuntime(e);
        }
    }

    static void run(Action action) {
        try {
            action.run();
        } catch (JMSException e) {
            throw JmsExceptions.toRuntime(e);
        }
    }

    private Session session() {
        if (closed) {
            throw new IllegalStateRuntimeException("This JMSContext is closed; create a new one from the factory");
        }
        return session;
    }

    private IllegalStateRuntimeException refused(String what) {
        session();
        return new IllegalStateRuntimeException(what + " is not allowed on a JMSContext in an application server"
                + " (Jakarta Messaging 3.1, section 12.2)");
    }

    // ---- connection ----------------------------------------------------------------------------------------------

    @Override
    public JMSContext createContext(int sessionMode) {
        throw refused("createContext(int) (inject or create another context from the factory)");
    }

    @Override
    public String getClientID() {
        session();
        return call(connection::getClientID);
    }

    @Override
    public void setClientID(String clientID) {
        throw refused("setClientID (configure clientId on the connection pool)");
    }

    @Override
    public ConnectionMetaData getMetaData() {
        session();
        return call(connection::getMetaData);
    }

    @Override
    public ExceptionListener getExceptionListener() {
        session();
        return null;
    }

    @Override
    public void setExceptionListener(ExceptionListener listener) {
        throw refused("setExceptionListener");
    }

    @Override
    public void start() {
        session();
        run(connection::start);
    }

    @Override
    public void stop() {
        throw refused("stop");
    }

    @Override
    public void setAutoStart(boolean autoStart) {
        session();
        this.autoStart = autoStart;
    }

    @Override
    public boolean getAutoStart() {
        session();
        return autoStart;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        run(connection::close);
    }

    // ---- messages ------------------------------------------------------------------------------------------------

    @Override
    public BytesMessage createBytesMessage() {
        return call(session()::createBytesMessage);
    }

    @Override
    public MapMessage createMapMessage() {
        return call(session()::createMapMessage);
    }

    @Override
    public Message createMessage() {
        return call(session()::createMessage);
    }

    @Override
    public ObjectMessage createObjectMessage() {
        return call(session()::createObjectMessage);
    }

    @Override
    public ObjectMessage createObjectMessage(Serializable object) {
        return call(() -> session().createObjectMessage(object));
    }

    @Override
    public StreamMessage createStreamMessage() {
        return call(session()::createStreamMessage);
    }

    @Override
    public TextMessage createTextMessage() {
        return call(session()::createTextMessage);
    }

    @Override
    public TextMessage createTextMessage(String text) {
        return call(() -> session().createTextMessage(text));
    }

    // ---- transactions and acknowledgement ------------------------------------------------------------------------

    @Override
    public boolean getTransacted() {
        return call(session()::getTransacted);
    }

    /** The mode in force: {@code SESSION_TRANSACTED} inside the server's transaction, else the session's mode. */
    @Override
    public int getSessionMode() {
        return getTransacted() ? SESSION_TRANSACTED : call(session::getAcknowledgeMode);
    }

    @Override
    public void commit() {
        outsideTransaction("commit");
        run(session::commit);
    }

    @Override
    public void rollback() {
        outsideTransaction("rollback");
        run(session::rollback);
    }

    @Override
    public void recover() {
        outsideTransaction("recover");
        run(session::recover);
    }

    private void outsideTransaction(String what) {
        if (getTransacted()) {
            throw new TransactionInProgressRuntimeException(what + " is decided by the container's transaction"
                    + " this JMSContext takes part in");
        }
    }

    /** Client acknowledgement is not offered in a container, so there is never anything to acknowledge. */
    @Override
    public void acknowledge() {
        session();
    }

    // ---- producers, consumers, destinations ----------------------------------------------------------------------

    @Override
    public JMSProducer createProducer() {
        Session current = session();
        return new PooledJMSProducer(current, call(() -> current.createProducer(null)));
    }

    @Override
    public JMSConsumer createConsumer(Destination destination) {
        return createConsumer(destination, null, false);
    }

    @Override
    public JMSConsumer createConsumer(Destination destination, String messageSelector) {
        return createConsumer(destination, messageSelector, false);
    }

    @Override
    public JMSConsumer createConsumer(Destination destination, String messageSelector, boolean noLocal) {
        return started(call(() -> session().createConsumer(destination, messageSelector, noLocal)));
    }

    @Override
    public JMSConsumer createSharedConsumer(Topic topic, String name) {
        return createSharedConsumer(topic, name, null);
    }

    @Override
    public JMSConsumer createSharedConsumer(Topic topic, String name, String messageSelector) {
        return started(call(() -> session().createSharedConsumer(topic, name, messageSelector)));
    }

    @Override
    public JMSConsumer createDurableConsumer(Topic topic, String name) {
        return createDurableConsumer(topic, name, null, false);
    }

    @Override
    public JMSConsumer createDurableConsumer(Topic topic, String name, String messageSelector, boolean noLocal) {
        return started(call(() -> session().createDurableConsumer(topic, name, messageSelector, noLocal)));
    }

    @Override
    public JMSConsumer createSharedDurableConsumer(Topic topic, String name) {
        return createSharedDurableConsumer(topic, name, null);
    }

    @Override
    public JMSConsumer createSharedDurableConsumer(Topic topic, String name, String messageSelector) {
        return started(call(() -> session().createSharedDurableConsumer(topic, name, messageSelector)));
    }

    private JMSConsumer started(MessageConsumer consumer) {
        if (autoStart) {
            run(connection::start);
        }
        return new PooledJMSConsumer(consumer);
    }

    @Override
    public QueueBrowser createBrowser(Queue queue) {
        return createBrowser(queue, null);
    }

    @Override
    public QueueBrowser createBrowser(Queue queue, String messageSelector) {
        return call(() -> session().createBrowser(queue, messageSelector));
    }

    @Override
    public Queue createQueue(String queueName) {
        return call(() -> session().createQueue(queueName));
    }

    @Override
    public Topic createTopic(String topicName) {
        return call(() -> session().createTopic(topicName));
    }

    @Override
    public TemporaryQueue createTemporaryQueue() {
        return call(session()::createTemporaryQueue);
    }

    @Override
    public TemporaryTopic createTemporaryTopic() {
        return call(session()::createTemporaryTopic);
    }

    @Override
    public void unsubscribe(String name) {
        run(() -> session().unsubscribe(name));
    }
}
