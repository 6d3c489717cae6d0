package org.mailslot.raitests.app;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

/** A transacted bean that always fails: records each delivery, then throws, so the container rolls back. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "mailslot-ra"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "fragile"),
        @ActivationConfigProperty(propertyName = "maxDeliveryAttempts", propertyValue = "3"),
        @ActivationConfigProperty(propertyName = "deadLetterQueue", propertyValue = "graveyard")})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class FragileBean implements MessageListener {

    @Override
    public void onMessage(Message message) {
        try {
            Journal.record("fragile", ((TextMessage) message).getText() + "|"
                    + message.getIntProperty("JMSXDeliveryCount") + "|" + message.getJMSRedelivered());
        } catch (JMSException e) {
            Journal.record("fragile", "error|" + e);
        }
        throw new IllegalStateException("FragileBean fails on purpose");
    }
}
