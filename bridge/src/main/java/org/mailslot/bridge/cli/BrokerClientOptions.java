package org.mailslot.bridge.cli;

import jakarta.jms.Connection;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.remoting.impl.netty.TransportConstants;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.mailslot.bridge.config.BrokerCredentials;
import org.mailslot.bridge.config.CredentialsFile;
import org.mailslot.bridge.config.InvalidSettingException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * How {@code mailslot consume} and {@code mailslot produce} reach the bridge's broker: its URL, and credentials
 * from {@code --user} with {@code --password-file} or {@code MAILSLOT_BROKER_PASSWORD}, else from the
 * credentials file the bridge keeps in its data directory (the Artemis command line's habit of finding the
 * broker's own settings).
 */
final class BrokerClientOptions {

    @Mixin
    VerboseOption verbose = new VerboseOption();

    @Option(names = "--url", paramLabel = "URL", description = "The broker (default tcp://127.0.0.1:61616).")
    String url = "tcp://127.0.0.1:61616";

    @Option(names = "--user", paramLabel = "USER",
            description = "Broker user (default: the bridge's, from DIR/" + CredentialsFile.NAME + ").")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "File whose first line is the password. Or set " + BridgeCommand.PASSWORD_VARIABLE + ".")
    Path passwordFile;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The bridge's data directory, where its credentials are kept (default:"
                    + " mailslot-bridge-data in the current directory).")
    Path dataDir = Path.of("mailslot-bridge-data");

    /** An open connection, not started. */
    Connection connect(Map<String, String> environment) throws JMSException {
        Optional<BrokerCredentials> credentials = credentials(environment);
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
        // Fail within seconds when no broker answers, as a command should, rather than retry for ever.
        factory.setReconnectAttempts(0);
        factory.setInitialConnectAttempts(1);
        factory.setCallTimeout(10_000);
        ownEventLoop(factory);
        try {
            return credentials.isPresent()
                    ? factory.createConnection(credentials.get().user(), credentials.get().password())
                    : factory.createConnection();
        } catch (JMSException e) {
            throw new CommandFailure("cannot connect to " + url + credentials.map(c -> " as " + c.user())
                    .orElse(" without credentials") + " (" + e.getMessage() + "); is the bridge running, and are"
                    + " --url and the credentials right?", e);
        }
    }

    /**
     * Gives the connection an event loop of its own, which closing the connection stops. The shared loop the client
     * uses by default outlives the command, and the JVM waits about 300 ms at exit for a thread still in native
     * code: a third of a one-message command. An explicit {@code useGlobalWorkerPool} in the URL is kept.
     */
    private static void ownEventLoop(ActiveMQConnectionFactory factory) {
        for (TransportConfiguration transport : factory.getServerLocator().getStaticTransportConfigurations()) {
            transport.getParams().putIfAbsent(TransportConstants.USE_GLOBAL_WORKER_POOL_PROP_NAME, false);
        }
    }

    Optional<BrokerCredentials> credentials(Map<String, String> environment) {
        String password = null;
        if (passwordFile != null) {
            try {
                password = java.nio.file.Files.readString(passwordFile).lines().findFirst().orElse("");
            } catch (IOException e) {
                throw new InvalidSettingException("password-file", "cannot read " + passwordFile + " (" + e + ")");
            }
        } else if (environment.get(BridgeCommand.PASSWORD_VARIABLE) != null) {
            password = environment.get(BridgeCommand.PASSWORD_VARIABLE);
        }
        if (user != null || password != null) {
            if (user == null || password == null || password.isEmpty()) {
                throw new InvalidSettingException("user", "give --user with --password-file FILE (or "
                        + BridgeCommand.PASSWORD_VARIABLE + "), or neither to use the bridge's credentials file");
            }
            return Optional.of(new BrokerCredentials(user, password));
        }
        try {
            return CredentialsFile.load(CredentialsFile.in(dataDir));
        } catch (IOException e) {
            throw new InvalidSettingException("data-dir", e.getMessage());
        }
    }

    /** {@code queue://NAME}, {@code topic://NAME} or a plain name, which is a queue. */
    static Destination destination(Session session, String name) throws JMSException {
        if (name.startsWith("topic://")) {
            return session.createTopic(name.substring("topic://".length()));
        }
        return session.createQueue(name.startsWith("queue://") ? name.substring("queue://".length()) : name);
    }
}
