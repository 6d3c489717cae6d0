package org.mailslot.bridge.artemis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.config.BrokerCredentials;
import org.mailslot.bridge.mapping.DatagramMapper;
import org.mailslot.bridge.mapping.EnvelopeBodyMapper;
import org.mailslot.bridge.metrics.BridgeCounters;
import org.mailslot.bridge.testing.Datagrams;
import org.mailslot.bridge.testing.FreePort;
import org.mailslot.bridge.testing.JmsClient;

/** With durable ingress, what reached a queue survives a broker restart on the same data directory. */
@Timeout(90)
class DurableRestartTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dataDir;

    private final BrokerCredentials credentials = BrokerCredentials.generate(new SecureRandom());
    private final DatagramMapper mapper = new DatagramMapper("mailslot", new EnvelopeBodyMapper());

    @Test
    void durableMessagesSurviveARestartAndNonDurableOnesDoNot() throws Exception {
        EmbeddedBrokerSpec spec = new EmbeddedBrokerSpec("durable-restart", InetAddress.getLoopbackAddress(),
                FreePort.onLoopback(), dataDir, Optional.of(credentials), 1000, true, "mailslot");

        try (EmbeddedBroker broker = EmbeddedBroker.start(spec)) {
            publish(broker, true, "kept");
            publish(broker, false, "volatile");
            assertThat(browse(broker)).containsExactly("kept", "volatile");
        }

        try (EmbeddedBroker restarted = EmbeddedBroker.start(spec)) {
            assertThat(browse(restarted)).containsExactly("kept");
        }
    }

    private void publish(EmbeddedBroker broker, boolean durable, String text) {
        BridgeCounters counters = new BridgeCounters();
        try (BrokerPublisher publisher = BrokerPublisher.start(
                new BrokerEndpoint(broker.inVmUrl(), Optional.of(credentials)), durable, new SharedCapacity(10),
                Backoff.DEFAULT, counters, "test-publisher")) {
            publisher.offer(Datagrams.map(mapper, Datagrams.unique("\\MAILSLOT\\KEEP", text.length(), text)));
            await().atMost(WAIT).until(() -> counters.snapshot().forwarded() == 1);
        }
    }

    private List<String> browse(EmbeddedBroker broker) throws Exception {
        try (Connection c = JmsClient.connect(broker.tcpUrl(), credentials)) {
            Session s = c.createSession(false, Session.AUTO_ACKNOWLEDGE);
            List<String> texts = new ArrayList<>();
            // The non-durable send streams; wait until the broker has routed it before looking.
            await().atMost(WAIT).until(() -> count(s) > 0);
            try (QueueBrowser browser = s.createBrowser(s.createQueue("mailslot.keep"))) {
                Enumeration<?> messages = browser.getEnumeration();
                while (messages.hasMoreElements()) {
                    texts.add(JmsClient.text((BytesMessage) messages.nextElement()));
                }
            }
            return texts;
        }
    }

    private static int count(Session s) throws Exception {
        try (QueueBrowser browser = s.createBrowser(s.createQueue("mailslot.keep"))) {
            return Collections.list((Enumeration<?>) browser.getEnumeration()).size();
        }
    }
}
