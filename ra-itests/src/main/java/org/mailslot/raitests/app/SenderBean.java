package org.mailslot.raitests.app;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Session;

/**
 * Sends through the injected pooled factory inside the container's transaction (the adapter's local transaction:
 * the datagram leaves when the transaction commits), with the classic API or with a {@link JMSContext}.
 */
@Stateless
public class SenderBean {

    @Resource(lookup = AppResources.CONNECTION_FACTORY)
    private ConnectionFactory factory;

    public void send(String destination, String text) throws JMSException {
        try (Connection connection = factory.createConnection()) {
            Session session = connection.createSession();
            session.createProducer(session.createQueue(destination)).send(session.createTextMessage(text));
        }
    }

    /** The simplified API: the session mode asked for is ignored, the container's transaction decides. */
    public void sendWithContext(String destination, String text) {
        try (JMSContext context = factory.createContext(JMSContext.CLIENT_ACKNOWLEDGE)) {
            context.createProducer().send(context.createQueue(destination), text);
        }
    }
}
