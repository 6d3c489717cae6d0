package org.mailslot.raitests.app;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Session;

/**
 * Sends through the injected pooled factory inside the container's transaction (the adapter's local transaction:
 * the datagram leaves when the transaction commits).
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
}
