package org.mailslot.ra.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A pool of one physical connection, as a server keeps it: handles are handed out on it and a handle's close
 * event gives it back (counted) instead of destroying it.
 */
final class OneConnectionPool implements ConnectionManager {

    private static final long serialVersionUID = 1L;

    final transient ManagedConnection connection;
    final AtomicInteger handedOut = new AtomicInteger();
    final AtomicInteger returned = new AtomicInteger();

    OneConnectionPool(ManagedConnectionFactory factory) throws ResourceException {
        connection = factory.createManagedConnection(null, null);
        connection.addConnectionEventListener(new ConnectionEventListener() {
            @Override
            public void connectionClosed(ConnectionEvent event) {
                returned.incrementAndGet();
            }

            @Override
            public void connectionErrorOccurred(ConnectionEvent event) {
            }

            @Override
            public void localTransactionStarted(ConnectionEvent event) {
            }

            @Override
            public void localTransactionCommitted(ConnectionEvent event) {
            }

            @Override
            public void localTransactionRolledback(ConnectionEvent event) {
            }
        });
    }

    @Override
    public Object allocateConnection(ManagedConnectionFactory factory, ConnectionRequestInfo info)
            throws ResourceException {
        handedOut.incrementAndGet();
        return connection.getConnection(null, info);
    }
}
