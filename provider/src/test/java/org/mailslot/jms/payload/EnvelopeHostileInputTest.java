package org.mailslot.jms.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mailslot.testing.RandomInputs.forAll;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mailslot.jms.MailslotDestinations;
import org.mailslot.jms.message.MailslotMapMessage;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MailslotStreamMessage;
import org.mailslot.jms.message.MailslotTextMessage;
import org.mailslot.jms.payload.EnvelopeFormatException.Reason;

/**
 * Decoding hostile bytes: random, mutated and truncated envelopes never throw anything but
 * {@link EnvelopeFormatException}, and each known malformation has its own reason.
 */
class EnvelopeHostileInputTest {

    @Test
    void randomBytesAfterTheMagicOnlyFailWithEnvelopeFormatException() {
        // The magic and version kept, so that the random part reaches the header and body decoders.
        forAll(3000, random -> {
            byte[] tail = random.bytes(120);
            byte[] data = new byte[tail.length + 3];
            data[0] = (byte) EnvelopeCodec.MAGIC_0;
            data[1] = (byte) EnvelopeCodec.MAGIC_1;
            data[2] = (byte) EnvelopeCodec.VERSION;
            System.arraycopy(tail, 0, data, 3, tail.length);
            return data;
        }, EnvelopeHostileInputTest::assertDecodesOrFailsCleanly);
    }

    @Test
    void mutatedValidEnvelopesOnlyFailWithEnvelopeFormatException() throws Exception {
        List<byte[]> valid = validEnvelopes();
        forAll(3000, random -> {
            byte[] mutated = random.mutate(random.pick(valid), 1);
            return new Mutation(mutated, random.between(0, mutated.length));
        }, mutation -> {
            assertDecodesOrFailsCleanly(mutation.mutated());
            assertDecodesOrFailsCleanly(Arrays.copyOf(mutation.mutated(), mutation.keptForTruncation()));
        });
    }

    /** One byte of a valid envelope replaced; it is decoded whole, then cut to its first {@code keptForTruncation} bytes. */
    private record Mutation(byte[] mutated, int keptForTruncation) {
    }

