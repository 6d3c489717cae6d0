package org.mailslot.bridge.artemis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mailslot.bridge.testing.Policies;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.config.BrokerCredentials;
import org.mailslot.bridge.ingress.IngressPipeline;
import org.mailslot.bridge.mapping.DatagramMapper;
import org.mailslot.bridge.mapping.EnvelopeBodyMapper;
import org.mailslot.bridge.metrics.BridgeCounters;
import org.mailslot.bridge.metrics.ConnectionState;
import org.mailslot.bridge.metrics.DropReason;
import org.mailslot.bridge.testing.Datagrams;
import org.mailslot.bridge.testing.FreePort;
import org.mailslot.bridge.testing.JmsClient;

/**
 * Remote-broker mode against a second broker on a real TCP port: the broker is stopped and started again; the
 * publisher reconnects, forwards what it buffered, and drops (and counts) what did not fit.
 */
@Timeout(90)
class RemoteReconnectTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int BUFFER = 5;

    @TempDir
    Path dataDir;

    private final BrokerCredentials credentials = BrokerCredentials.generate(new SecureRandom());
    private final BridgeCounters counters = new BridgeCounters();

    @Test
    void reconnectsAfterTheBrokerRestartsAndBoundsTheBufferMeanwhile() throws Exception {
        EmbeddedBrokerSpec remoteSpec = new EmbeddedBrokerSpec("remote", InetAddress.getLoopbackAddress(),
                FreePort.onLoopback(), dataDir, Optional.of(credentials), 1000, false, "mailslot");
        EmbeddedBroker remote = EmbeddedBroker.start(remoteSpec);
        try (BrokerPublisher publisher = BrokerPublisher.start(
                new BrokerEndpoint(remote.tcpUrl(), Optional.of(credentials)), false, new SharedCapacity(BUFFER),
                new Backoff(Duration.ofMillis(50), Duration.ofMillis(400), 2.0), counters, "test-publisher")) {
            IngressPipeline ingress = new IngressPipeline(Policies.permissive(),
                    new DatagramMapper("mailslot", new EnvelopeBodyMapper()), "mailslot.out", publisher, counters);

            receive(ingress, 1, "before");
            await().atMost(WAIT).until(() -> counters.snapshot().forwarded() == 1);
            assertThat(drain(remote, 1)).containsExactly("before");

            remote.close();
            await().atMost(WAIT).until(() -> counters.snapshot().connectionState() == ConnectionState.DISCONNECTED);
            for (int i = 0; i < BUFFER + 3; i++) {
                receive(ingress, 10 + i, "while away " + i);
            }
            assertThat(publisher.buffered()).isEqualTo(BUFFER);
            assertThat(counters.snapshot().dropped(DropReason.BUFFER_FULL)).isEqualTo(3);

            remote = EmbeddedBroker.start(remoteSpec);
            await().atMost(WAIT).until(() -> counters.snapshot().forwarded() == 1 + BUFFER);
            assertThat(counters.snapshot().connectionState()).isEqualTo(ConnectionState.CONNECTED);
            assertThat(counters.snapshot().reconnects()).isEqualTo(1);
            assertThat(drain(remote, BUFFER)).containsExactly(
                    "while away 0", "while away 1", "while away 2", "while away 3", "while away 4");
        } finally {
            remote.close();
        }
        assertThat(counters.snapshot().received()).isEqualTo(1 + BUFFER + 3);
    }

    private void receive(IngressPipeline ingress, int id, String text) {
        ingress.onDecoded(Datagrams.unique("\\MAILSLOT\\REMOTE", id, text), Datagrams.SOURCE, Datagrams.RECEIVED_AT);
    }

    private List<String> drain(EmbeddedBroker broker, int count) throws Exception {
        try (Connection c = JmsClient.connect(broker.tcpUrl(), credentials)) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = s.createConsumer(s.createQueue("mailslot.remote"));
            List<String> texts = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                Message m = consumer.receive(WAIT.toMillis());
                assertThat(m).as("message %d of %d", i + 1, count).isNotNull();
                texts.add(JmsClient.text((BytesMessage) m));
            }
            return texts;
        }
    }
}
