package org.mailslot.jms.payload;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.DeliveryMode;
import java.util.HexFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MailslotTextMessage;
import org.mailslot.jms.message.MessageIdGenerator;

/**
 * The envelope's exact size for the reference message of issue 4 (documented in docs/payload-format.md), and byte
 * vectors that pin the layout.
 */
class EnvelopeSizeTest {

    /** Windows' limit for a broadcast mailslot write. */
    private static final int GROUP_PAYLOAD_LIMIT = 424;

    @Test
    void textMessageOfHundredCharactersWithThreePropertiesTakes162Bytes() throws Exception {
        MailslotTextMessage message = referenceMessage();

        byte[] encoded = EnvelopeCodec.encode(message);

        // 5 fixed (magic, version, descriptor, flags) + 16 ID + 6 timestamp + 1 count + 34 properties + 100 body
        assertThat(encoded).hasSize(162);
        assertThat(encoded.length).isLessThanOrEqualTo(GROUP_PAYLOAD_LIMIT);
    }

    @Test
    void alternativesMeasuredInTheDocs() throws Exception {
        MailslotTextMessage textId = referenceMessage();
        textId.setJMSMessageID("ID:" + textId.getJMSMessageID().substring(3).toUpperCase(Locale.ROOT));
        assertThat(EnvelopeCodec.encode(textId)).as("ID sent as text").hasSize(183);

        MailslotTextMessage withTtl = referenceMessage();
        withTtl.setJMSExpiration(withTtl.getJMSTimestamp() + 60_000);
        assertThat(EnvelopeCodec.encode(withTtl)).as("60 s time to live").hasSize(166);
    }

    private static MailslotTextMessage referenceMessage() throws Exception {
        MailslotTextMessage message = new MailslotTextMessage(
                "Order 4711 for ACME Corporation: 12 crates of widgets, ship by Friday to the north-east depot. Thx!!");
        assertThat(message.getText()).hasSize(100);
        message.setStringProperty("customer", "ACME");
        message.setIntProperty("quantity", 12);
        message.setBooleanProperty("urgent", true);
        // what a producer sets: a message ID, the send time, priority 4, PERSISTENT, no expiry
        message.setJMSMessageID(new MessageIdGenerator(0x5e1f00d5a1e5c0deL, 1).next());
        message.setJMSTimestamp(1_764_031_200_000L);
        message.setJMSPriority(4);
        message.setJMSDeliveryMode(DeliveryMode.PERSISTENT);
        return message;
    }

    @Test
    void smallestTextMessageLayout() throws Exception {
        MailslotTextMessage message = new MailslotTextMessage("hi");
        message.setJMSDeliveryMode(DeliveryMode.NON_PERSISTENT);
        message.setJMSPriority(0);

        assertThat(HexFormat.of().formatHex(EnvelopeCodec.encode(message)))
                // magic, version 1, descriptor (TEXT), no headers, no properties, "hi"
                .isEqualTo("e54d" + "01" + "01" + "00" + "00" + "6869");
    }

    @Test
    void headerAndPropertyLayout() throws Exception {
        MailslotMessage message = new MailslotMessage();
        message.setJMSMessageID("ID:00112233-4455-6677-8899-aabbccddeeff");
        message.setJMSTimestamp(1000);
        message.setJMSExpiration(1100);
        message.setJMSType("t");
        message.setIntProperty("n", -1);
        message.setBooleanProperty("x", true);

        assertThat(HexFormat.of().formatHex(EnvelopeCodec.encode(message))).isEqualTo(
                "e54d01"
                        + "a0"                                   // PLAIN, priority 4 << 3, PERSISTENT 0x80
                        + "e1"                                   // extended | timestamp | type | ID as UUID
                        + "01"                                   // extension: expiration
                        + "00112233445566778899aabbccddeeff"     // message ID
                        + "0174"                                 // JMSType "t"
                        + "d00f"                                 // timestamp 1000, zig-zag varint
                        + "c801"                                 // expiration as delta +100
                        + "02"                                   // two properties
                        + "016e" + "05" + "01"                   // "n": INT -1 (zig-zag 1)
                        + "0178" + "02");                        // "x": TRUE
    }
}
