package org.mailslot.itests.bridge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Session;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.mapping.MailslotProperties;
import org.mailslot.bridge.metrics.BridgeCounters;
import org.mailslot.bridge.metrics.DropReason;
import org.mailslot.jms.message.MailslotObjectMessage;
import org.mailslot.jms.payload.EnvelopeCodec;
import org.mailslot.slot.LoopbackHosts;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;

/**
 * What a hostile sender on the network tries, against a whole bridge on loopback with a clock the test moves:
 * forging the header SOURCE_IP to slip past the rate limit, repeating one datagram, and sending a Java object whose
 * deserialisation runs its code. Each is read back with Artemis's own JMS client.
 */
@Timeout(90)
class HostileSenderIT {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    @TempDir
    Path dataDir;

    private final AtomicLong nanos = new AtomicLong(1_000 * SECOND);
    private Path marker;

    @BeforeEach
    void watchForSideEffects() throws IOException {
        marker = Files.createTempFile(dataDir.getParent(), "side-effect", ".marker");
        Files.delete(marker);
        System.setProperty(SideEffect.MARKER_PROPERTY, marker.toString());
    }

    @AfterEach
    void stopWatching() {
        System.clearProperty(SideEffect.MARKER_PROPERTY);
    }

    @Test
    void forgingTheHeaderSourceIpDoesNotEscapeTheRateLimitAndALegitimateSenderIsUnaffected() throws Exception {
        int port = LoopbackHosts.freePort();
        try (RunningBridge bridge = RunningBridge.start(port, dataDir, Map.of("rate-limit", "50/s,burst=50"),
                nanos::get);
             Connection artemis = bridge.connect();
             WindowsPeer attacker = new WindowsPeer("127.0.0.6", port);
             WindowsPeer winpc = new WindowsPeer("127.0.0.5", port)) {
            Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer flood = session.createConsumer(session.createQueue("mailslot.flood"));
            MessageConsumer legit = session.createConsumer(session.createQueue("mailslot.legit"));

            for (int i = 0; i < 500; i++) {
                // A different SOURCE_IP in every header, all from one UDP source address.
                int forgedIp = 0x0A000000 | (i + 1);
                attacker.send(new MailslotDatagram(DatagramType.DIRECT_UNIQUE, NodeType.B, i, forgedIp, port,
                        NetbiosName.of("EVIL" + i, 0), NetbiosName.of(RunningBridge.COMPUTER, 0),
                        "\\MAILSLOT\\FLOOD", 0, ("forged " + i).getBytes(StandardCharsets.US_ASCII)));
                if (i % 25 == 0) {
                    winpc.send(winpc.unique("WINPC", i, "LEGIT", ("legit " + i).getBytes(StandardCharsets.US_ASCII)));
                }
            }

            await().atMost(RunningBridge.WAIT).until(() -> bridge.counters().snapshot().received() == 520);
            BridgeCounters.Snapshot counters = bridge.counters().snapshot();
            assertThat(counters.dropped(DropReason.RATE_LIMITED)).isEqualTo(450);
            assertThat(receiveAll(legit)).hasSize(20);
            List<Message> forwarded = receiveAll(flood);
            assertThat(forwarded).hasSize(50);
            assertThat(forwarded.get(0).getStringProperty(MailslotProperties.HEADER_SOURCE_IP)).isEqualTo("10.0.0.1");
            assertThat(forwarded.get(0).getStringProperty(MailslotProperties.SOURCE_ADDRESS)).isEqualTo("127.0.0.6");
            assertThat(RunningBridge.unaccounted(counters)).isZero();
        }
    }

