package org.mailslot.raitests.app;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.nio.charset.StandardCharsets;

/** Records each message of queue {@code inbox}: its type, body and source properties. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "mailslot-ra"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "inbox")})
public class InboxBean implements MessageListener {

    @Override
    public void onMessage(Message message) {
        try {
            String body = message instanceof BytesMessage bytes ? text(bytes) : "?";
            Journal.record("inbox", (message instanceof BytesMessage ? "BytesMessage" : message.getClass().getName())
                    + "|" + body + "|" + message.getStringProperty("MailslotSourceComputer") + "|"
                    + message.getStringProperty("MailslotSourceAddress") + "|"
                    + message.getStringProperty("MailslotSlot") + "|" + Thread.currentThread().getName());
        } catch (JMSException e) {
            Journal.record("inbox", "error|" + e);
        }
    }

    private static String text(BytesMessage message) throws JMSException {
        byte[] data = new byte[(int) message.getBodyLength()];
        message.readBytes(data);
        return new String(data, StandardCharsets.US_ASCII);
    }
}
