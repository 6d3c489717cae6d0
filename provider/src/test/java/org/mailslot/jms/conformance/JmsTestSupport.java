package org.mailslot.jms.conformance;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;

/**
 * Base of the conformance tests: a fresh factory per test, connections closed afterwards, and unique destination
 * names so tests never see each other's messages.
 */
@Timeout(30)
abstract class JmsTestSupport {

    protected MailslotConnectionFactory factory;
    private final List<Connection> connections = new ArrayList<>();

    /** The factory under test; subclasses may return one configured for another transport. */
    protected MailslotConnectionFactory newFactory() {
        return new MailslotConnectionFactory();
    }

    @BeforeEach
    void createFactory() {
        factory = newFactory();
    }

    @AfterEach
    void closeEverything() throws JMSException {
        for (Connection connection : connections) {
            connection.close();
        }
        factory.close();
    }

    protected Connection connection() throws JMSException {
        Connection connection = factory.createConnection();
        connections.add(connection);
        return connection;
    }

    protected Connection startedConnection() throws JMSException {
        Connection connection = connection();
        connection.start();
        return connection;
    }

    protected Session session(Connection connection, int mode) throws JMSException {
        return connection.createSession(mode);
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
