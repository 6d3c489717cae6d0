package org.mailslot.ra.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;

/** The connection manager of a non-managed factory: a new physical connection per handle, destroyed on close. */
final class UnpooledConnectionManager implements ConnectionManager {

    private static final long serialVersionUID = 1L;

    @Override
    public Object allocateConnection(ManagedConnectionFactory factory, ConnectionRequestInfo info)
            throws ResourceException {
        ManagedConnection connection = factory.createManagedConnection(null, info);
        connection.addConnectionEventListener(new ConnectionEventListener() {
            @Override
            public void connectionClosed(ConnectionEvent event) {
                destroy(connection);
            }

            @Override
            public void connectionErrorOccurred(ConnectionEvent event) {
                destroy(connection);
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
        return connection.getConnection(null, info);
    }

    private static void destroy(ManagedConnection connection) {
        try {
            connection.destroy();
        } catch (ResourceException e) {
            throw new IllegalStateException("Closing a mailslot connection failed: " + e.getMessage(), e);
        }
    }
}
