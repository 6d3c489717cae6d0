package org.mailslot.ra.outbound;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;
import org.mailslot.ra.SharedHosts;

/**
 * One physical provider connection in the server's pool, with the handles the application holds on it. While the
 * server runs a local transaction on it, sessions of its handles share one transacted physical session whose sends
 * go out when the transaction commits; otherwise each handle session is a plain physical session.
 */
public final class MailslotManagedConnection implements ManagedConnection {

    /** Why XA is refused, for both the exception and the docs. */
    public static final String XA_REFUSED = "The mailslot resource adapter does not support XA transactions:"
            + " mailslot delivery is at most once (a datagram once sent cannot be recalled and nothing is logged"
            + " durably), so a two-phase commit could promise what it cannot keep. Configure the pool with"
            + " transaction support NoTransaction or LocalTransaction";

    private final MailslotManagedConnectionFactory factory;
    private final SharedHosts.Lease lease;
    private final Connection physical;
    private final ManagedLocalTransaction localTransaction;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<ConnectionHandle> handles = ConcurrentHashMap.newKeySet();
    private PrintWriter logWriter;

    private MailslotManagedConnection(MailslotManagedConnectionFactory factory, SharedHosts.Lease lease,
                                      Connection physical) {
        this.factory = factory;
        this.lease = lease;
        this.physical = physical;
        this.localTransaction = new ManagedLocalTransaction(physical);
    }

    static MailslotManagedConnection open(MailslotManagedConnectionFactory factory, SharedHosts.Lease lease)
            throws ResourceException {
        try {
            Connection physical = lease.factory().createConnection();
            if (!factory.getClientId().isEmpty()) {
                physical.setClientID(factory.getClientId());
            }
            MailslotManagedConnection connection = new MailslotManagedConnection(factory, lease, physical);
            physical.setExceptionListener(connection::failed);
            return connection;
        } catch (JMSException | RuntimeException e) {
            lease.close();
            throw new ResourceException("Opening a mailslot connection failed: " + e.getMessage(), e);
        }
    }

    // Identity on purpose: a connection belongs to the factory instance that opened it.
    @SuppressWarnings("ReferenceEquality")
    boolean madeBy(MailslotManagedConnectionFactory candidate) {
        return factory == candidate;
    }

    Connection physical() {
        return physical;
    }

    /**
     * The physical session behind a new handle session: the transaction's session while a local transaction is
     * active (the container decides its outcome), else a new plain session in the requested acknowledge mode
     * (client acknowledge is not offered in a container and becomes auto acknowledge).
     */
    Session sessionForHandle(int acknowledgeMode) throws JMSException {
        if (localTransaction.isActive()) {
            return localTransaction.session();
        }
        int mode = acknowledgeMode == Session.DUPS_OK_ACKNOWLEDGE ? Session.DUPS_OK_ACKNOWLEDGE
                : Session.AUTO_ACKNOWLEDGE;
        return physical.createSession(false, mode);
    }

    boolean inTransaction(Session session) {
        return localTransaction.isActive() && localTransaction.owns(session);
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) {
        ConnectionHandle handle = new ConnectionHandle(this);
        handles.add(handle);
        return handle;
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof ConnectionHandle handle)) {
            throw new ResourceException("Not a mailslot connection handle: " + connection);
        }
        handle.reassociate(this);
        handles.add(handle);
    }

    void detach(ConnectionHandle handle) {
        handles.remove(handle);
    }

    /** The application closed a handle: the server may take the connection back. */
    void handleClosed(ConnectionHandle handle) {
        handles.remove(handle);
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        listeners.forEach(listener -> listener.connectionClosed(event));
    }

    private void failed(JMSException cause) {
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_ERROR_OCCURRED, cause);
        listeners.forEach(listener -> listener.connectionErrorOccurred(event));
    }

    @Override
    public void cleanup() throws ResourceException {
        for (ConnectionHandle handle : handles) {
            handle.invalidate();
        }
        handles.clear();
        try {
            physical.stop();
        } catch (JMSException e) {
            throw new ResourceException("Stopping a pooled mailslot connection failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void destroy() throws ResourceException {
        try {
            cleanup();
            physical.close();
        } catch (JMSException e) {
            throw new ResourceException("Closing a mailslot connection failed: " + e.getMessage(), e);
        } finally {
            lease.close();
        }
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    /** Always refused, with {@link #XA_REFUSED}. */
    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException(XA_REFUSED);
    }

    @Override
    public LocalTransaction getLocalTransaction() {
        return localTransaction;
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new ManagedConnectionMetaData() {
            @Override
            public String getEISProductName() {
                return "Windows mailslots";
            }

            @Override
            public String getEISProductVersion() {
                return "SMB mailslot over NetBIOS datagrams";
            }

            @Override
            public int getMaxConnections() {
                return 0;
            }

            @Override
            public String getUserName() {
                return "";
            }
        };
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }
}
