package org.mailslot.ra.outbound;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.LocalTransactionException;

/**
 * A local transaction the server drives on one managed connection: one transacted physical session, kept for the
 * connection's life, whose sends are held until {@link #commit()} and dropped by {@link #rollback()}.
 */
final class ManagedLocalTransaction implements LocalTransaction {

    private final Connection physical;
    private Session session;
    private volatile boolean active;

    ManagedLocalTransaction(Connection physical) {
        this.physical = physical;
    }

    @Override
    public synchronized void begin() throws ResourceException {
        if (active) {
            throw new LocalTransactionException("A local transaction is already active on this mailslot connection");
        }
        try {
            if (session == null) {
                session = physical.createSession(true, Session.SESSION_TRANSACTED);
            }
        } catch (JMSException e) {
            throw failure("begin", e);
        }
        active = true;
    }

    @Override
    public synchronized void commit() throws ResourceException {
        end("commit", true);
    }

    @Override
    public synchronized void rollback() throws ResourceException {
        end("rollback", false);
    }

    private void end(String what, boolean commit) throws ResourceException {
        if (!active) {
            throw new LocalTransactionException("No local transaction is active on this mailslot connection to "
                    + what);
        }
        active = false;
        try {
            if (commit) {
                session.commit();
            } else {
                session.rollback();
            }
        } catch (JMSException e) {
            throw failure(what, e);
        }
    }

    boolean isActive() {
        return active;
    }

    synchronized Session session() {
        return session;
    }

    synchronized boolean owns(Session candidate) {
        return candidate == session;
    }

    private static LocalTransactionException failure(String what, JMSException cause) {
        LocalTransactionException failure = new LocalTransactionException("Mailslot local transaction " + what
                + " failed: " + cause.getMessage());
        failure.initCause(cause);
        return failure;
    }
}
