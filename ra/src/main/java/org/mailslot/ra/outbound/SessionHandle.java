package org.mailslot.ra.outbound;

import jakarta.jms.IllegalStateException;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import jakarta.jms.TopicSession;
import jakarta.jms.TransactionInProgressException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * The session an application holds on a pooled connection. Every call goes to the physical session except those
 * Jakarta Messaging forbids in a container (message listeners, {@code run}) and, inside the server's transaction,
 * {@code commit}, {@code rollback} and {@code recover}: the transaction decides. Closing a handle on the
 * transaction's session leaves that session to the transaction.
 */
final class SessionHandle implements InvocationHandler {

    private final Session physical;
    private final boolean inTransaction;
    private volatile boolean closed;

    private SessionHandle(Session physical, boolean inTransaction) {
        this.physical = physical;
        this.inTransaction = inTransaction;
    }

    static Session wrap(Session physical, boolean inTransaction) {
        return (Session) Proxy.newProxyInstance(SessionHandle.class.getClassLoader(),
                new Class<?>[] {Session.class, QueueSession.class, TopicSession.class},
                new SessionHandle(physical, inTransaction));
    }

    static boolean isClosed(Session session) {
        return ((SessionHandle) Proxy.getInvocationHandler(session)).closed;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (method.getDeclaringClass() == Object.class) {
            return switch (name) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "MailslotSessionHandle[" + physical + "]";
            };
        }
        if (name.equals("close")) {
            close();
            return null;
        }
        if (closed) {
            throw new IllegalStateException("This mailslot session is closed");
        }
        switch (name) {
            case "setMessageListener", "getMessageListener", "run" -> throw new IllegalStateException(name
                    + " is not allowed on a session in an application server (Jakarta Messaging 3.1, section 12.2);"
                    + " use a message-driven bean");
            case "commit", "rollback", "recover" -> {
                if (inTransaction) {
                    throw new TransactionInProgressException(name + " is decided by the container's transaction"
                            + " this session takes part in");
                }
            }
            case "getTransacted" -> {
                return inTransaction;
            }
            default -> {
            }
        }
        try {
            return method.invoke(physical, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        if (!inTransaction) {
            physical.close();
        }
    }
}
