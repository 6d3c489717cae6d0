package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.config.SettingsParser;
import org.mailslot.bridge.metrics.BridgeCounters;
import org.mailslot.bridge.metrics.ConnectionState;
import org.mailslot.bridge.metrics.DropReason;
import org.mailslot.bridge.udp.UdpBridge;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.slot.LoopbackHosts;

/**
 * The bridge against real Artemis 2.56 brokers from the {@code apache-artemis} distribution, on loopback
 * addresses: a two-node cluster, and a replicated primary/backup pair. Proves: a bridge started before its
 * brokers buffers and forwards once they are up; traffic the bridge sends to node A is consumed on node B; egress
 * messages sent to either node go out once each; {@code kill -9} of the primary the bridge uses leaves a receive
 * gap under 5 s with every datagram delivered or counted; the bridge stops within 5 s with its brokers gone.
 */
@Timeout(300)
class ArtemisClusterIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration GAP_BOUND = Duration.ofSeconds(5);

    @TempDir
    Path workDir;

    private final List<AutoCloseable> cleanup = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (int i = cleanup.size() - 1; i >= 0; i--) {
            cleanup.get(i).close();
        }
    }

    @Test
    void clusterBridgeStartedFirstReachesNodeBAndEgressFromEitherNodeGoesOutOnce() throws Exception {
        int portA = RunningBridge.freeTcpPort();
        int portB = RunningBridge.freeTcpPort();
        ArtemisNode a = node("a", "127.0.0.21", portA, "127.0.0.22", portB, ArtemisNode.Role.MEMBER);
        ArtemisNode b = node("b", "127.0.0.22", portB, "127.0.0.21", portA, ArtemisNode.Role.MEMBER);
        int port = LoopbackHosts.freePort();

        // The bridge first, on node A only: it must start, buffer and connect once A is up.
        UdpBridge bridge = bridge(port, a.url(), false);
        BridgeCounters counters = bridge.bridge().counters();
        assertThat(counters.snapshot().connectionState()).isNotEqualTo(ConnectionState.CONNECTED);
        try (WindowsPeer winpc = new WindowsPeer("127.0.0.5", port)) {
            for (int i = 1; i <= 3; i++) {
                winpc.send(winpc.unique("WINPC", i, "CLUSTER", ("before the brokers " + i).getBytes()));
            }
        }
        await().atMost(WAIT).until(() -> counters.snapshot().received() == 3);
        assertThat(counters.snapshot().forwarded()).isZero();

        a.start();
        b.start();
        a.awaitActive();
        b.awaitActive();
        await().atMost(WAIT).until(() -> counters.snapshot().forwarded() == 3);

        try (Connection onB = connect(b.url())) {
            Session session = onB.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue("mailslot.cluster"));
            for (int i = 1; i <= 3; i++) {
                Message m = consumer.receive(WAIT.toMillis());
                assertThat(m).as("message %d from node A, consumed on node B", i).isNotNull();
                assertThat(text(m)).isEqualTo("before the brokers " + i);
            }
        }

        MailslotConnectionFactory java1 = new MailslotConnectionFactory("mailslot://127.0.0.2:" + port
                + "?computerName=JAVA1&broadcast=127.255.255.255&nameLookup=none&names=BRIDGE=127.0.0.1");
        cleanup.add(java1::close);
        try (Connection provider = java1.createConnection(); Connection onA = connect(a.url());
             Connection onB = connect(b.url())) {
            Session inboxSession = provider.createSession();
            MessageConsumer inbox = inboxSession.createConsumer(inboxSession.createQueue("inbox"));
            provider.start();
            long sentBefore = counters.snapshot().sent();
            sendEgress(onA, "via node A");
            sendEgress(onB, "via node B");
            Set<String> received = ConcurrentHashMap.newKeySet();
            for (int i = 0; i < 2; i++) {
                Message m = inbox.receive(WAIT.toMillis());
                assertThat(m).as("egress datagram %d", i + 1).isNotNull();
                received.add(new String(m.getBody(byte[].class), StandardCharsets.UTF_8));
            }
            assertThat(received).containsExactlyInAnyOrder("via node A", "via node B");
            // Once each: the count stays at two while the cluster could still redeliver.
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> counters.snapshot().sent() == sentBefore + 2);
            assertThat(inbox.receiveNoWait()).isNull();
        }

        // Both brokers gone: the bridge still stops within 5 s.
        a.kill();
        b.kill();
        await().atMost(WAIT).until(() -> counters.snapshot().connectionState() == ConnectionState.DISCONNECTED);
        assertStopsWithinFiveSeconds(bridge);
    }

    @Test
    void primaryKilledBackupTakesOverWithinFiveSecondsAndEveryDatagramIsDeliveredOrCounted() throws Exception {
        int portP = RunningBridge.freeTcpPort();
        int portS = RunningBridge.freeTcpPort();
        ArtemisNode primary = node("primary", "127.0.0.23", portP, "127.0.0.24", portS, ArtemisNode.Role.PRIMARY);
        ArtemisNode backup = node("backup", "127.0.0.24", portS, "127.0.0.23", portP, ArtemisNode.Role.BACKUP);
        primary.start();
        primary.awaitActive();
        backup.start();
        backup.awaitBackupReady();

        int port = LoopbackHosts.freePort();
        // Only the primary named: the bridge learns the backup from the topology the broker announces.
        UdpBridge bridge = bridge(port, primary.url() + "?ha=true", true);
        BridgeCounters counters = bridge.bridge().counters();
        await().atMost(WAIT).until(() -> counters.snapshot().connectionState() == ConnectionState.CONNECTED);

        Map<Integer, Long> arrivals = new ConcurrentHashMap<>();
        List<Long> arrivalTimes = new CopyOnWriteArrayList<>();
        Connection consumerConnection = connect("(" + primary.url() + "," + backup.url()
                + ")?ha=true&reconnectAttempts=-1&retryInterval=100");
        Session session = consumerConnection.createSession(Session.AUTO_ACKNOWLEDGE);
        session.createConsumer(session.createQueue("mailslot.ha")).setMessageListener(m -> {
            long now = System.nanoTime();
            arrivals.putIfAbsent(Integer.parseInt(text(m)), now);
            arrivalTimes.add(now);
        });

        int total = 1500;
        AtomicInteger sent = new AtomicInteger();
        WindowsPeer winpc = new WindowsPeer("127.0.0.6", port);
        cleanup.add(winpc);
        ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
        cleanup.add(sender::shutdownNow);
        // 200 datagrams a second, steady, so a gap in arrivals is the failover and nothing else.
        sender.scheduleAtFixedRate(() -> {
            int n = sent.incrementAndGet();
            if (n > total) {
                throw new IllegalStateException("done"); // ends the schedule
            }
            try {
                winpc.send(winpc.unique("WINPC", n & 0xFFFF, "HA", Integer.toString(n).getBytes()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, 0, 5, TimeUnit.MILLISECONDS);

        await().atMost(WAIT).until(() -> arrivals.size() >= 300);
        long killedAt = System.nanoTime();
        primary.kill();
        await().atMost(WAIT).until(() -> sent.get() > total);
        await().atMost(WAIT).until(() -> counters.snapshot().received() == total);
        // Everything the bridge received is forwarded (confirmed by a broker) or counted as dropped.
        await().atMost(WAIT).until(() -> counters.snapshot().forwarded() + dropped(counters) == total);
        long forwarded = counters.snapshot().forwarded();
        await().atMost(WAIT).until(() -> arrivals.size() >= forwarded);
        consumerConnection.close();

        List<Integer> missing = new ArrayList<>();
        for (int n = 1; n <= total; n++) {
            if (!arrivals.containsKey(n)) {
                missing.add(n);
            }
        }
        assertThat((long) missing.size()).as("datagrams not delivered %s", missing).isEqualTo(dropped(counters));
        List<Long> times = new ArrayList<>(arrivalTimes);
        times.sort(null);
        long worstGap = 0;
        for (int i = 1; i < times.size(); i++) {
            if (times.get(i) > killedAt - GAP_BOUND.toNanos()) {
                worstGap = Math.max(worstGap, times.get(i) - times.get(i - 1));
            }
        }
        System.out.printf("HA failover: %d datagrams, %d delivered, %d counted as dropped, longest receive gap %d ms%n",
                total, arrivals.size(), missing.size(), TimeUnit.NANOSECONDS.toMillis(worstGap));
        assertThat(Duration.ofNanos(worstGap)).isLessThanOrEqualTo(GAP_BOUND);

        backup.kill();
        await().atMost(WAIT).until(() -> counters.snapshot().connectionState() == ConnectionState.DISCONNECTED);
        assertStopsWithinFiveSeconds(bridge);
    }

    @Test
    void bridgeProcessStartsWithItsBrokersDownAndStopsOnSigtermWithinFiveSeconds() throws Exception {
        ArtemisNode.home();
        int port = LoopbackHosts.freePort();
        String absent = "(tcp://127.0.0.25:" + RunningBridge.freeTcpPort() + ",tcp://127.0.0.26:"
                + RunningBridge.freeTcpPort() + ")?ha=true";
        try (LauncherProcess bridge = LauncherProcess.start(workDir, "mailslot-bridge", List.of(
                "--listen", "127.0.0.1:" + port, "--computer-name", "BRIDGE", "--broker", absent,
                "--broker-user", ArtemisNode.LOGIN.user(), "--broker-password", ArtemisNode.LOGIN.password()))) {
            bridge.awaitLine(l -> l.contains("listening on UDP"), WAIT);
            await().atMost(WAIT).until(() -> bridge.stderr().contains("Cannot reach the broker"));
            long stopping = System.nanoTime();
            bridge.process().destroy(); // SIGTERM
            assertThat(bridge.process().waitFor(5, TimeUnit.SECONDS)).as("stopped within 5 s").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(5));
        }
    }

    private ArtemisNode node(String name, String host, int port, String peerHost, int peerPort,
                             ArtemisNode.Role role) throws Exception {
        ArtemisNode node = ArtemisNode.create(workDir, name, host, port, peerHost, peerPort, role);
        cleanup.add(node);
        return node;
    }

    private UdpBridge bridge(int port, String brokerUrl, boolean durable) throws Exception {
        Map<String, String> values = new HashMap<>();
        values.put("listen", "127.0.0.1:" + port);
        values.put("computer-name", RunningBridge.COMPUTER);
        values.put("static-name", "JAVA1=127.0.0.2");
        values.put("broker", brokerUrl);
        values.put("broker-user", ArtemisNode.LOGIN.user());
        values.put("broker-password", ArtemisNode.LOGIN.password());
        values.put("data-dir", workDir.resolve("bridge-data").toString());
        if (durable) {
            values.put("durable", "true");
        }
        UdpBridge bridge = UdpBridge.start(new SettingsParser().parse(values));
        cleanup.add(bridge::close);
        return bridge;
    }

    private static Connection connect(String url) throws Exception {
        Connection connection = new ActiveMQConnectionFactory(url)
                .createConnection(ArtemisNode.LOGIN.user(), ArtemisNode.LOGIN.password());
        connection.start();
        return connection;
    }

    private static void sendEgress(Connection connection, String text) throws Exception {
        Session session = connection.createSession(Session.AUTO_ACKNOWLEDGE);
        MessageProducer out = session.createProducer(session.createQueue("mailslot.out"));
        Message message = session.createTextMessage(text);
        message.setStringProperty("MailslotTarget", "\\\\JAVA1\\mailslot\\inbox");
        out.send(message);
    }

    private static long dropped(BridgeCounters counters) {
        long total = 0;
        for (DropReason reason : DropReason.values()) {
            total += counters.snapshot().dropped(reason);
        }
        return total;
    }

    private static String text(Message m) {
        try {
            return new String(((BytesMessage) m).getBody(byte[].class), StandardCharsets.UTF_8);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertStopsWithinFiveSeconds(UdpBridge bridge) {
        long stopping = System.nanoTime();
        bridge.close();
        assertThat(Duration.ofNanos(System.nanoTime() - stopping)).isLessThan(Duration.ofSeconds(5));
    }
}
