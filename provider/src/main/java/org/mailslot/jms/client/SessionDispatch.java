package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.mailslot.concurrent.SerialLane;
import org.mailslot.concurrent.WorkerPool;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The callback side of one session: its lane on the factory's delivery pool, which runs MessageListeners and
 * CompletionListeners one at a time and in order (§6.2.4) without a thread of its own, the lock a running listener
 * holds, and the rules of §7.3.8 about what a CompletionListener may not call.
 */
final class SessionDispatch {

    private static final Logger LOG = LoggerFactory.getLogger(SessionDispatch.class);

    private final ReentrantLock deliveryLock = new ReentrantLock();
    private final long closeWaitMillis;
    private final SerialLane lane;
    private volatile boolean inCompletionListener;

    SessionDispatch(WorkerPool pool, long closeWaitMillis) {
        this.closeWaitMillis = closeWaitMillis;
        this.lane = pool.newLane(failure -> LOG.error("A session callback failed; the session goes on with the"
                + " next one", failure));
    }

    /** Held while a listener runs; Connection.stop and close wait for it. */
    ReentrantLock deliveryLock() {
        return deliveryLock;
    }

    /** Runs a task on the session's lane, after those already queued. */
    void submit(Runnable task) {
        lane.submit(task);
    }

    /** Runs a completion callback on the session's lane, after those already queued. */
    void runCompletion(Runnable callback) {
        boolean accepted = lane.submit(() -> {
            inCompletionListener = true;
            try {
                callback.run();
            } finally {
                inCompletionListener = false;
            }
        });
        if (!accepted) {
            callback.run();
        }
    }

    /** Waits until every completion callback queued so far has run. */
    void awaitCompletions() {
        if (lane.isRunnerThread()) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        if (lane.submit(done::countDown)) {
            try {
                done.await(closeWaitMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean isCallbackThread() {
        return lane.isRunnerThread();
    }

    void refuseFromCompletionListener(String operation) throws JMSException {
        if (inCompletionListener && isCallbackThread()) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, operation + "() was called from a"
                    + " CompletionListener of this session, which §7.3.8 forbids; call it from another thread");
        }
    }

    /** Returns once no listener of this session is running (for Connection.stop and close). */
    void awaitListenersIdle() {
        if (isCallbackThread()) {
            return;
        }
        deliveryLock.lock();
        try {
            // Nothing to do inside: holding the lock once proves no listener is running.
        } finally {
            deliveryLock.unlock();
        }
    }

    /** Lets queued callbacks finish, then refuses new ones. */
    void shutdown() {
        lane.shutdown(closeWaitMillis);
    }
}
