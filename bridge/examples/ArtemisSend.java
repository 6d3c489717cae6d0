import jakarta.jms.Connection;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Sends one text message to the bridge's egress address, which the bridge writes to the mailslot TARGET:
 *
 * java -cp bridge/target/mailslot-bridge-*-all.jar bridge/examples/ArtemisSend.java URL USER PASSWORD TARGET TEXT
 */
public class ArtemisSend {
    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: ArtemisSend URL USER PASSWORD \\\\HOST\\mailslot\\NAME TEXT");
            System.exit(2);
        }
        try (Connection connection = new ActiveMQConnectionFactory(args[0]).createConnection(args[1], args[2])) {
            Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
            TextMessage message = session.createTextMessage(args[4]);
            message.setStringProperty("MailslotTarget", args[3]);
            session.createProducer(session.createQueue("mailslot.out")).send(message);
            System.out.println("sent to mailslot.out for " + args[3]);
        }
    }
}
