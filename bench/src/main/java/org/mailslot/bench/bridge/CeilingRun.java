package org.mailslot.bench.bridge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.utils.UUIDGenerator;
import org.mailslot.bridge.artemis.EmbeddedBroker;
import org.mailslot.bridge.artemis.EmbeddedBrokerSpec;
import org.mailslot.bridge.config.BrokerCredentials;

/**
 * The ceiling: Artemis's core producer, in the broker's JVM, sending as fast as it can into the bridge's own
 * embedded broker configuration, with one consumer draining. The producer is set up as the bridge's publisher
 * is: in-VM, durable sends wait for the journal and non-durable ones stream; over TCP (remote mode), every send
 * is asynchronous and confirmed through a 1 MiB confirmation window, Artemis's fastest durable producer.
 */
final class CeilingRun {

    private CeilingRun() {
    }

    /**
     * @param perSecond      messages per second, producer start to last message consumed
     * @param cpuMicrosPerMessage CPU time of the whole JVM (producer, broker, consumer) per message
     */
    record Ceiling(double perSecond, double cpuMicrosPerMessage) {
    }

    /**
     * @param bridgeShaped give each message what the bridge's messages carry (a unique duplicate-detection id,
     *                     a message id and the eight mailslot properties), to show what the message shape costs
     */
    static Ceiling measure(EmbeddedBrokerSpec spec, BrokerCredentials credentials, boolean durable, int size,
                          boolean bridgeShaped, Duration warmup, Duration measure) throws Exception {
        try (EmbeddedBroker broker = EmbeddedBroker.start(spec)) {
            return measureOn(broker, false, credentials, durable, size, bridgeShaped, warmup, measure);
        }
    }

    /**
     * @param overTcp the producer connects through the broker's TCP acceptor, sends confirmed asynchronously
     *                (remote mode: the same path the bridge takes to a remote broker); else in-VM
     */
    static Ceiling measureOn(EmbeddedBroker broker, boolean overTcp, BrokerCredentials credentials, boolean durable,
                             int size, boolean bridgeShaped, Duration warmup, Duration measure) throws Exception {
        ServerLocator configured = ActiveMQClient.createServerLocator(overTcp ? broker.tcpUrl() : broker.inVmUrl())
                .setBlockOnDurableSend(!overTcp).setBlockOnNonDurableSend(false);
        if (overTcp) {
            configured.setConfirmationWindowSize(1 << 20).setProducerWindowSize(1 << 20);
        }
        try (DrainCounter drain = new DrainCounter(broker.inVmUrl(), credentials, "mailslot.ceiling", durable);
             ServerLocator locator = configured;
             ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession session = factory.createSession(credentials.user(), credentials.password(), false, true,
                     true, false, locator.getAckBatchSize());
             ClientProducer producer = session.createProducer("mailslot.ceiling")) {
            byte[] body = new byte[size];
            long warm = sendFor(session, producer, body, durable, bridgeShaped, warmup, 0);
            drain.awaitCount(warm, Duration.ofSeconds(30));
            long start = System.nanoTime();
            long cpuStart = ProcessCpu.nanos();
            long sent = sendFor(session, producer, body, durable, bridgeShaped, measure, warm);
            long consumed = drain.awaitCount(warm + sent, Duration.ofSeconds(30)) - warm;
            double seconds = (System.nanoTime() - start) / 1e9;
            long cpuEnd = ProcessCpu.nanos();
            if (consumed < sent) {
                throw new IllegalStateException("ceiling run lost " + (sent - consumed) + " of " + sent);
            }
            return new Ceiling(sent / seconds, ProcessCpu.microsPer(cpuStart, cpuEnd, sent));
        }
    }

    private static long sendFor(ClientSession session, ClientProducer producer, byte[] body, boolean durable,
                                boolean bridgeShaped, Duration duration, long first) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        long sent = 0;
        while (System.nanoTime() < end) {
            ClientMessage m = session.createMessage(Message.BYTES_TYPE, durable);
            m.getBodyBuffer().writeBytes(body);
            m.setRoutingType(RoutingType.ANYCAST);
            m.putLongProperty("seq", first + sent);
            if (bridgeShaped) {
                shape(m, first + sent);
            }
            producer.send(m);
            sent++;
        }
        return sent;
    }

    private static void shape(ClientMessage m, long seq) {
        m.setUserID(UUIDGenerator.getInstance().generateUUID());
        m.putStringProperty(Message.HDR_DUPLICATE_DETECTION_ID, "127.0.0.7/" + (seq & 0xFFFF) + "/bench/100/" + seq);
        m.putStringProperty("MailslotSourceName", "BLASTER");
        m.putStringProperty("MailslotSourceAddress", "127.0.0.7");
        m.putIntProperty("MailslotSourcePort", 11138);
        m.putStringProperty("MailslotDestinationName", "BENCH");
        m.putStringProperty("MailslotDatagramType", "DIRECT_UNIQUE");
        m.putIntProperty("MailslotDatagramId", (int) (seq & 0xFFFF));
        m.putStringProperty("MailslotSlot", "bench");
        m.putLongProperty("MailslotReceivedAt", System.currentTimeMillis());
    }

    static Path tempDir(String prefix) throws Exception {
        return Files.createTempDirectory(prefix);
    }
}
