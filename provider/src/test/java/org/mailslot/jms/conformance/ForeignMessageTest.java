package org.mailslot.jms.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.ObjectMessage;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import jakarta.jms.StreamMessage;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Jakarta Messaging 3.1 §3.12 (provider implementations of JMS message interfaces): "a provider must be prepared
 * to accept, from a client, a message whose implementation is not one of its own", and it may read it only through
 * the JMS interfaces. Each of the five body types, from {@link ForeignMessages}, whose newer {@code getBody} refuses.
 */
@DisplayName("§3.12 messages of another provider")
class ForeignMessageTest extends JmsTestSupport {

    private Session session;
    private MessageProducer producer;
    private MessageConsumer consumer;

    @BeforeEach
    void open() throws JMSException {
        session = startedConnection().createSession();
        Queue queue = session.createQueue(unique("foreign"));
        producer = session.createProducer(queue);
        consumer = session.createConsumer(queue);
    }

    private Message roundTrip(Message foreign) throws JMSException {
        foreign.setStringProperty("origin", "elsewhere");
        producer.send(foreign);
        Message received = consumer.receive(5_000);
        assertThat(received).isNotNull();
        assertThat(received.getStringProperty("origin")).isEqualTo("elsewhere");
        assertThat(received.getJMSMessageID()).isEqualTo(foreign.getJMSMessageID()).startsWith("ID:");
        return received;
    }

    @Test
    @DisplayName("BytesMessage, still in write mode, is read with reset() and readBytes")
    void bytesMessage() throws Exception {
        ForeignMessages.Bytes foreign = new ForeignMessages.Bytes();
        foreign.writeInt(0xCAFE);
        foreign.writeUTF("héllo");
        byte[] big = new byte[20_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) i;
        }
        foreign.writeBytes(big);

        BytesMessage received = (BytesMessage) roundTrip(foreign);

        assertThat(received.readInt()).isEqualTo(0xCAFE);
        assertThat(received.readUTF()).isEqualTo("héllo");
        byte[] rest = new byte[big.length];
        assertThat(received.readBytes(rest)).isEqualTo(big.length);
        assertThat(rest).isEqualTo(big);
        assertThat(received.readBytes(new byte[1])).isEqualTo(-1);
    }

    @Test
    @DisplayName("StreamMessage is read item by item after reset()")
    void streamMessage() throws Exception {
        ForeignMessages.Stream foreign = new ForeignMessages.Stream();
        foreign.writeString("a");
        foreign.writeInt(7);
        foreign.writeBoolean(true);
        foreign.writeBytes(new byte[] {1, 2, 3});
        foreign.writeDouble(2.5);

        StreamMessage received = (StreamMessage) roundTrip(foreign);

        assertThat(received.readString()).isEqualTo("a");
        assertThat(received.readInt()).isEqualTo(7);
        assertThat(received.readBoolean()).isTrue();
        assertThat(received.readObject()).isEqualTo(new byte[] {1, 2, 3});
        assertThat(received.readDouble()).isEqualTo(2.5);
    }

    @Test
    @DisplayName("MapMessage is read by getMapNames and getObject")
    void mapMessage() throws Exception {
        ForeignMessages.Mapped foreign = new ForeignMessages.Mapped();
        foreign.setString("name", "widget");
        foreign.setLong("count", 12L);
        foreign.setBytes("raw", new byte[] {9, 8});
        foreign.setChar("grade", 'A');

        MapMessage received = (MapMessage) roundTrip(foreign);

        List<Object> names = new ArrayList<>();
        ((Enumeration<?>) received.getMapNames()).asIterator().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder("name", "count", "raw", "grade");
        assertThat(received.getString("name")).isEqualTo("widget");
        assertThat(received.getLong("count")).isEqualTo(12L);
        assertThat(received.getBytes("raw")).isEqualTo(new byte[] {9, 8});
        assertThat(received.getChar("grade")).isEqualTo('A');
    }

    @Test
    @DisplayName("TextMessage is read by getText")
    void textMessage() throws Exception {
        TextMessage received = (TextMessage) roundTrip(new ForeignMessages.Text("from afar"));
        assertThat(received.getText()).isEqualTo("from afar");
    }

    @Test
    @DisplayName("ObjectMessage is read by getObject")
    void objectMessage() throws Exception {
        ObjectMessage received = (ObjectMessage) roundTrip(new ForeignMessages.Objects(new ArrayList<>(
                List.of("x", 1))));
        assertThat(received.getObject()).isEqualTo(List.of("x", 1));
    }

    @Test
    @DisplayName("a plain Message carries headers and properties")
    void plainMessage() throws Exception {
        ForeignMessages.Plain foreign = new ForeignMessages.Plain();
        foreign.setJMSCorrelationID("corr-1");
        foreign.setJMSType("ping");
        Message received = roundTrip(foreign);
        assertThat(received.getJMSCorrelationID()).isEqualTo("corr-1");
        assertThat(received.getJMSType()).isEqualTo("ping");
    }

    @Test
    @DisplayName("inside a transaction the body is copied at send time")
    void transactedSendCopiesAtSend() throws Exception {
        Session transacted = startedConnection().createSession(Session.SESSION_TRANSACTED);
        Queue queue = transacted.createQueue(unique("foreign"));
        ForeignMessages.Bytes foreign = new ForeignMessages.Bytes();
        foreign.writeBytes(new byte[] {4, 5, 6});
        transacted.createProducer(queue).send(foreign);
        transacted.commit();

        BytesMessage received = (BytesMessage) transacted.createConsumer(queue).receive(5_000);
        transacted.commit();
        assertThat(received.getBodyLength()).isEqualTo(3);
        assertThat(received.getBody(byte[].class)).isEqualTo(new byte[] {4, 5, 6});
    }
}
