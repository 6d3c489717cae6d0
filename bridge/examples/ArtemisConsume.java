import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Consumes what the bridge forwards, with Artemis's own JMS client. Run with the bridge's runnable jar on the
 * class path (Java runs a single source file directly):
 *
 * java -cp bridge/target/mailslot-bridge-*-all.jar bridge/examples/ArtemisConsume.java URL USER PASSWORD queue|topic NAME [COUNT]
 */
public class ArtemisConsume {
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: ArtemisConsume URL USER PASSWORD queue|topic ADDRESS [COUNT]");
            System.exit(2);
        }
        int count = args.length > 5 ? Integer.parseInt(args[5]) : Integer.MAX_VALUE;
        try (Connection connection = new ActiveMQConnectionFactory(args[0]).createConnection(args[1], args[2])) {
            Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(args[3].equals("topic")
                    ? session.createTopic(args[4]) : session.createQueue(args[4]));
            // Close on Ctrl-C: a client that closes its connection leaves nothing in the broker's log.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    connection.close();
                } catch (Exception ignored) {
                    // exiting anyway
                }
            }));
            connection.start();
            System.out.println("consuming " + args[3] + " " + args[4]);
            for (int i = 0; i < count; i++) {
                Message m = consumer.receive();
                if (m == null) {
                    return; // closed by Ctrl-C
                }
                String body = m instanceof TextMessage t ? t.getText()
                        : m instanceof BytesMessage b ? new String(b.getBody(byte[].class), StandardCharsets.UTF_8)
                        : String.valueOf(m.getBody(Object.class));
                StringBuilder props = new StringBuilder();
                for (Object name : Collections.list(m.getPropertyNames())) {
                    props.append(' ').append(name).append('=').append(m.getObjectProperty((String) name));
                }
                System.out.println(m.getClass().getSimpleName() + " '" + body + "'" + props);
            }
        }
    }
}
