package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.artemis.SlotAddressSettings;
import org.mailslot.bridge.metrics.DropReason;
import org.mailslot.slot.LoopbackHosts;

/**
 * {@code --max-slots} on a whole bridge: beyond the bound a new slot is dropped as {@code SLOT_LIMIT} while the
 * existing ones keep flowing; once the broker has removed an emptied, idle slot (Artemis's auto-delete settings)
 * its place goes to a new slot; an operator-declared slot is never removed.
 */
@Timeout(90)
class SlotLimitIT {

    @TempDir
    Path dataDir;

    @Test
    void newSlotsBeyondTheBoundAreDroppedUntilAnIdleEmptySlotIsRemoved() throws Exception {
        int port = LoopbackHosts.freePort();
        try (RunningBridge bridge = RunningBridge.start(port, dataDir, Map.of("max-slots", "2", "slot-idle", "1s",
                "allow", "keep,s*"));
             Connection artemis = bridge.connect();
             WindowsPeer winpc = new WindowsPeer("127.0.0.5", port)) {
            Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            ActiveMQServer server = bridge.embeddedServer();
            MessageConsumer keep = session.createConsumer(session.createQueue("mailslot.keep"));
            send(winpc, 1, "KEEP");
            assertThat(keep.receive(RunningBridge.WAIT.toMillis())).isNotNull();
            keep.close();

            send(winpc, 2, "S1");
            send(winpc, 3, "S2");
            await().atMost(RunningBridge.WAIT).until(() -> bridge.counters().snapshot().forwarded() == 3);
            send(winpc, 4, "S3");
            await().atMost(RunningBridge.WAIT).until(() -> bridge.counters().snapshot().dropped(DropReason.SLOT_LIMIT)
                    == 1);
            send(winpc, 5, "S1"); // an existing slot still flows
            await().atMost(RunningBridge.WAIT).until(() -> bridge.counters().snapshot().forwarded() == 4);

            // Empty s1; s2 keeps its message, so the broker keeps s2.
            MessageConsumer s1 = session.createConsumer(session.createQueue("mailslot.s1"));
            assertThat(s1.receive(RunningBridge.WAIT.toMillis())).isNotNull();
            assertThat(s1.receive(RunningBridge.WAIT.toMillis())).isNotNull();
            s1.close();

            await().atMost(Duration.ofSeconds(30)).until(() -> !SlotAddressSettings.hasAddress(server, "mailslot.s1"));
            int[] id = {100};
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                send(winpc, id[0]++, "S3");
                return SlotAddressSettings.hasAddress(server, "mailslot.s3");
            });
            assertThat(SlotAddressSettings.hasAddress(server, "mailslot.s2")).as("holds a message").isTrue();
            assertThat(SlotAddressSettings.hasAddress(server, "mailslot.keep")).as("operator-declared").isTrue();
            await().atMost(RunningBridge.WAIT)
                    .until(() -> RunningBridge.unaccounted(bridge.counters().snapshot()) == 0);
        }
    }

    private static void send(WindowsPeer peer, int id, String slot) throws Exception {
        peer.send(peer.unique("WINPC", id, slot, ("to " + slot).getBytes(StandardCharsets.US_ASCII)));
    }
}