    /** A plain message with every header and typed properties, a map, a stream and a text: one per decoder. */
    private static List<byte[]> validEnvelopes() throws Exception {
        MailslotMessage headers = new MailslotMessage();
        headers.setJMSMessageID("ID:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
        headers.setJMSCorrelationIDAsBytes(new byte[] {1, 2});
        headers.setJMSReplyTo(MailslotDestinations.parseTopic("status"));
        headers.setJMSType("type");
        headers.setJMSTimestamp(1_764_031_200_000L);
        headers.setJMSExpiration(1_764_031_300_000L);
        headers.setJMSDeliveryTime(1_764_031_250_000L);
        headers.setStringProperty("s", "value");
        headers.setLongProperty("l", -5L);
        headers.setDoubleProperty("d", 1.5);
        MailslotMapMessage map = new MailslotMapMessage();
        map.setBytes("b", new byte[] {1, 2, 3});
        map.setChar("c", 'x');
        map.setFloat("f", 2f);
        MailslotStreamMessage stream = new MailslotStreamMessage();
        stream.writeString("text");
        stream.writeShort((short) 300);
        stream.writeObject(null);
        return List.of(EnvelopeCodec.encode(headers), EnvelopeCodec.encode(map), EnvelopeCodec.encode(stream),
                EnvelopeCodec.encode(new MailslotTextMessage("grüße")));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource({
            "BAD_MAGIC,            '',                                   empty",
            "BAD_MAGIC,            e5,                                   one byte",
            "BAD_MAGIC,            4d5a9000,                             another format",
            "TRUNCATED,            e54d,                                 no version",
            "UNSUPPORTED_VERSION,  e54d020100 00,                        version 2",
            "TRUNCATED,            e54d01,                               no descriptor",
            "TRUNCATED,            e54d0101,                             no flags",
            "BAD_HEADER,           e54d01 50 00 00,                      priority 10",
            "BAD_HEADER,           e54d01 01 80 04 00,                   reserved extension bit",
            "BAD_HEADER,           e54d01 01 80 00 00,                   empty extension",
            "BAD_HEADER,           e54d01 01 0c 00,                      correlation form 3",
            "TRUNCATED,            e54d01 01 01 0011,                    UUID cut short",
            "BAD_LENGTH,           e54d01 01 02 05 4142,                 string longer than the rest",
            "BAD_VARINT,           e54d01 01 40 ffffffffffffffffffff01 00, eleven-byte varint",
            "BAD_LENGTH,           e54d01 01 00 ffffffff0f,              huge property count",
            "BAD_TYPE_TAG,         e54d01 01 00 01 0161 0c,              unknown type tag",
            "BAD_PROPERTY,         e54d01 01 00 01 0131 02,              property name not an identifier",
            "BAD_PROPERTY,         e54d01 01 00 01 034a4d53 02,          reserved JMS name",
            "BAD_PROPERTY,         e54d01 01 00 01 0163 0a0041,          char property",
            "BAD_PROPERTY,         e54d01 01 00 02 0161 02 0161 01,      duplicate property",
            "BAD_VARINT,           e54d01 03 00 00 01 0161 04 feff07,    short out of range",
            "BAD_UTF8,             e54d01 01 00 00 c328,                 bad UTF-8 text",
            "BAD_UTF8,             e54d01 01 20 01ff 00,                 bad UTF-8 JMSType",
            "BAD_DESTINATION,      e54d01 01 10 07 0171 00,              unknown reply-to kind",
            "BAD_DESTINATION,      e54d01 01 10 00 037c7c7c 00,          reply-to name with bars",
            "TRAILING_BYTES,       e54d01 03 00 00 00 99,                bytes after a map",
            "TRAILING_BYTES,       e54d01 00 00 00 99,                   bytes after a plain message",
            "BAD_BODY,             e54d01 03 00 00 02 0161 01 0161 01,   duplicate map entry",
            "BAD_BODY,             e54d01 03 00 00 01 00 01,             empty map entry name",
            "BAD_BODY,             e54d01 05 00 00,                      empty object body",
            "BAD_LENGTH,           e54d01 04 00 00 0b05 0102,            stream byte[] longer than the rest",
            "TRUNCATED,            e54d01 04 00 00 08 0102,              stream double cut short"})
    void eachMalformationHasItsReason(Reason reason, String hex, String what) {
        byte[] data = HexFormat.of().parseHex(hex.replace(" ", ""));
        Throwable failure = catchThrowable(() -> EnvelopeCodec.decode(data));
        assertThat(failure).as(what).isInstanceOf(EnvelopeFormatException.class);
        assertThat(((EnvelopeFormatException) failure).reason()).as(what + ": " + failure.getMessage())
                .isEqualTo(reason);
        assertThat(failure.getMessage()).startsWith(reason.name() + ": ");
    }

    @Test
    void decodingASliceNeverReadsOutsideIt() {
        byte[] data = HexFormat.of().parseHex("e54d010100006869");
        assertThatThrownBy(() -> EnvelopeCodec.decode(data, 0, 4)).isInstanceOf(EnvelopeFormatException.class);
        assertThatThrownBy(() -> EnvelopeCodec.decode(data, 6, 3)).isInstanceOf(IndexOutOfBoundsException.class)
                .as("a slice outside the array is the caller's bug, not malformed input");
    }

    private static void assertDecodesOrFailsCleanly(byte[] data) {
        Throwable failure = catchThrowable(() -> EnvelopeCodec.decode(data));
        if (failure != null) {
            assertThat(failure).isInstanceOf(EnvelopeFormatException.class);
            assertThat(((EnvelopeFormatException) failure).reason()).isNotNull();
        }
    }
}
