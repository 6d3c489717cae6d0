package org.mailslot.bridge.testing;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import java.nio.charset.StandardCharsets;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.mailslot.bridge.config.BrokerCredentials;

/** Artemis's own Jakarta JMS client, as an outside application would use it. */
public final class JmsClient {

    private JmsClient() {
    }

    public static Connection connect(String tcpUrl, BrokerCredentials credentials) throws JMSException {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(tcpUrl);
        Connection connection = factory.createConnection(credentials.user(), credentials.password());
        connection.start();
        return connection;
    }

    public static String text(BytesMessage message) throws JMSException {
        byte[] bytes = new byte[(int) message.getBodyLength()];
        message.readBytes(bytes);
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
