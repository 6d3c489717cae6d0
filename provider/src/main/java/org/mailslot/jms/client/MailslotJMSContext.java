package org.mailslot.jms.client;

import static org.mailslot.jms.client.RuntimeExceptions.unchecked;
import static org.mailslot.jms.client.RuntimeExceptions.uncheckedRun;

import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionMetaData;
import jakarta.jms.Destination;
import jakarta.jms.ExceptionListener;
import jakarta.jms.IllegalStateRuntimeException;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.StreamMessage;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TemporaryTopic;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simplified API (Jakarta Messaging 3.1 §2.6): a connection and one session in one object. Contexts made with
 * {@link #createContext(int)} share the connection, which closes with the last of them. Consumers start the
 * connection unless auto-start is off. Every failure is the runtime twin of the classic API's exception.
 */
public final class MailslotJMSContext implements JMSContext {

    /** The connection shared by a context and the contexts made from it. */
    private static final class SharedConnection {
        final MailslotConnection connection;
        final AtomicInteger users = new AtomicInteger(1);

        SharedConnection(MailslotConnection connection) {
            this.connection = connection;
        }
    }

    private final SharedConnection shared;
    private final int sessionMode;
    private MailslotSession session;
    private volatile boolean autoStart = true;
    private volatile boolean closed;

    private MailslotJMSContext(SharedConnection shared, int sessionMode) {
        this.shared = shared;
        this.sessionMode = sessionMode;
    }

    /** A context with its own connection; the factory calls this. */
    public static MailslotJMSContext open(MailslotConnection connection, int sessionMode) {
        try {
            checkMode(sessionMode);
        } catch (RuntimeException e) {
            uncheckedRun(connection::close);
            throw e;
        }
        return new MailslotJMSContext(new SharedConnection(connection), sessionMode);
    }

    private static void checkMode(int sessionMode) {
        if (sessionMode < SESSION_TRANSACTED || sessionMode > DUPS_OK_ACKNOWLEDGE) {
            throw new jakarta.jms.JMSRuntimeException("Session mode " + sessionMode + " is not one of"
                    + " AUTO_ACKNOWLEDGE, CLIENT_ACKNOWLEDGE, DUPS_OK_ACKNOWLEDGE or SESSION_TRANSACTED");
        }
    }

    /** The session, made on first use so that setClientID can still come first (§6.1.2). */
    private synchronized MailslotSession session() {
        checkOpen();
        if (session == null) {
            session = (MailslotSession) unchecked(() -> shared.connection.createSession(sessionMode));
        }
        return session;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateRuntimeException("The JMSContext is closed; create a new one");
        }
    }

    private void startIfAuto() {
        if (autoStart) {
            uncheckedRun(shared.connection::start);
        }
    }

    @Override
    public JMSContext createContext(int mode) {
        checkOpen();
        checkMode(mode);
        shared.users.incrementAndGet();
        return new MailslotJMSContext(shared, mode);
    }

    // ---- connection ----------------------------------------------------------------------------------------------

    @Override
    public String getClientID() {
        checkOpen();
        return unchecked(shared.connection::getClientID);
    }

    @Override
    public void setClientID(String clientId) {
        checkOpen();
        uncheckedRun(() -> shared.connection.setClientID(clientId));
    }

    @Override
    public ConnectionMetaData getMetaData() {
        checkOpen();
        return unchecked(shared.connection::getMetaData);
    }

    @Override
    public ExceptionListener getExceptionListener() {
        checkOpen();
        return unchecked(shared.connection::getExceptionListener);
    }

    @Override
    public void setExceptionListener(ExceptionListener listener) {
        checkOpen();
        uncheckedRun(() -> shared.connection.setExceptionListener(listener));
    }

    @Override
    public void start() {
        checkOpen();
        uncheckedRun(shared.connection::start);
    }

    @Override
    public void stop() {
        checkOpen();
        uncheckedRun(shared.connection::stop);
    }

    @Override
    public void setAutoStart(boolean value) {
        checkOpen();
        autoStart = value;
    }

    @Override
    public boolean getAutoStart() {
        checkOpen();
        return autoStart;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        MailslotSession current;
        synchronized (this) {
            current = session;
        }
        if (current != null && current.isCallbackThread()) {
            throw new IllegalStateRuntimeException("JMSContext.close() was called from a MessageListener or"
                    + " CompletionListener of this context, which would deadlock; call it from another thread");
        }
        closed = true;
        if (current != null) {
            uncheckedRun(current::close);
        }
        if (shared.users.decrementAndGet() == 0) {
            uncheckedRun(shared.connection::close);
        }
    }

    // ---- messages ------------------------------------------------------------------------------------------------

    @Override
    public BytesMessage createBytesMessage() {
        return unchecked(session()::createBytesMessage);
    }

    @Override
    public MapMessage createMapMessage() {
        return unchecked(session()::createMapMessage);
    }

    @Override
    public Message createMessage() {
        return unchecked(session()::createMessage);
    }

    @Override
    public ObjectMessage createObjectMessage() {
        return unchecked(session()::createObjectMessage);
    }

    @Override
    public ObjectMessage createObjectMessage(Serializable object) {
        return unchecked(() -> session().createObjectMessage(object));
    }

    @Override
    public StreamMessage createStreamMessage() {
        return unchecked(session()::createStreamMessage);
    }

    @Override
    public TextMessage createTextMessage() {
        return unchecked(session()::createTextMessage);
    }

    @Override
    public TextMessage createTextMessage(String text) {
        return unchecked(() -> session().createTextMessage(text));
    }

    // ---- transactions and acknowledgement ------------------------------------------------------------------------

    @Override
    public boolean getTransacted() {
        return unchecked(session()::getTransacted);
    }

    @Override
    public int getSessionMode() {
        checkOpen();
        return sessionMode;
    }

    @Override
    public void commit() {
        uncheckedRun(session()::commit);
    }

    @Override
    public void rollback() {
        uncheckedRun(session()::rollback);
    }

    @Override
    public void recover() {
        uncheckedRun(session()::recover);
    }

    @Override
    public void acknowledge() {
        uncheckedRun(session()::acknowledge);
    }

    // ---- producers and consumers ---------------------------------------------------------------------------------

    @Override
    public JMSProducer createProducer() {
        MailslotSession current = session();
        return new MailslotJMSProducer(current,
                (MailslotMessageProducer) unchecked(() -> current.createProducer(null)));
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
        return started(unchecked(() -> session().createConsumer(destination, messageSelector, noLocal)));
    }

    @Override
    public JMSConsumer createSharedConsumer(Topic topic, String name) {
        return createSharedConsumer(topic, name, null);
    }

    @Override
    public JMSConsumer createSharedConsumer(Topic topic, String name, String messageSelector) {
        return started(unchecked(() -> session().createSharedConsumer(topic, name, messageSelector)));
    }

    @Override
    public JMSConsumer createDurableConsumer(Topic topic, String name) {
        return createDurableConsumer(topic, name, null, false);
    }

    @Override
    public JMSConsumer createDurableConsumer(Topic topic, String name, String messageSelector, boolean noLocal) {
        return started(unchecked(() -> session().createDurableConsumer(topic, name, messageSelector, noLocal)));
    }

    @Override
    public JMSConsumer createSharedDurableConsumer(Topic topic, String name) {
        return createSharedDurableConsumer(topic, name, null);
    }

    @Override
    public JMSConsumer createSharedDurableConsumer(Topic topic, String name, String messageSelector) {
        return started(unchecked(() -> session().createSharedDurableConsumer(topic, name, messageSelector)));
    }

    private JMSConsumer started(jakarta.jms.MessageConsumer consumer) {
        startIfAuto();
        return new MailslotJMSConsumer((MailslotMessageConsumer) consumer);
    }

    @Override
    public QueueBrowser createBrowser(Queue queue) {
        return createBrowser(queue, null);
    }

    @Override
    public QueueBrowser createBrowser(Queue queue, String messageSelector) {
        return unchecked(() -> session().createBrowser(queue, messageSelector));
    }

    @Override
    public Queue createQueue(String queueName) {
        return unchecked(() -> session().createQueue(queueName));
    }

    @Override
    public Topic createTopic(String topicName) {
        return unchecked(() -> session().createTopic(topicName));
    }

    @Override
    public TemporaryQueue createTemporaryQueue() {
        return unchecked(session()::createTemporaryQueue);
    }

    @Override
    public TemporaryTopic createTemporaryTopic() {
        return unchecked(session()::createTemporaryTopic);
    }

    @Override
    public void unsubscribe(String name) {
        uncheckedRun(() -> session().unsubscribe(name));
    }
}
