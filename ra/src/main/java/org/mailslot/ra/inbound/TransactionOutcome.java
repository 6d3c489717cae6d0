package org.mailslot.ra.inbound;

import jakarta.jms.JMSException;
import jakarta.jms.Session;
import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;

/**
 * How a transacted endpoint's session learns the container transaction's outcome: the resource the container
 * enlists for the delivery. Commit commits the session (the message is consumed), rollback rolls it back (the
 * provider redelivers it). It is not a recoverable XA resource: {@code prepare} votes yes without logging and
 * {@code recover} finds nothing, because the message lives only in this JVM's memory; a crash loses it either way.
 */
final class TransactionOutcome implements XAResource {

    private final Session session;
    private boolean decided;

    TransactionOutcome(Session session) {
        this.session = session;
    }

    synchronized void reset() {
        decided = false;
    }

    /** Commits or rolls back when the container did not (it never enlisted this resource). */
    synchronized void settleIfUndecided(boolean success) throws JMSException {
        if (decided) {
            return;
        }
        decided = true;
        if (success) {
            session.commit();
        } else {
            session.rollback();
        }
    }

    @Override
    public synchronized void commit(Xid xid, boolean onePhase) throws XAException {
        decided = true;
        try {
            session.commit();
        } catch (JMSException e) {
            throw failure(XAException.XA_RBROLLBACK, e);
        }
    }

    @Override
    public synchronized void rollback(Xid xid) throws XAException {
        decided = true;
        try {
            session.rollback();
        } catch (JMSException e) {
            throw failure(XAException.XAER_RMERR, e);
        }
    }

    @Override
    public int prepare(Xid xid) {
        return XA_OK;
    }

    @Override
    public void start(Xid xid, int flags) {
    }

    @Override
    public void end(Xid xid, int flags) {
    }

    @Override
    public void forget(Xid xid) {
    }

    @Override
    public Xid[] recover(int flag) {
        return new Xid[0];
    }

    @Override
    public boolean isSameRM(XAResource other) {
        return other == this;
    }

    @Override
    public int getTransactionTimeout() {
        return 0;
    }

    @Override
    public boolean setTransactionTimeout(int seconds) {
        return false;
    }

    private static XAException failure(int code, JMSException cause) {
        XAException failure = new XAException(code);
        failure.initCause(cause);
        return failure;
    }
}
