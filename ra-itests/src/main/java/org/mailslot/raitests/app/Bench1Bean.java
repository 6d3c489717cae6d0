package org.mailslot.raitests.app;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;

/** Counts arrivals on queue {@code bench1} with maxSessions 1, for the throughput figures. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "mailslot-ra"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = "bench1"),
        @ActivationConfigProperty(propertyName = "maxSessions", propertyValue = "1")})
public class Bench1Bean implements MessageListener {

    @Override
    public void onMessage(Message message) {
        Journal.count("bench1");
    }
}
