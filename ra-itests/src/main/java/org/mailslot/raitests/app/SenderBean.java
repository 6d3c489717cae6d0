package org.mailslot.raitests.app;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
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

    /** The server's CDI context on the same pooled factory; it makes and closes the adapter's context. */
    @Inject
    @JMSConnectionFactory(AppResources.CONNECTION_FACTORY)
    private JMSContext injected;

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

    /** The injected context: the container scopes it to the transaction and closes it. */
    public void sendWithInjectedContext(String destination, String text) {
        injected.createProducer().send(injected.createQueue(destination), text);
    }
}
