package org.mailslot.itests.frameworks.plain;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * What a plain JMS application does, with every object found through {@code new InitialContext()} and
 * {@code jndi.properties}. It imports Jakarta Messaging and JNDI only.
 */
public final class PlainJmsApplication {

    private final InitialContext jndi;

    public PlainJmsApplication() throws NamingException {
        this.jndi = new InitialContext();
    }

    private <T> T lookup(String name, Class<T> type) throws NamingException {
        return type.cast(jndi.lookup(name));
    }

    /** Classic API: a request on {@code orders}, answered by a MessageListener to the JMSReplyTo queue. */
    public String requestReply(String request) throws NamingException, JMSException {
        ConnectionFactory factory = lookup("ConnectionFactory", ConnectionFactory.class);
        Queue orders = lookup("orders", Queue.class);
        Queue replies = lookup("replies", Queue.class);
        try (Connection connection = factory.createConnection()) {
            Session serverSession = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            serverSession.createConsumer(orders).setMessageListener(message -> answer(serverSession, message));
            Session clientSession = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer replyConsumer = clientSession.createConsumer(replies);
            connection.start();
            TextMessage sent = clientSession.createTextMessage(request);
            sent.setJMSReplyTo(replies);
            clientSession.createProducer(orders).send(sent);
            TextMessage reply = (TextMessage) replyConsumer.receive(5_000);
            if (reply == null || !sent.getJMSMessageID().equals(reply.getJMSCorrelationID())) {
                throw new IllegalStateException("no reply correlated with " + sent.getJMSMessageID());
            }
            return reply.getText();
        }
    }

    private static void answer(Session session, Message request) {
        try {
            TextMessage reply = session.createTextMessage("accepted " + ((TextMessage) request).getText());
            reply.setJMSCorrelationID(request.getJMSMessageID());
            session.createProducer(request.getJMSReplyTo()).send(reply);
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Simplified API with the factory preset with a client ID: a durable subscription keeps the prices
     * published while its subscriber is away. Returns the client ID, then what the subscription held.
     */
    public List<String> durablePrices(String... published) throws NamingException {
        ConnectionFactory factory = lookup("InventoryConnectionFactory", ConnectionFactory.class);
        Topic prices = lookup("prices", Topic.class);
        List<String> received = new ArrayList<>();
        try (JMSContext context = factory.createContext()) {
            received.add("clientID=" + context.getClientID());
            context.createDurableConsumer(prices, "inventory-prices").close();
            for (String price : published) {
                context.createProducer().send(prices, price);
            }
            try (JMSConsumer consumer = context.createDurableConsumer(prices, "inventory-prices")) {
                for (int i = 0; i < published.length; i++) {
                    received.add(consumer.receiveBody(String.class, 5_000));
                }
                received.add(consumer.receiveBodyNoWait(String.class));
            }
            context.unsubscribe("inventory-prices");
        }
        return received;
    }
}
