package org.mailslot.raitests.app;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.nio.charset.StandardCharsets;

/** Records each message of topic {@code status} (a {@code \\*\mailslot\status} broadcast), two sessions. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "mailslot-ra"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "status"),
        @ActivationConfigProperty(propertyName = "maxSessions", propertyValue = "2")})
public class StatusBean implements MessageListener {

    @Override
    public void onMessage(Message message) {
        try {
            BytesMessage bytes = (BytesMessage) message;
            byte[] data = new byte[(int) bytes.getBodyLength()];
            bytes.readBytes(data);
            Journal.record("status", new String(data, StandardCharsets.US_ASCII));
        } catch (JMSException | ClassCastException e) {
            Journal.record("status", "error|" + e);
        }
    }
}
