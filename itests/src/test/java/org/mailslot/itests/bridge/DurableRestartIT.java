package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.slot.LoopbackHosts;

/**
 * {@code --durable}: datagrams that reached a queue are still there after the whole bridge (UDP side and embedded
 * broker) stops and starts again on the same data directory, with the same credentials.
 */
@Timeout(90)
class DurableRestartIT {

    private static final int COUNT = 3;

    @TempDir
    Path dataDir;

    @Test
    void durableQueueContentsSurviveABridgeRestart() throws Exception {
        int port = LoopbackHosts.freePort();
        Map<String, String> settings = Map.of("durable", "true", "broker-user", "operator",
                "broker-password", "durable-secret-1");
        try (RunningBridge bridge = RunningBridge.start(port, dataDir, settings);
             Connection artemis = bridge.connect();
             WindowsPeer winpc = new WindowsPeer("127.0.0.5", port)) {
            // A consumer creates the queue, then leaves before anything is read.
            artemis.createSession(Session.AUTO_ACKNOWLEDGE).createConsumer(
                    artemis.createSession(Session.AUTO_ACKNOWLEDGE).createQueue("mailslot.ledger")).close();
            for (int i = 0; i < COUNT; i++) {
                winpc.send(winpc.unique("WINPC", i, "LEDGER", ("entry " + i).getBytes(StandardCharsets.US_ASCII)));
            }
            await().atMost(RunningBridge.WAIT).until(() -> bridge.counters().snapshot().forwarded() == COUNT);
        }

        try (RunningBridge restarted = RunningBridge.start(port, dataDir, settings);
             Connection artemis = restarted.connect()) {
            Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue("mailslot.ledger"));
            for (int i = 0; i < COUNT; i++) {
                Message m = consumer.receive(RunningBridge.WAIT.toMillis());
                assertThat(m).as("entry %d after restart", i).isNotNull();
                assertThat(new String(m.getBody(byte[].class), StandardCharsets.US_ASCII)).isEqualTo("entry " + i);
                assertThat(m.getJMSDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
            }
        }
    }
}
