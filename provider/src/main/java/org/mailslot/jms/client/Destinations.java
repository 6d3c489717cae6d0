package org.mailslot.jms.client;

import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;

/** Checks that a destination handed to the API is one of ours. */
final class Destinations {

    private Destinations() {
    }

    static MailslotDestination require(Destination destination) throws JMSException {
        if (destination == null) {
            throw JmsExceptions.create(ErrorKind.INVALID_DESTINATION, "The destination is null; give a queue or"
                    + " topic from Session.createQueue/createTopic");
        }
        if (destination instanceof MailslotDestination ours) {
            return ours;
        }
        throw JmsExceptions.create(ErrorKind.INVALID_DESTINATION, "Destination " + destination + " ("
                + destination.getClass().getName() + ") is not a mailslot destination; create it with"
                + " Session.createQueue/createTopic of a mailslot session");
    }
}
