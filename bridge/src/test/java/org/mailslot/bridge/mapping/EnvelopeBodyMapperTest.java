package org.mailslot.bridge.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;
import org.mailslot.bridge.testing.Datagrams;
import org.mailslot.jms.message.MailslotTextMessage;
import org.mailslot.jms.payload.EnvelopeCodec;
import org.mailslot.wire.MailslotDatagram;

class EnvelopeBodyMapperTest {

    private final EnvelopeBodyMapper mapper = new EnvelopeBodyMapper();

    @Test
    void envelopeBecomesTheMessageItEncodes() throws Exception {
        MailslotTextMessage sent = new MailslotTextMessage("hello");
        sent.setStringProperty("customer", "acme");

        MappedBody body = mapper.map(withData(EnvelopeCodec.encode(sent)));

        assertThat(body).isInstanceOf(MappedBody.JmsEnvelope.class);
        TextMessage message = (TextMessage) ((MappedBody.JmsEnvelope) body).message();
        assertThat(message.getText()).isEqualTo("hello");
        assertThat(message.getStringProperty("customer")).isEqualTo("acme");
    }

    @Test
    void otherDataStaysRawBytes() {
        assertThat(mapper.map(Datagrams.unique("\\MAILSLOT\\A", 1, "plain")))
                .isInstanceOfSatisfying(MappedBody.RawBytes.class,
                        raw -> assertThat(new String(raw.bytes())).isEqualTo("plain"));
    }

    @Test
    void brokenEnvelopeIsForwardedAsBytesWithTheReason() {
        byte[] data = {(byte) 0xE5, 0x4D, 99, 1};

        assertThat(mapper.map(withData(data))).isInstanceOfSatisfying(MappedBody.UnreadableEnvelope.class, e -> {
            assertThat(e.bytes()).containsExactly(data);
            assertThat(e.error()).contains("version");
        });
    }

    private static MailslotDatagram withData(byte[] data) {
        MailslotDatagram d = Datagrams.unique("\\MAILSLOT\\A", 1, "");
        return new MailslotDatagram(d.type(), d.nodeType(), d.datagramId(), d.sourceIp(), d.sourcePort(), d.source(),
                d.destination(), d.mailslotName(), d.priority(), data);
    }
}
