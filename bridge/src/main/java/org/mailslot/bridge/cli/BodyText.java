package org.mailslot.bridge.cli;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.mailslot.jms.payload.EnvelopeCodec;
import org.mailslot.jms.payload.EnvelopeFormatException;

/** How {@code mailslot listen} shows a body: UTF-8 text as it is, a JMS envelope by its type and body, else hex. */
final class BodyText {

    private BodyText() {
    }

    static String of(byte[] data) {
        if (EnvelopeCodec.hasMagic(data, 0, data.length)) {
            try {
                return envelope(EnvelopeCodec.decode(data));
            } catch (EnvelopeFormatException | JMSException e) {
                return "(unreadable JMS envelope: " + e.getMessage() + ") hex " + HexFormat.of().formatHex(data);
            }
        }
        String text = utf8(data);
        return text != null ? text : "hex " + HexFormat.of().formatHex(data);
    }

    private static String envelope(Message message) throws JMSException {
        String type = message.getClass().getSimpleName().replace("Mailslot", "");
        String body;
        if (message instanceof TextMessage text) {
            body = text.getText();
        } else if (message instanceof BytesMessage bytes) {
            body = of(bytes.getBody(byte[].class));
        } else {
            body = String.valueOf(message.getBody(Object.class));
        }
        return "[JMS " + type + " " + message.getJMSMessageID() + "] " + body;
    }

    private static String utf8(byte[] data) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
            return text.chars().allMatch(c -> c >= 0x20 || c == '\t' || c == '\n' || c == '\r') ? text : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
