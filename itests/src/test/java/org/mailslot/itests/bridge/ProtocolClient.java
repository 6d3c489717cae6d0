package org.mailslot.itests.bridge;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mailslot.bridge.config.BrokerCredentials;
import org.mailslot.itests.support.RealPeers;

/**
 * Real AMQP 1.0, STOMP and MQTT clients from Debian packages as processes: python3-qpid-proton and python3-stomp
 * run the scripts under {@code src/test/resources/clients} with the system Python ({@code /usr/bin/python3}, not
 * whatever Python is first on PATH), mosquitto-clients gives {@code mosquitto_sub}. Receivers print one message as
 * {@code PROP name=value} lines, {@code BODY <hex>} and {@code END}.
 */
final class ProtocolClient implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);
    private static final String PYTHON = "/usr/bin/python3";
    private static final Path SCRIPTS = Path.of("src", "test", "resources", "clients").toAbsolutePath();

    /** One received message. */
    record Received(Map<String, String> properties, byte[] body) {
    }

    /**
     * One message as an MQTT 5 subscriber sees it: what {@code mosquitto_sub} prints of the PUBLISH packet.
     *
     * @param contentType   the content-type property, "" when absent
     * @param payloadFormat the payload-format-indicator property, "" when absent
     * @param expiry        the message-expiry-interval property, "" when absent
     */
    record MqttReceived(String topic, int qos, boolean retained, String contentType, String payloadFormat,
                        String expiry, Map<String, String> userProperties, byte[] payload) {
    }

    private final LauncherProcess process;

    private ProtocolClient(LauncherProcess process) {
        this.process = process;
    }

    /** Skips (fails under MAILSLOT_REQUIRE_PEERS) unless the three clients are installed. */
    static void assumeInstalled() throws Exception {
        Process check = new ProcessBuilder(PYTHON, "-c", "import proton, stomp").redirectErrorStream(true).start();
        boolean python = check.waitFor(30, TimeUnit.SECONDS) && check.exitValue() == 0;
        boolean mosquitto = Files.isExecutable(Path.of("/usr/bin/mosquitto_sub"))
                && Files.isExecutable(Path.of("/usr/bin/mosquitto_pub"));
        RealPeers.assumeAvailable(python && mosquitto, "AMQP/STOMP/MQTT clients missing: apt-get install"
                + " python3-qpid-proton python3-stomp mosquitto-clients");
    }

    /** An AMQP receiver on {@code address}, attached as a queue (anycast) or a topic subscription (multicast). */
    static ProtocolClient amqpReceiver(Path workDir, String url, BrokerCredentials login, String address,
                                       boolean topic) throws Exception {
        return ready(LauncherProcess.run(workDir, List.of(PYTHON, script("amqp_receive.py"), amqp(url),
                login.user(), login.password(), address, topic ? "topic" : "queue", "1")), "READY");
    }

    /** A STOMP subscriber on {@code destination} with {@code destination-type} ANYCAST or MULTICAST. */
    static ProtocolClient stompSubscriber(Path workDir, String url, BrokerCredentials login, String destination,
                                          boolean multicast) throws Exception {
        URI uri = URI.create(url);
        return ready(LauncherProcess.run(workDir, List.of(PYTHON, script("stomp_client.py"), "subscribe",
                uri.getHost(), Integer.toString(uri.getPort()), login.user(), login.password(), destination,
                multicast ? "MULTICAST" : "ANYCAST", "1")), "READY");
    }

    /** An MQTT 5 subscriber ({@code mosquitto_sub}) on {@code topic}; ready once the broker acknowledged it. */
    static ProtocolClient mqttSubscriber(Path workDir, String url, BrokerCredentials login, String topic)
            throws Exception {
        URI uri = URI.create(url);
        // stdbuf: into a pipe, mosquitto_sub's debug lines (the SUBACK we wait for) would sit in its stdio buffer.
        return ready(LauncherProcess.run(workDir, List.of("stdbuf", "-oL", "/usr/bin/mosquitto_sub", "-d", "-V", "mqttv5",
                "-h", uri.getHost(), "-p", Integer.toString(uri.getPort()), "-u", login.user(), "-P",
                login.password(), "-i", "mailslot-it-" + ProcessHandle.current().pid() + "-" + topic.replace('/', '-'),
                "-t", topic, "-C", "1", "-F", "MQTT %t|%q|%r|%C|%F|%E|%x|%P")), "SUBACK");
    }

    /** Sends {@code text} to {@code address} over AMQP with the application property MailslotTarget. */
    static void amqpSend(Path workDir, String url, BrokerCredentials login, String address, String target,
                         String text) throws Exception {
        finish(LauncherProcess.run(workDir, List.of(PYTHON, script("amqp_send.py"), amqp(url), login.user(),
                login.password(), address, target, text)));
    }

    /** Sends {@code text} to {@code destination} over STOMP with the header MailslotTarget. */
    static void stompSend(Path workDir, String url, BrokerCredentials login, String destination, String target,
                          String text) throws Exception {
        URI uri = URI.create(url);
        finish(LauncherProcess.run(workDir, List.of(PYTHON, script("stomp_client.py"), "send", uri.getHost(),
                Integer.toString(uri.getPort()), login.user(), login.password(), destination, target, text)));
    }

    /** The message a Python receiver printed. */
    Received awaitMessage() throws Exception {
        Map<String, String> properties = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        process.awaitLine(line -> {
            lines.add(line);
            return line.equals("END");
        }, WAIT);
        byte[] body = null;
        for (String line : lines) {
            if (line.startsWith("PROP ")) {
                String pair = line.substring("PROP ".length());
                int eq = pair.indexOf('=');
                properties.put(pair.substring(0, eq), pair.substring(eq + 1));
            } else if (line.startsWith("BODY ")) {
                body = HexFormat.of().parseHex(line.substring("BODY ".length()));
            }
        }
        return new Received(properties, body);
    }

    /** The message {@code mosquitto_sub} printed: topic, QoS, retain flag, MQTT 5 properties and payload. */
    MqttReceived awaitMqttMessage() throws Exception {
        String line = process.awaitLine(l -> l.startsWith("MQTT "), WAIT).substring("MQTT ".length());
        // Topic names here hold no '|'; user properties (last) are "key:value" pairs separated by spaces.
        String[] fields = line.split("\\|", 8);
        Map<String, String> userProperties = new LinkedHashMap<>();
        for (String pair : fields[7].split(" ")) {
            int colon = pair.indexOf(':');
            if (colon > 0) {
                userProperties.put(pair.substring(0, colon), pair.substring(colon + 1));
            }
        }
        return new MqttReceived(fields[0], Integer.parseInt(fields[1]), fields[2].equals("1"), fields[3], fields[4],
                fields[5], userProperties, HexFormat.of().parseHex(fields[6]));
    }

    private static ProtocolClient ready(LauncherProcess process, String marker) throws Exception {
        try {
            process.awaitLine(line -> line.contains(marker), WAIT);
            return new ProtocolClient(process);
        } catch (Exception | Error e) {
            process.close();
            throw e;
        }
    }

    private static void finish(LauncherProcess process) throws Exception {
        try (process) {
            process.awaitLine(line -> line.equals("SENT"), WAIT);
            if (!process.process().waitFor(WAIT.toSeconds(), TimeUnit.SECONDS) || process.process().exitValue() != 0) {
                throw new AssertionError("client did not finish cleanly: " + process.stderr());
            }
        }
    }

    private static String script(String name) {
        return SCRIPTS.resolve(name).toString();
    }

    /** The same host and port as the core URL: every protocol shares the acceptor. */
    private static String amqp(String coreUrl) {
        URI uri = URI.create(coreUrl);
        return "amqp://" + uri.getHost() + ":" + uri.getPort();
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }

    String stderr() throws IOException {
        return process.stderr();
    }
}
