package org.mailslot.bridge.cli;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mailslot consume DESTINATION}: prints what arrives on a broker queue or topic, as the bridge forwards it. */
@Command(name = "consume", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Prints each message of a queue or topic of the bridge's broker with its properties, until"
                + " Ctrl-C or --count. A topic (a group write) is only seen by consumers that exist before it is sent.")
final class ConsumeCommand implements Callable<Integer> {

    private final PrintWriter out;
    private final Map<String, String> environment;

    @Mixin
    BrokerClientOptions broker;

    @Parameters(index = "0", paramLabel = "DESTINATION",
            description = "queue://NAME, topic://NAME or NAME (a queue), e.g. mailslot.demo.")
    String destination;

    @Option(names = "--count", paramLabel = "N", description = "Stop after N messages (default: never).")
    long count = Long.MAX_VALUE;

    ConsumeCommand(PrintWriter out, Map<String, String> environment) {
        this.out = out;
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        try (Connection connection = broker.connect(environment)) {
            Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(BrokerClientOptions.destination(session, destination));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(connection), "mailslot-consume-stop"));
            connection.start();
            out.println("consuming " + destination + " from " + broker.url);
            out.flush();
            for (long i = 0; i < count; i++) {
                Message message = consumer.receive();
                if (message == null) {
                    return 0; // closed by Ctrl-C
                }
                out.println(line(message));
                out.flush();
            }
        }
        return 0;
    }

    /** The message type, its body as text (bytes as {@code mailslot listen} shows them), its properties. */
    static String line(Message message) throws Exception {
        String body;
        if (message instanceof TextMessage text) {
            body = text.getText();
        } else if (message instanceof BytesMessage bytes) {
            body = BodyText.of(bytes.getBody(byte[].class));
        } else {
            body = String.valueOf(message.getBody(Object.class));
        }
        StringBuilder line = new StringBuilder(message.getClass().getSimpleName().replace("ActiveMQ", ""))
                .append(": ").append(body);
        // getPropertyNames returns a raw Enumeration (of Strings, says the JMS API).
        for (Object name : Collections.list((Enumeration<?>) message.getPropertyNames())) {
            if (!((String) name).startsWith("_AMQ")) {
                line.append(" | ").append(name).append('=').append(message.getObjectProperty((String) name));
            }
        }
        return line.toString();
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (Exception e) {
            // Stopping anyway.
        }
    }
}
