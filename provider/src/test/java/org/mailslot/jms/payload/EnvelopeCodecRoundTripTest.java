package org.mailslot.jms.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.MailslotDestinations;
import org.mailslot.jms.MailslotTemporaryQueue;
import org.mailslot.jms.MailslotTemporaryTopic;
import org.mailslot.jms.message.MailslotBytesMessage;
import org.mailslot.jms.message.MailslotMapMessage;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MailslotObjectMessage;
import org.mailslot.jms.message.MailslotStreamMessage;
import org.mailslot.jms.message.MailslotTextMessage;
import org.mailslot.jms.message.MessageIdGenerator;

/** Every header, property type and body kind survives encode then decode. */
class EnvelopeCodecRoundTripTest {

    @Test
    void allHeadersRoundTrip() throws Exception {
        MailslotMessage message = new MailslotMessage();
        message.setJMSMessageID("ID:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
        message.setJMSTimestamp(1_764_031_200_123L);
        message.setJMSCorrelationID("request-17");
        message.setJMSReplyTo(MailslotDestinations.parseQueue("\\\\HOSTA\\mailslot\\replies"));
        message.setJMSType("order.created");
        message.setJMSExpiration(1_764_031_260_123L);
        message.setJMSDeliveryTime(1_764_031_205_000L);
        message.setJMSPriority(9);
        message.setJMSDeliveryMode(DeliveryMode.NON_PERSISTENT);
        message.setJMSRedelivered(true);

        MailslotMessage decoded = roundTrip(message);

        assertThat(decoded.getClass()).isEqualTo(MailslotMessage.class);
        assertThat(decoded.getJMSMessageID()).isEqualTo(message.getJMSMessageID());
        assertThat(decoded.getJMSTimestamp()).isEqualTo(message.getJMSTimestamp());
        assertThat(decoded.getJMSCorrelationID()).isEqualTo("request-17");
        assertThat(decoded.hasBinaryCorrelationId()).isFalse();
        assertThat(decoded.getJMSReplyTo()).isEqualTo(message.getJMSReplyTo());
        assertThat(decoded.getJMSType()).isEqualTo("order.created");
        assertThat(decoded.getJMSExpiration()).isEqualTo(message.getJMSExpiration());
        assertThat(decoded.getJMSDeliveryTime()).isEqualTo(message.getJMSDeliveryTime());
        assertThat(decoded.getJMSPriority()).isEqualTo(9);
        assertThat(decoded.getJMSDeliveryMode()).isEqualTo(DeliveryMode.NON_PERSISTENT);
        assertThat(decoded.getJMSRedelivered()).as("not carried: each delivery sets it").isFalse();
        assertThat(decoded.getJMSDestination()).as("not carried: the receiver knows it").isNull();
    }

    @Test
    void absentHeadersStayAbsent() throws Exception {
        MailslotMessage decoded = roundTrip(new MailslotMessage());
        assertThat(decoded.getJMSMessageID()).isNull();
        assertThat(decoded.getJMSTimestamp()).isZero();
        assertThat(decoded.getJMSCorrelationID()).isNull();
        assertThat(decoded.getJMSReplyTo()).isNull();
        assertThat(decoded.getJMSType()).isNull();
        assertThat(decoded.getJMSExpiration()).isZero();
        assertThat(decoded.getJMSDeliveryTime()).isZero();
        assertThat(decoded.getJMSPriority()).isEqualTo(4);
        assertThat(decoded.getJMSDeliveryMode()).isEqualTo(DeliveryMode.PERSISTENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ID:short", "ID:0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0", "no-prefix", "ID:", "ID:ü"})
    void messageIdsOfEveryFormRoundTripExactly(String id) throws Exception {
        MailslotMessage message = new MailslotMessage();
        message.setJMSMessageID(id);
        assertThat(roundTrip(message).getJMSMessageID()).isEqualTo(id);
    }

    @Test
    void uuidMessageIdTakesSixteenBytes() throws Exception {
        MailslotMessage message = new MailslotMessage();
        int without = EnvelopeCodec.encode(message).length;
        message.setJMSMessageID("ID:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
        assertThat(EnvelopeCodec.encode(message).length - without).isEqualTo(16);
    }

    @Test
    void aGeneratedIdEncodesAsItsTextWouldAndArrivesAsTheSameText() throws Exception {
        MailslotMessage generated = new MailslotMessage();
        new MessageIdGenerator(0x0f1e2d3c4b5a6978L, 0x8796a5b4c3d2e1f0L).assignNext(generated);
        MailslotMessage textual = new MailslotMessage();
        textual.setJMSMessageID("ID:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");

        assertThat(EnvelopeCodec.encode(generated)).isEqualTo(EnvelopeCodec.encode(textual));
        MailslotMessage decoded = roundTrip(generated);
        assertThat(decoded.hasUuidMessageId()).isTrue();
        assertThat(decoded.getJMSMessageID()).isEqualTo("ID:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
        assertThat(generated.getJMSMessageID()).isEqualTo(decoded.getJMSMessageID());
        decoded.setJMSMessageID("ID:mine");
        assertThat(decoded.hasUuidMessageId()).isFalse();
        assertThat(roundTrip(decoded).getJMSMessageID()).isEqualTo("ID:mine");
    }

    @Test
    void eachEncodingIsItsOwnArrayThoughTheWriterIsReused() throws Exception {
        byte[] first = EnvelopeCodec.encode(new MailslotTextMessage("first"));
        byte[] firstAgain = first.clone();
        byte[] huge = EnvelopeCodec.encode(new MailslotTextMessage("h".repeat(100_000)));
        byte[] second = EnvelopeCodec.encode(new MailslotTextMessage("second"));

        assertThat(first).isEqualTo(firstAgain);
        assertThat(((MailslotTextMessage) EnvelopeCodec.decode(huge)).getText()).hasSize(100_000);
        assertThat(((MailslotTextMessage) EnvelopeCodec.decode(second)).getText()).isEqualTo("second");
        assertThat(((MailslotTextMessage) EnvelopeCodec.decode(first)).getText()).isEqualTo("first");
    }

    @Test
    void binaryCorrelationIdAndExpiryWithoutTimestamp() throws Exception {
        MailslotMessage message = new MailslotMessage();
        message.setJMSCorrelationIDAsBytes(new byte[] {0, (byte) 0xFF, 7});
        message.setJMSExpiration(5_000L);
        MailslotMessage decoded = roundTrip(message);
        assertThat(decoded.hasBinaryCorrelationId()).isTrue();
        assertThat(decoded.getJMSCorrelationIDAsBytes()).containsExactly(0, 0xFF, 7);
        assertThat(decoded.getJMSExpiration()).isEqualTo(5_000L);
        assertThat(decoded.getJMSTimestamp()).isZero();
    }

    @Test
    void replyToOfEveryKind() throws Exception {
        for (MailslotDestination replyTo : List.of(MailslotDestinations.parseQueue("q"),
                MailslotDestinations.parseTopic("t"),
                new MailslotTemporaryQueue("\\\\HOSTA\\mailslot\\temp\\1", "c", d -> { }),
                new MailslotTemporaryTopic("\\\\HOSTA\\mailslot\\temp\\2", "c", d -> { }))) {
            MailslotMessage message = new MailslotMessage();
            message.setJMSReplyTo(replyTo);
            MailslotDestination decoded = (MailslotDestination) roundTrip(message).getJMSReplyTo();
            assertThat(decoded).isEqualTo(replyTo);
            assertThat(decoded.getClass()).isEqualTo(replyTo.getClass());
        }
    }

    @Test
    void propertiesOfEveryTypeKeepTypeValueAndOrder() throws Exception {
        MailslotMessage message = new MailslotMessage();
        message.setBooleanProperty("t", true);
        message.setBooleanProperty("f", false);
        message.setByteProperty("b", Byte.MIN_VALUE);
        message.setShortProperty("s", Short.MIN_VALUE);
        message.setIntProperty("i", Integer.MIN_VALUE);
        message.setLongProperty("l", Long.MAX_VALUE);
        message.setFloatProperty("fl", Float.NaN);
        message.setDoubleProperty("d", -0.0d);
        message.setStringProperty("str", "grüße \uD83D\uDE00");
        message.setStringProperty("empty", "");
        message.setObjectProperty("nul", null);
        message.setIntProperty("JMSXGroupSeq", 3);

        MailslotMessage decoded = roundTrip(message);

        assertThat(decoded.properties()).containsExactlyEntriesOf(message.properties());
        assertThat(decoded.getObjectProperty("s")).isInstanceOf(Short.class);
        assertThat(decoded.getObjectProperty("b")).isInstanceOf(Byte.class);
    }

    @Test
    void textBodiesIncludingNullAndEmpty() throws Exception {
        for (String text : new String[] {"hello", "", null, "ümlaut \u20AC \uD83D\uDE00", "x".repeat(5000)}) {
            MailslotTextMessage decoded = (MailslotTextMessage) roundTrip(new MailslotTextMessage(text));
            assertThat(decoded.getText()).isEqualTo(text);
        }
    }

    @Test
    void bytesBodyInEitherModeAndEmpty() throws Exception {
        MailslotBytesMessage message = new MailslotBytesMessage();
        assertThat(((MailslotBytesMessage) roundTrip(message)).bodyBytes()).isEmpty();
        message.writeInt(0xCAFEBABE);
        message.writeUTF("x");
        assertThat(((MailslotBytesMessage) roundTrip(message)).bodyBytes()).isEqualTo(message.bodyBytes());
        message.reset();
        MailslotBytesMessage decoded = (MailslotBytesMessage) roundTrip(message);
        decoded.reset();
        assertThat(decoded.readInt()).isEqualTo(0xCAFEBABE);
        assertThat(decoded.readUTF()).isEqualTo("x");
    }

    @Test
    void mapBodyWithEveryValueType() throws Exception {
        MailslotMapMessage message = new MailslotMapMessage();
        message.setBoolean("bool", true);
        message.setByte("byte", (byte) 1);
        message.setShort("short", (short) -2);
        message.setChar("char", '\u20AC');
        message.setInt("int", 3);
        message.setLong("long", -4L);
        message.setFloat("float", 5.5f);
        message.setDouble("double", 6.25d);
        message.setString("string", "seven");
        message.setBytes("bytes", new byte[] {8, 9});
        message.setObject("null", null);

        MailslotMapMessage decoded = (MailslotMapMessage) roundTrip(message);

        assertThat(decoded.entries().keySet()).containsExactlyElementsOf(message.entries().keySet());
        assertThat(decoded.getChar("char")).isEqualTo('\u20AC');
        assertThat(decoded.getBytes("bytes")).containsExactly(8, 9);
        assertThat(decoded.getObject("short")).isEqualTo((short) -2);
        assertThat(decoded.getObject("null")).isNull();
        assertThat(decoded.itemExists("null")).isTrue();
    }

    @Test
    void streamBodyWithEveryValueType() throws Exception {
        MailslotStreamMessage message = new MailslotStreamMessage();
        List<Object> values = new ArrayList<>(List.of(true, (byte) 1, (short) 2, 'c', 3, 4L, 5f, 6d, "s"));
        values.add(null);
        for (Object value : values) {
            message.writeObject(value);
        }
        message.writeBytes(new byte[] {7});

        MailslotStreamMessage decoded = (MailslotStreamMessage) roundTrip(message);

        assertThat(decoded.items()).hasSize(values.size() + 1).startsWith(values.toArray());
        decoded.reset();
        for (Object value : values) {
            assertThat(decoded.readObject()).isEqualTo(value);
        }
        assertThat((byte[]) decoded.readObject()).containsExactly(7);
    }

    @Test
    void objectBodiesIncludingNull() throws Exception {
        MailslotObjectMessage message = new MailslotObjectMessage();
        assertThat(((MailslotObjectMessage) roundTrip(message)).getObject()).isNull();
        message.setObject(new ArrayList<>(List.of(1, "two")));
        assertThat(((MailslotObjectMessage) roundTrip(message)).getObject()).isEqualTo(List.of(1, "two"));
    }

    @Test
    void outOfRangeHeadersCannotBeEncoded() {
        MailslotMessage priority = new MailslotMessage();
        priority.setJMSPriority(10);
        assertThatThrownBy(() -> EnvelopeCodec.encode(priority)).isInstanceOf(MessageFormatException.class)
                .hasMessageContaining("0..9");
        MailslotMessage mode = new MailslotMessage();
        mode.setJMSDeliveryMode(3);
        assertThatThrownBy(() -> EnvelopeCodec.encode(mode)).isInstanceOf(MessageFormatException.class);
    }

    @Test
    void encodingDoesNotChangeTheMessage() throws Exception {
        MailslotStreamMessage message = new MailslotStreamMessage();
        message.writeInt(1);
        message.reset();
        EnvelopeCodec.encode(message);
        assertThat(message.readInt()).isEqualTo(1);
        TextMessage text = new MailslotTextMessage("t");
        assertThat(EnvelopeCodec.encode(text)).isEqualTo(EnvelopeCodec.encode(text));
    }

    static MailslotMessage roundTrip(MailslotMessage message) throws JMSException, EnvelopeFormatException {
        byte[] encoded = EnvelopeCodec.encode(message);
        byte[] framed = new byte[encoded.length + 7];
        System.arraycopy(encoded, 0, framed, 3, encoded.length);
        return EnvelopeCodec.decode(framed, 3, encoded.length);
    }
}
