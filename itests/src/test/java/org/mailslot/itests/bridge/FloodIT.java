package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.metrics.BridgeCounters;
import org.mailslot.bridge.metrics.DropReason;
import org.mailslot.slot.LoopbackHosts;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotCodec;

/**
 * Valid writes interleaved with a flood of garbage, truncated datagrams, writes to a slot outside
 * {@code --allow} and writes addressed to another computer: every valid message arrives, and each bad datagram
 * is counted under its own drop reason.
 */
@Timeout(90)
class FloodIT {

    private static final int VALID = 300;
    private static final int BAD_PER_KIND = 200;

    @TempDir
    Path dataDir;

    @Test
    void everyValidMessageArrivesAndEveryDropIsCounted() throws Exception {
        int port = LoopbackHosts.freePort();
        Random random = new Random(138);
        try (RunningBridge bridge = RunningBridge.start(port, dataDir, Map.of("allow", "good"));
             Connection artemis = bridge.connect();
             WindowsPeer attacker = new WindowsPeer("127.0.0.6", port);
             WindowsPeer winpc = new WindowsPeer("127.0.0.5", port)) {
            Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue("mailslot.good"));
            MailslotCodec codec = MailslotCodec.windows();

            for (int i = 0; i < VALID; i++) {
                winpc.send(winpc.unique("WINPC", i, "GOOD", ("valid " + i).getBytes(StandardCharsets.US_ASCII)));
                if (i < BAD_PER_KIND) {
                    byte[] garbage = new byte[1 + random.nextInt(300)];
                    random.nextBytes(garbage);
                    garbage[0] = 0x7F; // not a NetBIOS datagram type, so never valid by chance
                    attacker.sendBytes(garbage);
                    byte[] whole = codec.encode(attacker.unique("EVIL", i, "GOOD", new byte[40]));
                    attacker.sendBytes(java.util.Arrays.copyOf(whole, 20 + random.nextInt(whole.length - 60)));
                    attacker.send(attacker.unique("EVIL", i, "SECRET", new byte[8]));
                    attacker.send(attacker.datagram(DatagramType.DIRECT_UNIQUE, "EVIL", "OTHERPC", i, "GOOD",
                            new byte[8]));
                }
            }

            Set<String> texts = new HashSet<>();
            for (int i = 0; i < VALID; i++) {
                Message m = consumer.receive(RunningBridge.WAIT.toMillis());
                assertThat(m).as("valid message %d of %d", i + 1, VALID).isNotNull();
                texts.add(new String(m.getBody(byte[].class), StandardCharsets.US_ASCII));
            }
            assertThat(texts).hasSize(VALID).contains("valid 0", "valid " + (VALID - 1));

            await().atMost(RunningBridge.WAIT).until(() -> bridge.counters().snapshot().received()
                    == VALID + 4L * BAD_PER_KIND);
            BridgeCounters.Snapshot counters = bridge.counters().snapshot();
            assertThat(counters.dropped(DropReason.MALFORMED)).isEqualTo(2L * BAD_PER_KIND);
            assertThat(counters.dropped(DropReason.DISALLOWED_SLOT)).isEqualTo(BAD_PER_KIND);
            assertThat(counters.dropped(DropReason.NOT_FOR_US)).isEqualTo(BAD_PER_KIND);
            assertThat(counters.forwarded()).isEqualTo(VALID);
            assertThat(counters.droppedTotal()).isEqualTo(4L * BAD_PER_KIND);
        }
    }
}
