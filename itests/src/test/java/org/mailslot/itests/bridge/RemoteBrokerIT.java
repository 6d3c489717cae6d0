package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import javax.management.JMException;
import javax.management.ObjectName;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.artemis.EmbeddedBroker;
import org.mailslot.bridge.artemis.EmbeddedBrokerSpec;
import org.mailslot.bridge.config.BrokerCredentials;
import org.mailslot.bridge.metrics.BridgeMetrics;
import org.mailslot.bridge.metrics.ConnectionState;
import org.mailslot.slot.LoopbackHosts;

/**
 * {@code --broker tcp://…}: the bridge forwards to a separate Artemis broker; the broker stops and starts again;
 * the bridge reconnects on its own and forwards what arrived meanwhile and what arrives after. Its JMX numbers
 * follow: {@code BrokerConnected} and {@code EgressBrokerConnected} drop to 0 and come back to 1, and each side
 * counts one reconnect.
 */
@Timeout(90)
class RemoteBrokerIT {

    @TempDir
    Path brokerDir;

    @TempDir
    Path bridgeDir;

    @Test
    void reconnectsAndForwardsAgainAfterTheBrokerRestarts() throws Exception {
        BrokerCredentials credentials = BrokerCredentials.generate(new SecureRandom());
        EmbeddedBrokerSpec spec = new EmbeddedBrokerSpec("remote", InetAddress.getLoopbackAddress(),
                RunningBridge.freeTcpPort(), brokerDir, Optional.of(credentials), 1000, false, "mailslot");
        EmbeddedBroker remote = EmbeddedBroker.start(spec);
        int port = LoopbackHosts.freePort();
        try (RunningBridge bridge = RunningBridge.start(port, bridgeDir, Map.of("broker", remote.tcpUrl(),
                "broker-user", credentials.user(), "broker-password", credentials.password()));
             WindowsPeer winpc = new WindowsPeer("127.0.0.5", port)) {
            winpc.send(winpc.unique("WINPC", 1, "PLANT", bytes("before")));
            assertThat(drain(remote, credentials, 1)).isEqualTo("before");
            await().atMost(RunningBridge.WAIT).until(() -> jmx("EgressBrokerConnected").equals(1));
            assertThat(jmx("BrokerConnected")).isEqualTo(1);
            assertThat(jmx("BrokerReconnects")).isEqualTo(0L);

            remote.close();
            await().atMost(RunningBridge.WAIT).until(() ->
                    bridge.counters().snapshot().connectionState() == ConnectionState.DISCONNECTED);
            assertThat(jmx("BrokerConnected")).isEqualTo(0);
            await().atMost(RunningBridge.WAIT).until(() -> jmx("EgressBrokerConnected").equals(0));
            winpc.send(winpc.unique("WINPC", 2, "PLANT", bytes("while away")));
            await().atMost(RunningBridge.WAIT).until(() -> bridge.counters().snapshot().received() == 2);

            remote = EmbeddedBroker.start(spec);
            await().atMost(RunningBridge.WAIT).until(() ->
                    bridge.counters().snapshot().connectionState() == ConnectionState.CONNECTED);
            winpc.send(winpc.unique("WINPC", 3, "PLANT", bytes("after")));
            assertThat(drain(remote, credentials, 2)).isEqualTo("while away|after");
            assertThat(bridge.counters().snapshot().forwarded()).isEqualTo(3);
            // Both publishers (and the egress consumer) reconnect on their own backoff; the one that forwarded may
            // be back before the other.
            await().atMost(RunningBridge.WAIT).until(() -> jmx("BrokerConnected").equals(1));
            assertThat(jmx("BrokerReconnects")).isEqualTo(1L);
            await().atMost(RunningBridge.WAIT).until(() -> jmx("EgressBrokerConnected").equals(1));
            assertThat(jmx("EgressBrokerReconnects")).isEqualTo(1L);
        } finally {
            remote.close();
        }
    }

    /** An attribute of the bridge's MBean, read as an operator's JMX client would. */
    private static Object jmx(String attribute) throws JMException {
        return ManagementFactory.getPlatformMBeanServer().getAttribute(new ObjectName(BridgeMetrics.OBJECT_NAME),
                attribute);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String drain(EmbeddedBroker broker, BrokerCredentials credentials, int count) throws Exception {
        try (Connection c = new ActiveMQConnectionFactory(broker.tcpUrl())
                .createConnection(credentials.user(), credentials.password())) {
            c.start();
            Session s = c.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = s.createConsumer(s.createQueue("mailslot.plant"));
            StringBuilder texts = new StringBuilder();
            for (int i = 0; i < count; i++) {
                Message m = consumer.receive(RunningBridge.WAIT.toMillis());
                assertThat(m).as("message %d of %d", i + 1, count).isNotNull();
                texts.append(i == 0 ? "" : "|").append(new String(m.getBody(byte[].class), StandardCharsets.US_ASCII));
            }
            return texts.toString();
        }
    }
}
