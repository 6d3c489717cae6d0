package org.mailslot.bridge.cli;

import jakarta.jms.Connection;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mailslot.bridge.config.InvalidSettingException;
import org.mailslot.bridge.config.SettingsParser;
import org.mailslot.bridge.mapping.MailslotProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mailslot produce TEXT}: one text message to a broker queue or topic, or out through the bridge to a slot. */
@Command(name = "produce", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = "Sends one text message to the bridge's broker. With --target it goes to the bridge's"
                + " egress queue, and the bridge writes it to that mailslot.")
final class ProduceCommand implements Callable<Integer> {

    private final PrintWriter out;
    private final Map<String, String> environment;

    @Mixin
    BrokerClientOptions broker;

    @Option(names = "--target", paramLabel = "UNC",
            description = "The mailslot the bridge writes the message to, e.g. \\\\LISTENER\\mailslot\\demo (sets"
                    + " the property " + MailslotProperties.TARGET + "; the destination defaults to the bridge's"
                    + " egress queue, " + "mailslot.out).")
    String target;

    @Option(names = "--destination", paramLabel = "DESTINATION",
            description = "queue://NAME, topic://NAME or NAME (a queue).")
    String destination;

    @Parameters(index = "0", paramLabel = "TEXT", description = "The message body.")
    String text;

    ProduceCommand(PrintWriter out, Map<String, String> environment) {
        this.out = out;
        this.environment = environment;
    }

    @Override
    public Integer call() throws Exception {
        String where = destination != null ? destination : target != null ? SettingsParser.DEFAULT_EGRESS_ADDRESS
                : null;
        if (where == null) {
            throw new InvalidSettingException("", "say where the message goes: --target UNC (out through the bridge)"
                    + " or --destination DESTINATION");
        }
        try (Connection connection = broker.connect(environment)) {
            Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
            TextMessage message = session.createTextMessage(text);
            if (target != null) {
                message.setStringProperty(MailslotProperties.TARGET, target);
            }
            session.createProducer(BrokerClientOptions.destination(session, where)).send(message);
            out.println("sent " + text.length() + " characters to " + where + (target == null ? "" : " for " + target));
        }
        return 0;
    }
}
