package org.mailslot.itests.bridge;

import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.mailslot.bridge.config.BrokerCredentials;
import org.mailslot.bridge.config.SettingsParser;
import org.mailslot.bridge.metrics.BridgeCounters;
import org.mailslot.bridge.metrics.ConnectionState;
import org.mailslot.bridge.udp.UdpBridge;

/**
 * A whole bridge in this JVM, as {@code mailslot-bridge} runs it: computer BRIDGE listening on 127.0.0.1:port,
 * its embedded broker's TCP acceptor on a free loopback port, egress names JAVA1..JAVA3 on 127.0.0.2..4.
 */
final class RunningBridge implements AutoCloseable {

    static final String COMPUTER = "BRIDGE";
    static final Duration WAIT = Duration.ofSeconds(15);

    private final UdpBridge bridge;
    private final String tcpUrl;
    private final BrokerCredentials credentials;

    private RunningBridge(UdpBridge bridge, String tcpUrl, BrokerCredentials credentials) {
        this.bridge = bridge;
        this.tcpUrl = tcpUrl;
        this.credentials = credentials;
    }

    /** A bridge on its embedded broker; {@code extra} settings win over the defaults here. */
    static RunningBridge start(int udpPort, Path dataDir, Map<String, String> extra) throws Exception {
        return start(udpPort, dataDir, extra, System::nanoTime);
    }

    /** As {@link #start(int, Path, Map)}, with the clock of the bridge's time windows (nanoseconds). */
    static RunningBridge start(int udpPort, Path dataDir, Map<String, String> extra,
                               java.util.function.LongSupplier nanoClock) throws Exception {
        Map<String, String> values = new HashMap<>();
        values.put("listen", "127.0.0.1:" + udpPort);
        values.put("computer-name", COMPUTER);
        values.put("tcp-port", Integer.toString(freeTcpPort()));
        values.put("data-dir", dataDir.toString());
        values.put("static-name", "JAVA1=127.0.0.2,JAVA2=127.0.0.3,JAVA3=127.0.0.4");
        values.putAll(extra);
        UdpBridge bridge = UdpBridge.start(new SettingsParser().parse(values), nanoClock);
        String tcpUrl = bridge.bridge().embeddedBroker().map(b -> b.tcpUrl()).orElse(extra.get("broker"));
        BrokerCredentials credentials = bridge.bridge().generatedCredentials()
                .orElseGet(() -> new BrokerCredentials(values.get("broker-user"), values.get("broker-password")));
        RunningBridge running = new RunningBridge(bridge, tcpUrl, credentials);
        await().atMost(WAIT).until(() -> running.counters().snapshot().connectionState() == ConnectionState.CONNECTED);
        return running;
    }

    /** Artemis's own Jakarta JMS client over TCP, with the credentials the bridge printed (or was given). */
    Connection connect() throws JMSException {
        Connection connection = new ActiveMQConnectionFactory(tcpUrl)
                .createConnection(credentials.user(), credentials.password());
        connection.start();
        return connection;
    }

    /** The embedded broker's client URL (every protocol: core, AMQP, STOMP, MQTT). */
    String tcpUrl() {
        return tcpUrl;
    }

    BrokerCredentials credentials() {
        return credentials;
    }

    /** The embedded broker's server, to look at its addresses. */
    org.apache.activemq.artemis.core.server.ActiveMQServer embeddedServer() {
        return bridge.bridge().endpoint().local().orElseThrow();
    }

    BridgeCounters counters() {
        return bridge.bridge().counters();
    }

    /** Received datagrams neither forwarded, dropped nor buffered: 0 when nothing is lost uncounted. */
    static long unaccounted(BridgeCounters.Snapshot s) {
        return s.received() - s.forwarded() - s.droppedTotal() - s.buffered();
    }

    static int freeTcpPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        bridge.close();
    }
}
