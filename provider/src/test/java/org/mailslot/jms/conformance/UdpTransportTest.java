package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.InvalidDestinationException;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageFormatException;
import jakarta.jms.MessageProducer;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.StreamMessage;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.jms.payload.RawPayload;
import org.mailslot.slot.DropReason;
import org.mailslot.slot.LoopbackHosts;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;

/**
 * The provider over real UDP on loopback: three hosts on 127.0.0.21-23 sharing one port, as real hosts share 138
 * (DESIGN §9). JAVA1 and JAVA2 are in WORKGROUP, JAVA3 in OTHERDOM.
 */
@Timeout(30)
class UdpTransportTest {

    private final List<MailslotConnectionFactory> factories = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private MailslotConnectionFactory java1;
    private MailslotConnectionFactory java2;
    private MailslotConnectionFactory java3;

    private int port;

    @BeforeEach
    void startHosts() {
        port = LoopbackHosts.freePort();
        String names = "names=JAVA1=127.0.0.21,JAVA2=127.0.0.22,JAVA3=127.0.0.23";
        java1 = factory("mailslot://127.0.0.21:" + port + "?computerName=JAVA1&broadcast=127.255.255.255"
                + "&nameLookup=none&" + names + "&jms.persistentDelivery=accept");
        java2 = factory("mailslot://127.0.0.22:" + port + "?computerName=JAVA2&broadcast=127.255.255.255"
                + "&nameLookup=none&" + names);
        java3 = factory("mailslot://127.0.0.23:" + port + "?computerName=JAVA3&domain=OTHERDOM"
                + "&broadcast=127.255.255.255&nameLookup=none&" + names);
    }

    private MailslotConnectionFactory factory(String uri) {
        MailslotConnectionFactory factory = new MailslotConnectionFactory(uri);
        factories.add(factory);
        return factory;
    }

    @AfterEach
    void stopHosts() throws JMSException {
        for (Connection connection : connections) {
            connection.close();
        }
        factories.forEach(MailslotConnectionFactory::close);
    }