    @Test
    void copiesWithinTheWindowAreCountedAsDuplicatesAndARepeatAfterItIsDelivered() throws Exception {
        int port = LoopbackHosts.freePort();
        try (RunningBridge bridge = RunningBridge.start(port, dataDir, Map.of(), nanos::get);
             Connection artemis = bridge.connect();
             WindowsPeer winpc = new WindowsPeer("127.0.0.5", port)) {
            Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue("mailslot.netlogon"));
            MailslotDatagram fixedId = winpc.unique("WINPC", 7, "NETLOGON",
                    "query".getBytes(StandardCharsets.US_ASCII));

            for (int i = 0; i < 2_000; i++) {
                winpc.send(fixedId);
            }
            await().atMost(RunningBridge.WAIT).until(() -> bridge.counters().snapshot().received() == 2_000);
            assertThat(bridge.counters().snapshot().dropped(DropReason.DUPLICATE)).isEqualTo(1_999);

            nanos.addAndGet(2 * SECOND); // the default window is 2 s; a repeat after it is a new datagram
            winpc.send(fixedId);
            winpc.send(fixedId);
            await().atMost(RunningBridge.WAIT).until(() -> bridge.counters().snapshot().received() == 2_002);

            assertThat(receiveAll(consumer)).hasSize(2);
            BridgeCounters.Snapshot counters = bridge.counters().snapshot();
            assertThat(counters.forwarded()).isEqualTo(2);
            assertThat(counters.dropped(DropReason.DUPLICATE)).isEqualTo(2_000);
            assertThat(RunningBridge.unaccounted(counters)).isZero();
        }
    }

    @Test
    void aStrangersObjectMessageReachesArtemisAsBytesAndRunsNoCode() throws Exception {
        int port = LoopbackHosts.freePort();
        try (RunningBridge bridge = RunningBridge.start(port, dataDir, Map.of(), nanos::get);
             Connection artemis = bridge.connect();
             WindowsPeer stranger = new WindowsPeer("127.0.0.6", port)) {
            Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue("mailslot.orders"));
            byte[] envelope = objectEnvelope(sideEffectStream());

            stranger.send(stranger.unique("EVIL", 1, "ORDERS", envelope));

            Message received = consumer.receive(RunningBridge.WAIT.toMillis());
            assertThat(received).isInstanceOf(BytesMessage.class).isNotInstanceOf(ObjectMessage.class);
            assertThat(received.getBody(byte[].class)).isEqualTo(envelope);
            assertThat(received.getStringProperty(MailslotProperties.WITHHELD_BODY))
                    .startsWith("java-serialized ObjectMessage").contains("no --allow-object-class");
            assertThat(marker).doesNotExist();
        }
    }

    @Test
    void anAllowListedObjectMessageArrivesAsAnObjectMessageAndOthersStillDoNot() throws Exception {
        int port = LoopbackHosts.freePort();
        try (RunningBridge bridge = RunningBridge.start(port, dataDir, Map.of("allow-object-class", "java.util.*"),
                nanos::get);
             Connection artemis = bridge.connect();
             WindowsPeer peer = new WindowsPeer("127.0.0.5", port)) {
            Session session = artemis.createSession(Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = session.createConsumer(session.createQueue("mailslot.orders"));
            MailslotObjectMessage list = new MailslotObjectMessage();
            list.setObject(new ArrayList<>(List.of("a", "b")));

            peer.send(peer.unique("JAVA1", 1, "ORDERS", EnvelopeCodec.encode(list)));
            peer.send(peer.unique("JAVA1", 2, "ORDERS", objectEnvelope(sideEffectStream())));

            Message allowed = consumer.receive(RunningBridge.WAIT.toMillis());
            assertThat(allowed).isInstanceOf(ObjectMessage.class);
            assertThat(((ObjectMessage) allowed).getObject()).isEqualTo(List.of("a", "b"));
            Message withheld = consumer.receive(RunningBridge.WAIT.toMillis());
            assertThat(withheld).isInstanceOf(BytesMessage.class);
            assertThat(withheld.getStringProperty(MailslotProperties.WITHHELD_BODY))
                    .contains("org.mailslot.itests.bridge.SideEffect");
            assertThat(marker).doesNotExist();
        }
    }

    /** The control: the stream the tests send does run the class's code when anything deserialises it. */
    @Test
    void theStrangersStreamRunsItsCodeWhenDeserialisedDirectly() throws Exception {
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(sideEffectStream()))) {
            assertThat(in.readObject().getClass().getName()).isEqualTo("org.mailslot.itests.bridge.SideEffect");
        }
        assertThat(marker).exists();
        assertThat(Files.readString(marker)).contains("readObject ran");
    }

    private static List<Message> receiveAll(MessageConsumer consumer) throws Exception {
        List<Message> all = new ArrayList<>();
        Message m = consumer.receive(RunningBridge.WAIT.toMillis());
        while (m != null) {
            all.add(m);
            m = consumer.receive(500);
        }
        return all;
    }

    private static byte[] objectEnvelope(byte[] serialized) throws Exception {
        MailslotObjectMessage message = new MailslotObjectMessage();
        message.setSerializedForm(serialized);
        return EnvelopeCodec.encode(message);
    }

    /** The serialised form of a {@link SideEffect}, written by hand: building one would run its code here. */
    private static byte[] sideEffectStream() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeShort(0xACED); // STREAM_MAGIC
            out.writeShort(5); // STREAM_VERSION
            out.writeByte(0x73); // TC_OBJECT
            out.writeByte(0x72); // TC_CLASSDESC
            out.writeUTF("org.mailslot.itests.bridge.SideEffect");
            out.writeLong(1L); // serialVersionUID
            out.writeByte(0x02); // SC_SERIALIZABLE
            out.writeShort(0); // no fields
            out.writeByte(0x78); // TC_ENDBLOCKDATA
            out.writeByte(0x70); // TC_NULL: no serialisable superclass
        }
        return bytes.toByteArray();
    }
}
