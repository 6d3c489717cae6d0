package org.mailslot.jms.payload;

import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Objects;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.mailslot.jms.message.MailslotBytesMessage;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.MailslotTextMessage;

/**
 * The {@code raw} payload: the datagram is the body and nothing else, as Windows programs write it. Received raw
 * datagrams become a {@code BytesMessage}, or a {@code TextMessage} when text delivery is configured and the bytes
 * are valid in the charset (otherwise still a {@code BytesMessage}, so nothing is lost), with the origin in the
 * properties {@value #SOURCE_COMPUTER}, {@value #SOURCE_ADDRESS} and {@value #SLOT}. Only Text and Bytes messages
 * can be sent raw. Immutable and thread-safe.
 */
public final class RawPayload {

    /** String property: the sender's NetBIOS computer name. */
    public static final String SOURCE_COMPUTER = "MailslotSourceComputer";
    /** String property: the sender's UDP address as {@code ip:port}. */
    public static final String SOURCE_ADDRESS = "MailslotSourceAddress";
    /** String property: the mailslot name as received, e.g. {@code \MAILSLOT\TEST}. */
    public static final String SLOT = "MailslotSlot";

    private final Charset charset;
    private final boolean receiveAsText;

    /**
     * @param charset       how TextMessage bodies are written, and read when {@code receiveAsText}
     * @param receiveAsText deliver received datagrams as TextMessage instead of BytesMessage
     */
    public RawPayload(Charset charset, boolean receiveAsText) {
        this.charset = Objects.requireNonNull(charset, "charset");
        this.receiveAsText = receiveAsText;
    }

    /** The message for a received raw datagram; writeable, for the session to make read-only. */
    public MailslotMessage toMessage(byte[] data, int offset, int length, RawOrigin origin) throws JMSException {
        byte[] body = Arrays.copyOfRange(data, offset, offset + length);
        MailslotMessage message = null;
        if (receiveAsText) {
            String text = decodeStrictly(body);
            message = text == null ? null : new MailslotTextMessage(text);
        }
        if (message == null) {
            MailslotBytesMessage bytes = new MailslotBytesMessage();
            bytes.setBodyBytes(body);
            message = bytes;
        }
        setIfPresent(message, SOURCE_COMPUTER, origin.sourceComputer());
        setIfPresent(message, SOURCE_ADDRESS, origin.addressText());
        setIfPresent(message, SLOT, origin.slotName());
        return message;
    }

    /**
     * The datagram bytes for a message sent raw: a TextMessage's text in the charset, a BytesMessage's bytes.
     *
     * @throws JMSException MessageFormatException for other body types, or text the charset cannot encode
     */
    public byte[] toBytes(Message message) throws JMSException {
        if (message instanceof MailslotBytesMessage ours) {
            return ours.bodyBytes();
        }
        if (message instanceof BytesMessage bytes) {
            byte[] body = bytes.getBody(byte[].class);
            return body == null ? new byte[0] : body;
        }
        if (message instanceof TextMessage text) {
            return encodeStrictly(text.getText() == null ? "" : text.getText());
        }
        throw JmsExceptions.create(ErrorKind.MESSAGE_FORMAT, "A raw mailslot payload carries only the body of a"
                + " TextMessage or BytesMessage, not a " + kindOf(message) + "; send a Text or Bytes message, or use"
                + " the jms payload format for this destination.");
    }

    private String decodeStrictly(byte[] body) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private byte[] encodeStrictly(String text) throws JMSException {
        try {
            ByteBuffer encoded = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw JmsExceptions.create(ErrorKind.MESSAGE_FORMAT, "The text cannot be encoded in " + charset.name()
                    + " for a raw payload (" + e + "); remove the characters it lacks or configure another raw"
                    + " charset.", e);
        }
    }

    private static void setIfPresent(MailslotMessage message, String name, String value) throws JMSException {
        if (value != null) {
            message.setStringProperty(name, value);
        }
    }

    private static String kindOf(Message message) {
        for (Class<?> type : message.getClass().getInterfaces()) {
            if (type.getPackageName().equals("jakarta.jms")) {
                return type.getSimpleName();
            }
        }
        return message.getClass().getSimpleName();
    }
}
