package org.mailslot.raitests.app;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/** Records what reaches the dead-letter queue {@code graveyard}, with where it came from. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "mailslot-ra"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "graveyard")})
public class GraveyardBean implements MessageListener {

    @Override
    public void onMessage(Message message) {
        try {
            Journal.record("graveyard", ((TextMessage) message).getText() + "|"
                    + message.getStringProperty("MailslotOriginalDestination") + "|"
                    + message.getIntProperty("MailslotDeliveryAttempts"));
        } catch (JMSException e) {
            Journal.record("graveyard", "error|" + e);
        }
    }
}
