package org.mailslot.bridge.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.mailslot.bridge.config.BridgeSettings;
import org.mailslot.bridge.config.ConfigFile;
import org.mailslot.bridge.config.CredentialsFile;
import org.mailslot.bridge.config.SettingKey;
import org.mailslot.bridge.config.SettingsParser;
import org.mailslot.bridge.udp.UdpBridge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mailslot-bridge}: options are kept as the strings the user typed and converted by
 * {@link SettingsParser}, so a value is checked the same way whether it came from here or from {@code --config}.
 */
@Command(name = "mailslot-bridge", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Carries Windows mailslot datagrams to and from an Apache Artemis broker.",
        footer = {"", "Every option can also be set in the --config file as key=value, the key being the option's"
                + " name without '--' (for example tcp-port=61617); the command line wins."})
final class BridgeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(BridgeCommand.class);

    /** The environment variable that may hold the broker password, keeping it off the command line. */
    static final String PASSWORD_VARIABLE = "MAILSLOT_BROKER_PASSWORD";

    private final PrintWriter out;
    private final Map<String, String> environment;

    @Mixin
    NetworkOptions network = new NetworkOptions();

    @Mixin
    VerboseOption verbose = new VerboseOption();

    @Option(names = "--broker", paramLabel = "embedded|URL",
            description = "'embedded' (default) or an existing Artemis broker or cluster, e.g. tcp://mq1:61616.")
    String broker;

    @Option(names = "--broker-user", paramLabel = "USER",
            description = "Broker user (embedded: default 'mailslot' with a generated password, kept in the data"
                    + " directory's " + CredentialsFile.NAME + ").")
    String brokerUser;

    @Option(names = "--broker-password-file", paramLabel = "FILE",
            description = "File whose first line is the broker password. Or set " + PASSWORD_VARIABLE + ".")
    String brokerPasswordFile;

    @Option(names = "--broker-password", paramLabel = "PASSWORD",
            description = "Broker password; visible to every user of this machine in the process list, so prefer"
                    + " --broker-password-file or " + PASSWORD_VARIABLE + ".")
    String brokerPassword;

    @Option(names = "--tcp-host", paramLabel = "ADDR",
            description = "Address of the embedded broker's TCP acceptor (default 127.0.0.1).")
    String tcpHost;

    @Option(names = "--tcp-port", paramLabel = "PORT",
            description = "Port of the embedded broker's TCP acceptor (default 61616).")
    String tcpPort;

    @Option(names = "--tls-keystore", paramLabel = "FILE",
            description = "PKCS#12 keystore with the key and certificate of a TLS acceptor for broker clients"
                    + " (default: no TLS acceptor).")
    String tlsKeystore;

    @Option(names = "--tls-keystore-password-file", paramLabel = "FILE",
            description = "File whose first line is the keystore's password.")
    String tlsKeystorePasswordFile;

    @Option(names = "--tls-port", paramLabel = "PORT",
            description = "Port of the TLS acceptor, on the --tcp-host address (default 61617).")
    String tlsPort;

    @Option(names = "--allow-anonymous", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Embedded broker without authentication; refused unless --tcp-host is a loopback address.")
    String allowAnonymous;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Embedded broker's data directory: journal and generated credentials (default:"
                    + " mailslot-bridge-data in the current directory).")
    String dataDir;

    @Option(names = "--durable", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Send ingress messages durable, so queued ones survive a restart (default false).")
    String durable;

    @Option(names = "--allow", paramLabel = "PATTERN", split = ",",
            description = "Slot path patterns to forward (repeatable or comma-separated; * within a level, ** across"
                    + " levels, ? one character; / may stand for \\). Default: all slots.")
    List<String> allow;

    @Option(names = "--rate-limit", paramLabel = "RATE[/s][,burst=N]",
            description = "Datagrams per second per source address (default 0 = no limit).")
    String rateLimit;

    @Option(names = "--duplicate-window", paramLabel = "DURATION",
            description = "Copies of a datagram (same source address, DGM_ID, slot and data) within this time are"
                    + " dropped as duplicates, e.g. 2s, 500ms; 0 = off (default 2s).")
    String duplicateWindow;

    @Option(names = "--max-slots", paramLabel = "N",
            description = "Broker addresses datagrams may create; a datagram to a new slot beyond it is dropped"
                    + " (slot_limit). Exact --allow names do not count (default 500).")
    String maxSlots;

    @Option(names = "--slot-idle", paramLabel = "DURATION",
            description = "An empty, unused address made for a slot is removed after this long, freeing its place"
                    + " (default 60s).")
    String slotIdle;

    @Option(names = "--summary-interval", paramLabel = "DURATION|on-change",
            description = "Log the summary line every DURATION (e.g. 5m), changed or not; on-change (default) logs"
                    + " it only when it changed, looked at once a minute. The final summary is always logged.")
    String summaryInterval;

    @Option(names = "--allow-object-class", paramLabel = "PATTERN", split = ",",
            description = "Classes a network ObjectMessage may contain to be forwarded as an ObjectMessage (a.B,"
                    + " pkg.*, pkg.**); others are forwarded as BytesMessage. Default: none.")
    List<String> allowObjectClass;

    @Option(names = "--ingress-buffer", paramLabel = "N",
            description = "Messages held in memory while the broker is away; more are dropped and counted"
                    + " (default 10000).")
    String ingressBuffer;

    @Option(names = "--egress-address", paramLabel = "ADDRESS",
            description = "Messages sent here with a MailslotTarget property go out as datagrams"
                    + " (default mailslot.out).")
    String egressAddress;

    @Option(names = "--egress-dead-letter-address", paramLabel = "ADDRESS",
            description = "Where unsendable egress messages go, with the reason (default DLQ).")
    String egressDeadLetterAddress;

    @Option(names = "--address-prefix", paramLabel = "PREFIX",
            description = "First label of ingress addresses: <prefix>.<slot path> (default mailslot).")
    String addressPrefix;

    @Option(names = "--egress-payload", paramLabel = "raw|jms",
            description = "How egress messages travel: raw body bytes, as Windows programs read them (default), or"
                    + " the JMS envelope that keeps headers, properties and every body type for Java peers.")
    String egressPayload;

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with any of these settings.")
    Path config;

    BridgeCommand(PrintWriter out, Map<String, String> environment) {
        this.out = out;
        this.environment = environment;
    }

    /** The settings these options describe, over the {@code --config} file's. */
    BridgeSettings settings() {
        Map<String, String> fromFile = config == null ? Map.of() : ConfigFile.load(config);
        Map<String, String> merged = ConfigFile.overlay(fromFile, commandLineValues());
        String fromEnvironment = environment.get(PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()
                && !merged.containsKey(SettingKey.BROKER_PASSWORD.key())
                && !merged.containsKey(SettingKey.BROKER_PASSWORD_FILE.key())) {
            merged.put(SettingKey.BROKER_PASSWORD.key(), fromEnvironment);
        }
        return new SettingsParser().parse(merged);
    }

    private Map<String, String> commandLineValues() {
        Map<String, String> values = new LinkedHashMap<>();
        network.putInto(values);
        put(values, SettingKey.BROKER, broker);
        put(values, SettingKey.BROKER_USER, brokerUser);
        put(values, SettingKey.BROKER_PASSWORD, brokerPassword);
        put(values, SettingKey.BROKER_PASSWORD_FILE, brokerPasswordFile);
        put(values, SettingKey.TCP_HOST, tcpHost);
        put(values, SettingKey.TCP_PORT, tcpPort);
        put(values, SettingKey.TLS_KEYSTORE, tlsKeystore);
        put(values, SettingKey.TLS_KEYSTORE_PASSWORD_FILE, tlsKeystorePasswordFile);
        put(values, SettingKey.TLS_PORT, tlsPort);
        put(values, SettingKey.ALLOW_ANONYMOUS, allowAnonymous);
        put(values, SettingKey.DATA_DIR, dataDir);
        put(values, SettingKey.DURABLE, durable);
        put(values, SettingKey.ALLOW, allow == null ? null : String.join(",", allow));
        put(values, SettingKey.EGRESS_PAYLOAD, egressPayload);
        put(values, SettingKey.RATE_LIMIT, rateLimit);
        put(values, SettingKey.DUPLICATE_WINDOW, duplicateWindow);
        put(values, SettingKey.MAX_SLOTS, maxSlots);
        put(values, SettingKey.SLOT_IDLE, slotIdle);
        put(values, SettingKey.SUMMARY_INTERVAL, summaryInterval);
        put(values, SettingKey.ALLOW_OBJECT_CLASS,
                allowObjectClass == null ? null : String.join(",", allowObjectClass));
        put(values, SettingKey.INGRESS_BUFFER, ingressBuffer);
        put(values, SettingKey.EGRESS_ADDRESS, egressAddress);
        put(values, SettingKey.EGRESS_DEAD_LETTER_ADDRESS, egressDeadLetterAddress);
        put(values, SettingKey.ADDRESS_PREFIX, addressPrefix);
        return values;
    }

    static void put(Map<String, String> values, SettingKey key, String value) {
        if (value != null) {
            values.put(key.key(), value);
        }
    }

    @Override
    public Integer call() throws Exception {
        BridgeSettings settings = settings();
        StartupChecks.Claimed claimed = StartupChecks.claim(settings);
        UdpBridge running;
        try {
            running = UdpBridge.start(claimed.settings());
        } catch (Exception | Error e) {
            claimed.close();
            throw e;
        }
        new StartupReport(out).print(claimed, running);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("Stopping on signal");
            running.close();
            claimed.close();
            stopped.countDown();
        }, "mailslot-bridge-shutdown"));
        stopped.await();
        return 0;
    }
}
