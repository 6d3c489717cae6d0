package org.mailslot.jms.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.JMSException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mailslot.jms.message.MailslotBytesMessage;
import org.mailslot.jms.message.MailslotMapMessage;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MailslotTextMessage;

/** Receivers recognise both payload forms (DESIGN §5). */
class PayloadDecoderTest {

    private static final RawOrigin ORIGIN = new RawOrigin("HOSTA", null, "\\MAILSLOT\\TEST");
    private final PayloadDecoder decoder = new PayloadDecoder(new RawPayload(StandardCharsets.UTF_8, false));

    @Test
    void envelopesAreDecodedAsEnvelopes() throws Exception {
        MailslotMapMessage sent = new MailslotMapMessage();
        sent.setInt("n", 1);
        sent.setStringProperty("p", "v");
        byte[] datagram = EnvelopeCodec.encode(sent);

        assertThat(PayloadDecoder.detect(datagram, 0, datagram.length)).isEqualTo(PayloadFormat.JMS);
        MailslotMessage received = decoder.decode(datagram, 0, datagram.length, ORIGIN);
        assertThat(received).isInstanceOf(MailslotMapMessage.class);
        assertThat(((MailslotMapMessage) received).getInt("n")).isEqualTo(1);
        assertThat(received.getStringProperty("p")).isEqualTo("v");
        assertThat(received.propertyExists(RawPayload.SOURCE_COMPUTER)).isFalse();
    }

    @Test
    void everythingElseIsRaw() throws Exception {
        for (String text : new String[] {"hello", "", "M", "\u00e5M"}) {
            byte[] datagram = text.getBytes(StandardCharsets.UTF_8);
            assertThat(PayloadDecoder.detect(datagram, 0, datagram.length)).isEqualTo(PayloadFormat.RAW);
            MailslotMessage received = decoder.decode(datagram, 0, datagram.length, ORIGIN);
            assertThat(((MailslotBytesMessage) received).bodyBytes()).isEqualTo(datagram);
            assertThat(received.getStringProperty(RawPayload.SOURCE_COMPUTER)).isEqualTo("HOSTA");
        }
    }

    @Test
    void rawTextThatStartsLikeAnEnvelopeIsRefusedNotMisread() throws JMSException {
        byte[] datagram = {(byte) 0xE5, 'M', 'a', 'i', 'l'};
        assertThat(PayloadDecoder.detect(datagram, 0, datagram.length)).isEqualTo(PayloadFormat.JMS);
        assertThatThrownBy(() -> decoder.decode(datagram, 0, datagram.length, ORIGIN))
                .isInstanceOf(EnvelopeFormatException.class)
                .extracting(e -> ((EnvelopeFormatException) e).reason())
                .isEqualTo(EnvelopeFormatException.Reason.UNSUPPORTED_VERSION);
        assertThat(new String(new RawPayload(StandardCharsets.ISO_8859_1, false)
                .toBytes(new MailslotTextMessage("x")), StandardCharsets.ISO_8859_1)).isEqualTo("x");
    }

    @Test
    void aReceiverThatInsistsOnRawGetsTheBytesEvenWhenTheyStartLikeAnEnvelope() throws Exception {
        byte[] datagram = {(byte) 0xE5, 'M', 'a', 'i', 'l'};

        MailslotMessage received = decoder.decode(datagram, 0, datagram.length, ORIGIN, PayloadFormat.RAW);

        assertThat(((MailslotBytesMessage) received).bodyBytes()).isEqualTo(datagram);
        assertThat(received.getStringProperty(RawPayload.SLOT)).isEqualTo("\\MAILSLOT\\TEST");
        byte[] envelope = EnvelopeCodec.encode(new MailslotTextMessage("typed"));
        assertThat(decoder.decode(envelope, 0, envelope.length, ORIGIN, PayloadFormat.RAW))
                .as("a real envelope is bytes too, for a raw receiver").isInstanceOf(MailslotBytesMessage.class);
        assertThat(decoder.decode(envelope, 0, envelope.length, ORIGIN, null))
                .as("no preference: recognised by its magic").isInstanceOf(MailslotTextMessage.class);
    }
}