    private Session session(MailslotConnectionFactory factory) throws JMSException {
        Connection connection = factory.createConnection();
        connections.add(connection);
        connection.start();
        return connection.createSession();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void aQueueMessageCrossesToAnotherComputerWithHeadersAndProperties() throws JMSException {
        String slot = unique("orders");
        Session receiver = session(java2);
        MessageConsumer consumer = receiver.createConsumer(receiver.createQueue(slot));
        Session sender = session(java1);
        Queue remote = sender.createQueue("\\\\JAVA2\\mailslot\\" + slot);
        TextMessage sent = sender.createTextMessage("hello over UDP");
        sent.setStringProperty("region", "north");
        sent.setIntProperty("quantity", 12);
        sent.setBooleanProperty("urgent", true);
        sent.setJMSCorrelationID("corr-1");
        sent.setJMSType("order");
        sender.createProducer(remote).send(sent, DeliveryMode.NON_PERSISTENT, 6, 0);

        TextMessage received = (TextMessage) consumer.receive(5_000);
        assertThat(received.getText()).isEqualTo("hello over UDP");
        assertThat(received.getJMSMessageID()).isEqualTo(sent.getJMSMessageID());
        assertThat(received.getJMSTimestamp()).isEqualTo(sent.getJMSTimestamp());
        assertThat(received.getJMSPriority()).isEqualTo(6);
        assertThat(received.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        assertThat(received.getJMSCorrelationID()).isEqualTo("corr-1");
        assertThat(received.getJMSType()).isEqualTo("order");
        assertThat(received.getStringProperty("region")).isEqualTo("north");
        assertThat(received.getIntProperty("quantity")).isEqualTo(12);
        assertThat(received.getBooleanProperty("urgent")).isTrue();
        assertThat(received.getIntProperty("JMSXDeliveryCount")).isEqualTo(1);
    }

    @Test
    void everyBodyTypeCrossesTheWire() throws JMSException {
        String slot = unique("bodies");
        Session receiver = session(java2);
        MessageConsumer consumer = receiver.createConsumer(receiver.createQueue(slot));
        Session sender = session(java1);
        MessageProducer producer = sender.createProducer(sender.createQueue("\\\\JAVA2\\mailslot\\" + slot));
        BytesMessage bytes = sender.createBytesMessage();
        bytes.writeBytes(new byte[] {1, 2, 3});
        MapMessage map = sender.createMapMessage();
        map.setInt("n", 7);
        map.setString("s", "x");
        StreamMessage stream = sender.createStreamMessage();
        stream.writeLong(42L);
        stream.writeString("y");
        ObjectMessage object = sender.createObjectMessage(new ArrayList<>(List.of("a", "b")));
        for (Message message : List.of(bytes, map, stream, object, sender.createMessage())) {
            producer.send(message);
        }
        BytesMessage gotBytes = (BytesMessage) consumer.receive(5_000);
        byte[] body = new byte[3];
        assertThat(gotBytes.readBytes(body)).isEqualTo(3);
        assertThat(body).containsExactly(1, 2, 3);
        MapMessage gotMap = (MapMessage) consumer.receive(5_000);
        assertThat(gotMap.getInt("n")).isEqualTo(7);
        assertThat(gotMap.getString("s")).isEqualTo("x");
        StreamMessage gotStream = (StreamMessage) consumer.receive(5_000);
        assertThat(gotStream.readLong()).isEqualTo(42L);
        assertThat(gotStream.readString()).isEqualTo("y");
        assertThat(((ObjectMessage) consumer.receive(5_000)).getObject()).isEqualTo(List.of("a", "b"));
        assertThat(consumer.receive(5_000)).isNotNull();
    }

    @Test
    void aTopicReachesEveryHostOfTheDomainOnceAndNotOtherDomains() throws JMSException {
        String slot = unique("status");
        Session on1 = session(java1);
        Session on2 = session(java2);
        Session on3 = session(java3);
        Topic topic = on1.createTopic(slot);
        MessageConsumer local = on1.createConsumer(topic);
        MessageConsumer remote = on2.createConsumer(on2.createTopic(slot));
        MessageConsumer otherDomain = on3.createConsumer(on3.createTopic(slot));
        on1.createProducer(topic).send(on1.createTextMessage("broadcast"));
        assertThat(((TextMessage) remote.receive(5_000)).getText()).isEqualTo("broadcast");
        assertThat(((TextMessage) local.receive(5_000)).getText()).isEqualTo("broadcast");
        // A marker broadcast after it: each host's next message must be the marker, not a second copy.
        on1.createProducer(topic).send(on1.createTextMessage("marker"));
        assertThat(((TextMessage) local.receive(5_000)).getText()).as("the sender's own host gets one copy")
                .isEqualTo("marker");
        assertThat(((TextMessage) remote.receive(5_000)).getText())
                .as("duplicates from the group socket are suppressed").isEqualTo("marker");
        // JAVA3 read both datagrams and dropped them as addressed to another domain; nothing reached its topic.
        await().atMost(Duration.ofSeconds(5)).until(() -> java3.statistics().drops(DropReason.NOT_FOR_US) >= 2);
        assertThat(java3.statistics().remoteDelivered()).isZero();
        assertThat(otherDomain.receiveNoWait()).isNull();
    }

    @Test
    void requestReplyAcrossComputersWithATemporaryQueue() throws JMSException {
        String slot = unique("service");
        Session server = session(java2);
        MessageConsumer requests = server.createConsumer(server.createQueue(slot));
        Session client = session(java1);
        TemporaryQueue replyTo = client.createTemporaryQueue();
        MessageConsumer replies = client.createConsumer(replyTo);
        TextMessage request = client.createTextMessage("ping");
        request.setJMSReplyTo(replyTo);
        client.createProducer(client.createQueue("\\\\JAVA2\\mailslot\\" + slot)).send(request);

        Message received = requests.receive(5_000);
        assertThat(received.getJMSReplyTo()).isEqualTo(replyTo);
        TextMessage reply = server.createTextMessage("pong");
        reply.setJMSCorrelationID(received.getJMSMessageID());
        server.createProducer(received.getJMSReplyTo()).send(reply);

        TextMessage answer = (TextMessage) replies.receive(5_000);
        assertThat(answer.getText()).isEqualTo("pong");
        assertThat(answer.getJMSCorrelationID()).isEqualTo(request.getJMSMessageID());
    }

    @Test
    void aTemporaryTopicWorksAsReplyToAcrossComputers() throws JMSException {
        String slot = unique("ask");
        Session server = session(java2);
        MessageConsumer requests = server.createConsumer(server.createQueue(slot));
        Session client = session(java1);
        jakarta.jms.TemporaryTopic replies = client.createTemporaryTopic();
        MessageConsumer first = client.createConsumer(replies);
        MessageConsumer second = client.createConsumer(replies);
        Message request = client.createTextMessage("who is there?");
        request.setJMSReplyTo(replies);
        client.createProducer(client.createQueue("\\\\JAVA2\\mailslot\\" + slot)).send(request);
        Message received = requests.receive(5_000);
        server.createProducer(received.getJMSReplyTo()).send(server.createTextMessage("JAVA2"));
        assertThat(((TextMessage) first.receive(5_000)).getText()).isEqualTo("JAVA2");
        assertThat(((TextMessage) second.receive(5_000)).getText()).isEqualTo("JAVA2");
    }

    @Test
    void selectorsApplyToMessagesFromTheNetwork() throws JMSException {
        String slot = unique("sel");
        Session receiver = session(java2);
        MessageConsumer blue = receiver.createConsumer(receiver.createQueue(slot), "color = 'blue'");
        Session sender = session(java1);
        MessageProducer producer = sender.createProducer(sender.createQueue("\\\\JAVA2\\mailslot\\" + slot));
        for (String color : new String[] {"red", "blue"}) {
            Message message = sender.createTextMessage(color);
            message.setStringProperty("color", color);
            producer.send(message);
        }
        assertThat(((TextMessage) blue.receive(5_000)).getText()).isEqualTo("blue");
        MessageConsumer rest = receiver.createConsumer(receiver.createQueue(slot));
        assertThat(((TextMessage) rest.receive(5_000)).getText()).isEqualTo("red");
    }

    @Test
    void aWindowsRawDatagramArrivesAsABytesMessageWithItsOrigin() throws Exception {
        String slot = unique("win");
        Session receiver = session(java2);
        MessageConsumer consumer = receiver.createConsumer(receiver.createQueue(slot));
        byte[] body = "status=ok\r\n".getBytes(StandardCharsets.US_ASCII);
        MailslotDatagram datagram = new MailslotDatagram(DatagramType.DIRECT_UNIQUE, NodeType.B, 0x1234,
                0x7f00001e, 138, NetbiosName.of("WINPC", 0), NetbiosName.of("JAVA2", 0),
                "\\MAILSLOT\\" + slot.toUpperCase(), 0, body);
        try (DatagramChannel windows = DatagramChannel.open()) {
            windows.bind(new InetSocketAddress(LoopbackHosts.loopback(30), 0));
            windows.send(ByteBuffer.wrap(MailslotCodec.windows().encode(datagram)),
                    new InetSocketAddress(LoopbackHosts.loopback(22), port));
        }
        BytesMessage received = (BytesMessage) consumer.receive(5_000);
        byte[] got = new byte[(int) received.getBodyLength()];
        received.readBytes(got);
        assertThat(got).isEqualTo(body);
        assertThat(received.getStringProperty(RawPayload.SOURCE_COMPUTER)).isEqualTo("WINPC");
        assertThat(received.getStringProperty(RawPayload.SOURCE_ADDRESS)).startsWith("127.0.0.30:");
        assertThat(received.getStringProperty(RawPayload.SLOT)).as("the name as the writer spelled it on the wire")
                .isEqualTo("\\MAILSLOT\\" + slot.toUpperCase());
        assertThat(received.getJMSMessageID()).isNull();
    }

    @Test
    void rawPayloadSendsOnlyTheBodyForWindowsReaders() throws Exception {
        MailslotConnectionFactory raw = factory("mailslot://127.0.0.24:" + port + "?computerName=JAVA4"
                + "&broadcast=127.255.255.255&nameLookup=none&names=JAVA2=127.0.0.22&jms.payload=raw");
        String slot = unique("plain");
        Session receiver = session(java2);
        MessageConsumer consumer = receiver.createConsumer(receiver.createQueue(slot));
        Session sender = session(raw);
        sender.createProducer(sender.createQueue("\\\\JAVA2\\mailslot\\" + slot))
                .send(sender.createTextMessage("plain text"));
        BytesMessage received = (BytesMessage) consumer.receive(5_000);
        byte[] got = new byte[(int) received.getBodyLength()];
        received.readBytes(got);
        assertThat(new String(got, StandardCharsets.UTF_8)).isEqualTo("plain text");
        assertThat(received.getStringProperty(RawPayload.SOURCE_COMPUTER)).isEqualTo("JAVA4");
    }

    @Test
    void aPayloadSuffixSendsRawToThatDestinationOnlyWhileTheFactorySendsEnvelopes() throws Exception {
        String slot = unique("plc");
        Session receiver = session(java2);
        MessageConsumer consumer = receiver.createConsumer(receiver.createQueue(slot));
        Session sender = session(java1);
        Queue raw = sender.createQueue("\\\\JAVA2\\mailslot\\" + slot + "?payload=raw");
        Queue enveloped = sender.createQueue("\\\\JAVA2\\mailslot\\" + slot);
        TextMessage command = sender.createTextMessage("START 7");
        command.setStringProperty("operator", "ann");

        sender.createProducer(raw).send(command);
        BytesMessage plain = (BytesMessage) consumer.receive(5_000);
        byte[] got = new byte[(int) plain.getBodyLength()];
        plain.readBytes(got);
        assertThat(new String(got, StandardCharsets.UTF_8)).isEqualTo("START 7");
        assertThat(plain.propertyExists("operator")).as("raw carries the body only").isFalse();
        assertThat(plain.getStringProperty(RawPayload.SOURCE_COMPUTER)).isEqualTo("JAVA1");

        sender.createProducer(enveloped).send(command);
        TextMessage full = (TextMessage) consumer.receive(5_000);
        assertThat(full.getText()).isEqualTo("START 7");
        assertThat(full.getStringProperty("operator")).isEqualTo("ann");
        assertThat(raw.getQueueName()).endsWith("?payload=raw");
        assertThatThrownBy(() -> sender.createQueue(slot + "?payload=binary"))
                .isInstanceOf(InvalidDestinationException.class).hasMessageContaining("jms")
                .hasMessageContaining("raw");
    }

    @Test
    void transactedSendsCrossTheNetworkOnlyOnCommit() throws JMSException {
        String slot = unique("tx");
        Session receiver = session(java2);
        MessageConsumer consumer = receiver.createConsumer(receiver.createQueue(slot));
        Connection connection = java1.createConnection();
        connections.add(connection);
        Session transacted = connection.createSession(Session.SESSION_TRANSACTED);
        MessageProducer producer = transacted.createProducer(transacted.createQueue("\\\\JAVA2\\mailslot\\" + slot));
        producer.send(transacted.createTextMessage("rolled back"));
        transacted.rollback();
        producer.send(transacted.createTextMessage("committed"));
        producer.send(transacted.createTextMessage("not yet"));
        // The uncommitted sends must not be on the wire: the first thing to arrive is a marker sent outside the
        // transaction after them.
        Session plain = session(java1);
        plain.createProducer(plain.createQueue("\\\\JAVA2\\mailslot\\" + slot)).send(plain.createTextMessage("marker"));
        assertThat(((TextMessage) consumer.receive(5_000)).getText()).isEqualTo("marker");
        transacted.commit();
        assertThat(((TextMessage) consumer.receive(5_000)).getText()).isEqualTo("committed");
        assertThat(((TextMessage) consumer.receive(5_000)).getText()).isEqualTo("not yet");
        plain.createProducer(plain.createQueue("\\\\JAVA2\\mailslot\\" + slot)).send(plain.createTextMessage("end"));
        assertThat(((TextMessage) consumer.receive(5_000)).getText()).as("the rolled-back send never comes")
                .isEqualTo("end");
    }

    @Test
    void deliveryDelayAndPriorityHoldAcrossTheNetwork() throws JMSException {
        String slot = unique("delay");
        Session receiver = session(java2);
        MessageConsumer consumer = receiver.createConsumer(receiver.createQueue(slot));
        Session sender = session(java1);
        MessageProducer producer = sender.createProducer(sender.createQueue("\\\\JAVA2\\mailslot\\" + slot));
        producer.setDeliveryDelay(300);
        TextMessage delayed = sender.createTextMessage("delayed");
        producer.send(delayed);
        Message received = consumer.receive(5_000);
        assertThat(System.currentTimeMillis()).isGreaterThanOrEqualTo(delayed.getJMSDeliveryTime());
        assertThat(received.getJMSDeliveryTime()).isEqualTo(delayed.getJMSDeliveryTime());
    }

    @Test
    void aDurableSubscriptionCollectsBroadcastsFromOtherComputers() throws JMSException {
        String slot = unique("audit");
        Connection connection = java2.createConnection();
        connections.add(connection);
        connection.setClientID("auditor");
        connection.start();
        Session receiver = connection.createSession();
        Topic topic = receiver.createTopic(slot);
        receiver.createDurableConsumer(topic, "audit").close();
        Session sender = session(java1);
        sender.createProducer(sender.createTopic(slot)).send(sender.createTextMessage("kept for the auditor"));
        MessageConsumer again = receiver.createDurableConsumer(topic, "audit");
        assertThat(((TextMessage) again.receive(5_000)).getText()).isEqualTo("kept for the auditor");
    }

    /** A class outside the default allow-list: receivers must refuse to deserialise it. */
    record Order(String item) implements java.io.Serializable {
    }

    @Test
    void anObjectMessageOfAClassOutsideTheAllowListIsRefusedOnReceipt() throws JMSException {
        String slot = unique("obj");
        Session receiver = session(java2);
        MessageConsumer consumer = receiver.createConsumer(receiver.createQueue(slot));
        Session sender = session(java1);
        sender.createProducer(sender.createQueue("\\\\JAVA2\\mailslot\\" + slot))
                .send(sender.createObjectMessage(new Order("widget")));
        ObjectMessage received = (ObjectMessage) consumer.receive(5_000);
        assertThatThrownBy(received::getObject)
                .isInstanceOf(JMSException.class)
                .hasMessageContaining(Order.class.getName())
                .hasMessageContaining("jms.deserializationAllowList");
    }

    @Test
    void anOversizeBroadcastFailsAtSendNamingTheLimit() throws JMSException {
        Session sender = session(java1);
        Topic topic = sender.createTopic(unique("big"));
        MessageProducer producer = sender.createProducer(topic);
        // min(424, 432 - roundup4(n)): the slot path has 9 characters here, so the SMB's 512 bytes leave 420.
        int limit = Math.min(424, 432 - ((topic.getTopicName().length() + 3) & ~3));
        assertThatThrownBy(() -> producer.send(sender.createTextMessage("x".repeat(500))))
                .isInstanceOf(MessageFormatException.class)
                .hasMessageContaining("carry at most " + limit);
    }

    @Test
    void anUnknownComputerIsAnInvalidDestination() throws JMSException {
        Session sender = session(java1);
        MessageProducer producer = sender.createProducer(sender.createQueue("\\\\NOSUCHHOST\\mailslot\\x"));
        assertThatThrownBy(() -> producer.send(sender.createTextMessage("lost")))
                .isInstanceOf(InvalidDestinationException.class)
                .hasMessageContaining("NOSUCHHOST");
    }
}
