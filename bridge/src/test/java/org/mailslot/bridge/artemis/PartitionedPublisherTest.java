package org.mailslot.bridge.artemis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mailslot.bridge.config.BrokerCredentials;
import org.mailslot.bridge.mapping.DatagramMapper;
import org.mailslot.bridge.mapping.EnvelopeBodyMapper;
import org.mailslot.bridge.mapping.IngressMessage;
import org.mailslot.bridge.mapping.MailslotProperties;
import org.mailslot.bridge.mapping.ReceivedDatagram;
import org.mailslot.bridge.metrics.BridgeCounters;
import org.mailslot.bridge.metrics.DropReason;
import org.mailslot.bridge.testing.Datagrams;
import org.mailslot.bridge.testing.FreePort;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;

class PartitionedPublisherTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String[] SOURCES = {"127.0.0.2", "127.0.0.3", "127.0.0.4"};
    private static final String[] SLOTS = {"ALPHA", "BETA"};

    @TempDir
    Path dataDir;

    private final DatagramMapper mapper = new DatagramMapper("mailslot", new EnvelopeBodyMapper());

    @Test
    void oneSenderAndSlotAlwaysTakeTheSamePartition() {
        IngressMessage first = message("127.0.0.2", "ALPHA", 1, Datagrams.RECEIVED_AT.toEpochMilli());
        IngressMessage later = message("127.0.0.2", "alpha", 2, Datagrams.RECEIVED_AT.toEpochMilli() + 5);

        for (int partitions = 1; partitions <= 8; partitions++) {
            assertThat(PartitionedPublisher.partitionOf(later, partitions))
                    .isEqualTo(PartitionedPublisher.partitionOf(first, partitions))
                    .isBetween(0, partitions - 1);
        }
    }

    @Test
    void differentSendersAndSlotsSpreadOverThePartitions() {
        Set<Integer> used = new HashSet<>();
        for (int host = 2; host < 40; host++) {
            used.add(PartitionedPublisher.partitionOf(message("127.0.0." + host, "S" + host, 1, 0), 4));
        }
        assertThat(used).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void refusesFewerThanOnePartition() {
        assertThatThrownBy(() -> PartitionedPublisher.start(new BrokerEndpoint("vm://0", Optional.empty()), false,
                10, Backoff.DEFAULT, new BridgeCounters(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    @Test
    @Timeout(30)
    void oneSenderMayFillTheWholeSharedCapacityWhileTheBrokerIsAway() throws Exception {
        BridgeCounters counters = new BridgeCounters();
        // No broker listens on this in-VM id: the publishers keep retrying and take nothing from their buffers.
        try (PartitionedPublisher publisher = PartitionedPublisher.start(
                new BrokerEndpoint("vm://" + FreePort.onLoopback(), Optional.empty()), false, 20,
                new Backoff(Duration.ofSeconds(5), Duration.ofSeconds(5), 2.0), counters, 2)) {
            for (int seq = 0; seq < 20; seq++) {
                assertThat(publisher.offer(message("127.0.0.2", "ALPHA", seq, seq))).as("message %d", seq).isTrue();
            }

            assertThat(publisher.offer(message("127.0.0.3", "BETA", 0, 0))).isFalse();
            assertThat(publisher.buffered()).isEqualTo(20);
        }
        assertThat(counters.snapshot().dropped(DropReason.SHUTDOWN)).isEqualTo(20);
    }

    /** Through the in-VM connector (as to a remote broker) and routed straight into the embedded broker. */
    @ParameterizedTest(name = "routed directly: {0}")
    @ValueSource(booleans = {false, true})
    @Timeout(90)
    void keepsEachSendersOrderPerSlotAcrossPartitions(boolean routedDirectly) throws Exception {
        BrokerCredentials credentials = BrokerCredentials.generate(new SecureRandom());
        EmbeddedBrokerSpec spec = new EmbeddedBrokerSpec("partitions", InetAddress.getLoopbackAddress(),
                FreePort.onLoopback(), dataDir, Optional.of(credentials), 10_000, false, "mailslot");
        // Each partition gets a third of the capacity, and the six keys need not split evenly: room for all in any.
        int perKey = 300;
        int total = perKey * SOURCES.length * SLOTS.length;
        BridgeCounters counters = new BridgeCounters();
        try (EmbeddedBroker broker = EmbeddedBroker.start(spec);
             ServerLocator locator = ActiveMQClient.createServerLocator(broker.inVmUrl());
             ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession session = factory.createSession(credentials.user(), credentials.password(), false, true,
                     true, false, locator.getAckBatchSize())) {
            for (String slot : SLOTS) {
                String address = "mailslot." + slot.toLowerCase();
                session.createQueue(QueueConfiguration.of(address).setAddress(address)
                        .setRoutingType(RoutingType.ANYCAST).setDurable(false));
            }
            BrokerEndpoint endpoint = routedDirectly ? broker.endpoint()
                    : new BrokerEndpoint(broker.inVmUrl(), Optional.of(credentials));
            assertThat(endpoint.local().isPresent()).isEqualTo(routedDirectly);
            try (PartitionedPublisher publisher = PartitionedPublisher.start(endpoint, false, 3 * total,
                    Backoff.DEFAULT, counters, 3)) {
                for (int seq = 0; seq < perKey; seq++) {
                    for (String source : SOURCES) {
                        for (String slot : SLOTS) {
                            assertThat(publisher.offer(message(source, slot, seq, seq))).isTrue();
                        }
                    }
                }
                await().atMost(WAIT).until(() -> counters.snapshot().forwarded() == total);
            }
            session.start();
            Map<String, List<Integer>> received = new HashMap<>();
            for (String slot : SLOTS) {
                try (ClientConsumer consumer = session.createConsumer("mailslot." + slot.toLowerCase())) {
                    for (int i = 0; i < total / SLOTS.length; i++) {
                        ClientMessage m = consumer.receive(WAIT.toMillis());
                        assertThat(m).as("message %d of slot %s", i, slot).isNotNull();
                        String key = m.getStringProperty(MailslotProperties.SOURCE_ADDRESS) + "/" + slot;
                        received.computeIfAbsent(key, k -> new ArrayList<>())
                                .add(m.getIntProperty(MailslotProperties.DATAGRAM_ID));
                    }
                }
            }
            List<Integer> inOrder = new ArrayList<>();
            for (int seq = 0; seq < perKey; seq++) {
                inOrder.add(seq);
            }
            assertThat(received).hasSize(SOURCES.length * SLOTS.length);
            received.forEach((key, ids) -> assertThat(ids).as(key).isEqualTo(inOrder));
        }
    }

    @Test
    @Timeout(60)
    void aMessageTheBrokerRefusesIsCountedAsDroppedAndTheNextOnesStillGoThrough() throws Exception {
        BrokerCredentials credentials = BrokerCredentials.generate(new SecureRandom());
        EmbeddedBrokerSpec spec = new EmbeddedBrokerSpec("refusals", InetAddress.getLoopbackAddress(),
                FreePort.onLoopback(), dataDir, Optional.of(credentials), 10_000, false, "mailslot");
        BridgeCounters counters = new BridgeCounters();
        try (EmbeddedBroker broker = EmbeddedBroker.start(spec)) {
            // An address that takes one message and refuses the rest, as an operator's quota would.
            broker.endpoint().local().orElseThrow().getAddressSettingsRepository().addMatch("mailslot.full",
                    new AddressSettings().setMaxSizeBytes(1).setAddressFullMessagePolicy(AddressFullMessagePolicy.FAIL));
            try (PartitionedPublisher publisher = PartitionedPublisher.start(broker.endpoint(), false, 100,
                    Backoff.DEFAULT, counters, 1)) {
                assertThat(publisher.offer(message("127.0.0.2", "FULL", 1, 1))).isTrue();
                assertThat(publisher.offer(message("127.0.0.2", "FULL", 2, 2))).isTrue();
                assertThat(publisher.offer(message("127.0.0.2", "ALPHA", 3, 3))).isTrue();

                await().atMost(WAIT).until(() -> counters.snapshot().forwarded() == 2);
                assertThat(counters.snapshot().dropped(DropReason.BROKER_REJECTED)).isEqualTo(1);
            }
        }
    }

    private IngressMessage message(String sourceIp, String slot, int datagramId, long receivedAt) {
        // The NetBIOS source IP is part of the duplicate id: each sender has its own, as on a real network.
        int headerIp = Datagrams.SOURCE_IP & 0xFFFFFF00 | Integer.parseInt(sourceIp.substring(sourceIp.lastIndexOf('.') + 1));
        MailslotDatagram datagram = new MailslotDatagram(DatagramType.DIRECT_UNIQUE, NodeType.B, datagramId,
                headerIp, 138, NetbiosName.of("HOSTA", 0), NetbiosName.of("BRIDGE", 0),
                "\\MAILSLOT\\" + slot, 0, ("m" + datagramId).getBytes(StandardCharsets.US_ASCII));
        return Datagrams.map(mapper, new ReceivedDatagram(datagram, new InetSocketAddress(sourceIp, 138),
                java.time.Instant.ofEpochMilli(receivedAt)));
    }
}
