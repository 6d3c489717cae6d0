package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import java.util.ArrayList;
import java.util.List;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;

/**
 * The local transaction of one transacted session (§6.2.7): sends are held until commit, consumed messages stay
 * tracked in the session's deliveries until commit acknowledges them or rollback gives them back.
 */
final class SessionTransaction {

    private final SessionDeliveries deliveries;
    private final List<Runnable> sends = new ArrayList<>();

    SessionTransaction(SessionDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    /** Holds a send until commit. */
    void defer(Runnable routing) {
        synchronized (sends) {
            sends.add(routing);
        }
    }

    /**
     * Runs the held sends in order, then acknowledges what was consumed. A failed send rolls back what was consumed.
     *
     * @throws JMSException a TransactionRolledBackException naming the failed send
     */
    void commit() throws JMSException {
        List<Runnable> held = takeSends();
        for (int i = 0; i < held.size(); i++) {
            try {
                held.get(i).run();
            } catch (MailslotSession.SendFailure failure) {
                deliveries.returnAll("commit failed: " + failure.getCause().getMessage());
                throw JmsExceptions.create(ErrorKind.TRANSACTION_ROLLED_BACK, "The transaction was rolled back:"
                        + " send " + (i + 1) + " of " + held.size() + " failed (" + failure.getCause().getMessage()
                        + "); the sends before it were delivered, consumed messages will be redelivered",
                        failure.getCause());
            }
        }
        deliveries.acknowledgeAll();
    }

    /** Drops the held sends and gives what was consumed back for redelivery. */
    void rollback() {
        discardSends();
        deliveries.returnAll("the transaction was rolled back");
    }

    /** Drops the held sends (the session closes). */
    void discardSends() {
        takeSends();
    }

    private List<Runnable> takeSends() {
        synchronized (sends) {
            List<Runnable> held = new ArrayList<>(sends);
            sends.clear();
            return held;
        }
    }
}
