package org.mailslot.jms.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.MessageFormatException;
import jakarta.jms.TextMessage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mailslot.jms.message.MailslotBytesMessage;
import org.mailslot.jms.message.MailslotMapMessage;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MailslotObjectMessage;
import org.mailslot.jms.message.MailslotStreamMessage;
import org.mailslot.jms.message.MailslotTextMessage;

/** DESIGN §5 raw payloads: exactly the body bytes, with the origin as properties on receipt. */
class RawPayloadTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final RawOrigin ORIGIN = new RawOrigin("HOSTA",
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 138), "\\MAILSLOT\\TEST");

    @Test
    void receivedDatagramIsABytesMessageWithOriginProperties() throws JMSException {
        byte[] datagram = {9, 'h', 'e', 'l', 'l', 'o', 9};
        MailslotMessage message = new RawPayload(StandardCharsets.UTF_8, false).toMessage(datagram, 1, 5, ORIGIN);

        assertThat(message).isInstanceOf(BytesMessage.class);
        message.makeReadOnly();
        BytesMessage bytes = (BytesMessage) message;
        assertThat(bytes.getBodyLength()).isEqualTo(5);
        assertThat(bytes.getBody(byte[].class)).isEqualTo("hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(message.getStringProperty(RawPayload.SOURCE_COMPUTER)).isEqualTo("HOSTA");
        assertThat(message.getStringProperty(RawPayload.SOURCE_ADDRESS)).isEqualTo("127.0.0.1:138");
        assertThat(message.getStringProperty(RawPayload.SLOT)).isEqualTo("\\MAILSLOT\\TEST");
    }

    @Test
    void configuredCharsetDeliversTextMessages() throws JMSException {
        RawPayload raw = new RawPayload(WINDOWS_1252, true);
        byte[] datagram = {'G', 'r', (byte) 0xFC, (byte) 0xDF, 'e', ' ', (byte) 0x80};
        MailslotMessage message = raw.toMessage(datagram, 0, datagram.length, ORIGIN);
        assertThat(((TextMessage) message).getText()).isEqualTo("Grüße €");
    }

    @Test
    void bytesInvalidInTheCharsetStayABytesMessageSoNothingIsLost() throws JMSException {
        RawPayload raw = new RawPayload(StandardCharsets.UTF_8, true);
        byte[] datagram = {'a', (byte) 0xC3, '(', 'b'};
        MailslotMessage message = raw.toMessage(datagram, 0, datagram.length, ORIGIN);
        assertThat(message).isInstanceOf(MailslotBytesMessage.class);
        assertThat(((MailslotBytesMessage) message).bodyBytes()).isEqualTo(datagram);
        assertThat(message.getStringProperty(RawPayload.SLOT)).isEqualTo("\\MAILSLOT\\TEST");
    }

    @Test
    void unknownOriginPartsAreLeftOut() throws JMSException {
        MailslotMessage message = new RawPayload(StandardCharsets.UTF_8, false)
                .toMessage(new byte[0], 0, 0, new RawOrigin(null, null, "\\MAILSLOT\\X"));
        assertThat(message.propertyExists(RawPayload.SOURCE_COMPUTER)).isFalse();
        assertThat(message.propertyExists(RawPayload.SOURCE_ADDRESS)).isFalse();
        assertThat(message.getStringProperty(RawPayload.SLOT)).isEqualTo("\\MAILSLOT\\X");
    }

    @Test
    void sendingWritesOnlyTheBody() throws JMSException {
        RawPayload raw = new RawPayload(WINDOWS_1252, false);
        MailslotTextMessage text = new MailslotTextMessage("Grüße");
        text.setStringProperty("ignored", "not on the wire");
        text.setJMSMessageID("ID:x");
        assertThat(raw.toBytes(text)).containsExactly('G', 'r', 0xFC, 0xDF, 'e');
        assertThat(raw.toBytes(new MailslotTextMessage())).isEmpty();

        MailslotBytesMessage bytes = new MailslotBytesMessage();
        bytes.writeBytes(new byte[] {1, 2, 3});
        assertThat(raw.toBytes(bytes)).containsExactly(1, 2, 3);

        BytesMessage foreign = mock(BytesMessage.class);
        when(foreign.getBody(byte[].class)).thenReturn(new byte[] {4});
        assertThat(raw.toBytes(foreign)).containsExactly(4);
    }

    @Test
    void textTheCharsetCannotHoldIsRefused() {
        RawPayload raw = new RawPayload(StandardCharsets.US_ASCII, false);
        assertThatThrownBy(() -> raw.toBytes(new MailslotTextMessage("café")))
                .isInstanceOf(MessageFormatException.class).hasMessageContaining("US-ASCII");
    }

    @Test
    void otherBodyKindsCannotBeSentRaw() {
        RawPayload raw = new RawPayload(StandardCharsets.UTF_8, false);
        for (MailslotMessage message : new MailslotMessage[] {new MailslotMapMessage(), new MailslotStreamMessage(),
                new MailslotObjectMessage(), new MailslotMessage()}) {
            assertThatThrownBy(() -> raw.toBytes(message)).isInstanceOf(MessageFormatException.class)
                    .hasMessageContaining("TextMessage or BytesMessage")
                    .hasMessageContaining("jms payload format");
        }
        assertThatThrownBy(() -> raw.toBytes(new MailslotMapMessage())).hasMessageContaining("MapMessage");
    }

    @Test
    void payloadFormatOptionParses() {
        assertThat(PayloadFormat.parse(" Raw ")).isEqualTo(PayloadFormat.RAW);
        assertThat(PayloadFormat.parse("jms")).isEqualTo(PayloadFormat.JMS);
        assertThatThrownBy(() -> PayloadFormat.parse("xml")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jms or raw");
    }
}
