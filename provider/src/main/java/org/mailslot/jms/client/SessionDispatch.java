package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;

/**
 * The callback side of one session: the session thread (started on first use) that runs MessageListeners and
 * CompletionListeners in order, the lock a running listener holds, and the rules of §7.3.8 about what a
 * CompletionListener may not call.
 */
final class SessionDispatch {

    private final String threadName;
    private final Object dispatcherLock = new Object();
    private final ReentrantLock deliveryLock = new ReentrantLock();
    private final long closeWaitMillis;
    private volatile ListenerDispatcher dispatcher;
    private volatile boolean inCompletionListener;

    SessionDispatch(String threadName, long closeWaitMillis) {
        this.threadName = threadName;
        this.closeWaitMillis = closeWaitMillis;
    }

    /** Held while a listener runs; Connection.stop and close wait for it. */
    ReentrantLock deliveryLock() {
        return deliveryLock;
    }

    /** Runs a task on the session thread, after those already queued. */
    void submit(Runnable task) {
        dispatcher().submit(task);
    }

    /** Runs a completion callback on the session thread, after those already queued. */
    void runCompletion(Runnable callback) {
        boolean accepted = dispatcher().submit(() -> {
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

    private ListenerDispatcher dispatcher() {
        ListenerDispatcher current = dispatcher;
        if (current == null) {
            synchronized (dispatcherLock) {
                current = dispatcher;
                if (current == null) {
                    current = new ListenerDispatcher(threadName);
                    dispatcher = current;
                }
            }
        }
        return current;
    }

    /** Waits until every completion callback queued so far has run. */
    void awaitCompletions() {
        ListenerDispatcher current = dispatcher;
        if (current == null || current.isDispatcherThread()) {
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        if (current.submit(done::countDown)) {
            try {
                done.await(closeWaitMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    boolean isCallbackThread() {
        ListenerDispatcher current = dispatcher;
        return current != null && current.isDispatcherThread();
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

    /** Lets queued callbacks finish, then stops the session thread. */
    void shutdown() {
        ListenerDispatcher current = dispatcher;
        if (current != null) {
            current.shutdown(closeWaitMillis);
        }
    }
}
