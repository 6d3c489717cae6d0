package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.metrics.DropReason;
import org.mailslot.slot.LoopbackHosts;
import org.mailslot.wire.DatagramType;

/**
 * A bridge started with {@code scope=corp.example} takes the datagrams of its NetBIOS scope, unique and group, to
 * the broker, and counts datagrams without a scope (or of another scope) as not for it: hosts of different scopes
 * do not see each other, on Windows either.
 */
@Timeout(60)
class ScopedBridgeIT {

    private static final String SCOPE = "corp.example";

    @TempDir
    static Path dataDir;

    private static int port;
    private static RunningBridge bridge;

    @BeforeAll
    static void start() throws Exception {
        port = LoopbackHosts.freePort();
        bridge = RunningBridge.start(port, dataDir, Map.of("scope", SCOPE));
    }

    @AfterAll
    static void stop() {
        bridge.close();
    }

    @Test
    void aScopedUniqueWriteReachesTheBroker() throws Exception {
        try (Connection artemis = bridge.connect(); WindowsPeer winpc = new WindowsPeer("127.0.0.5", port)) {
            Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue("mailslot.scoped"));

            winpc.send(winpc.scoped(SCOPE, DatagramType.DIRECT_UNIQUE, "WINPC", RunningBridge.COMPUTER, 1, "SCOPED",
                    bytes("in scope")));

            Message received = consumer.receive(RunningBridge.WAIT.toMillis());
            assertThat(received).isNotNull();
            assertThat(received.getBody(byte[].class)).isEqualTo(bytes("in scope"));
            assertThat(received.getStringProperty("MailslotSourceName")).isEqualTo("WINPC");
            assertThat(received.getStringProperty("MailslotDestinationName")).isEqualTo(RunningBridge.COMPUTER);
        }
    }

    @Test
    void aScopedGroupWriteReachesSubscribers() throws Exception {
        try (Connection artemis = bridge.connect(); WindowsPeer winpc = new WindowsPeer("127.0.0.5", port)) {
            Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer subscriber = session.createConsumer(session.createTopic("mailslot.scopedgroup"));

            winpc.send(winpc.scoped(SCOPE, DatagramType.DIRECT_GROUP, "WINPC", "WORKGROUP", 2, "SCOPEDGROUP",
                    bytes("to the domain")));

            Message received = subscriber.receive(RunningBridge.WAIT.toMillis());
            assertThat(received).isNotNull();
            assertThat(received.getBody(byte[].class)).isEqualTo(bytes("to the domain"));
        }
    }

    @Test
    void unscopedAndOtherScopedWritesAreNotForUs() throws Exception {
        try (Connection artemis = bridge.connect(); WindowsPeer winpc = new WindowsPeer("127.0.0.5", port)) {
            Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue("mailslot.outside"));
            long notForUs = bridge.counters().snapshot().dropped(DropReason.NOT_FOR_US);

            winpc.send(winpc.unique("WINPC", 3, "OUTSIDE", bytes("no scope")));
            winpc.send(winpc.scoped("other.example", DatagramType.DIRECT_UNIQUE, "WINPC", RunningBridge.COMPUTER, 4,
                    "OUTSIDE", bytes("other scope")));
            winpc.send(winpc.scoped(SCOPE, DatagramType.DIRECT_UNIQUE, "WINPC", RunningBridge.COMPUTER, 5,
                    "OUTSIDE", bytes("ours")));

            Message received = consumer.receive(RunningBridge.WAIT.toMillis());
            assertThat(received.getBody(byte[].class)).isEqualTo(bytes("ours"));
            await().atMost(RunningBridge.WAIT)
                    .until(() -> bridge.counters().snapshot().dropped(DropReason.NOT_FOR_US) == notForUs + 2);
            assertThat(consumer.receiveNoWait()).isNull();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
