package org.mailslot.ra.outbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import jakarta.resource.spi.TransactionSupport;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.Subject;
import org.mailslot.ra.MailslotResourceAdapter;
import org.mailslot.ra.Settings;

/**
 * The factory the server's connection pool calls: each {@link MailslotManagedConnection} is one physical provider
 * connection on the adapter's shared host for {@link #getUri() the settings URI}. Supports no transaction and local
 * transactions; XA is refused (see {@link MailslotManagedConnection#getXAResource()}).
 */
public class MailslotManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation,
        TransactionSupport {

    private static final long serialVersionUID = 1L;

    /** The settings URI; empty means the adapter's. */
    private String uri = "";
    /** Client ID for connections of this pool; empty means none. */
    private String clientId = "";
    private transient MailslotResourceAdapter adapter;
    private transient PrintWriter logWriter;

    /** {@return the settings URI; empty means the adapter's} */
    public String getUri() {
        return uri;
    }

    /**
     * Sets the settings URI of this pool's connections.
     *
     * @param uri a {@code mailslot://} settings URI, or empty for the adapter's
     */
    public void setUri(String uri) {
        this.uri = uri == null ? "" : uri;
    }

    /**
     * {@return the client ID for connections of this pool; empty means none (the URI's {@code jms.clientID} if
     * set)}
     */
    public String getClientId() {
        return clientId;
    }

    /**
     * Sets the client ID of this pool's connections, which durable subscriptions need.
     *
     * @param clientId the client ID, or empty for none
     */
    public void setClientId(String clientId) {
        this.clientId = clientId == null ? "" : clientId;
    }

    @Override
    public Object createConnectionFactory(ConnectionManager manager) throws ResourceException {
        validate();
        return new PooledConnectionFactory(this, manager);
    }

    /** Outside a server: connections are made and destroyed on demand, nothing is pooled. */
    @Override
    public Object createConnectionFactory() throws ResourceException {
        return createConnectionFactory(new UnpooledConnectionManager());
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info)
            throws ResourceException {
        validate();
        return MailslotManagedConnection.open(this, adapter().hosts().acquire(effectiveUri()));
    }

    /** Every connection of one factory is equivalent: the first candidate made by this factory matches. */
    @Override
    @SuppressWarnings("rawtypes")
    public ManagedConnection matchManagedConnections(Set candidates, Subject subject, ConnectionRequestInfo info) {
        for (Object candidate : candidates) {
            if (candidate instanceof MailslotManagedConnection connection && connection.madeBy(this)) {
                return connection;
            }
        }
        return null;
    }

    /**
     * Checks the configuration at deployment.
     *
     * @throws jakarta.resource.spi.InvalidPropertyException naming {@code uri} when it is not a settings URI
     */
    public void validate() throws ResourceException {
        Settings.validateUri("uri", effectiveUri());
    }

    String effectiveUri() throws ResourceException {
        return Settings.effectiveUri(uri, adapter().getUri());
    }

    private MailslotResourceAdapter adapter() throws ResourceException {
        if (adapter == null) {
            throw new ResourceException("This managed connection factory is not associated with the mailslot"
                    + " resource adapter; deploy it through the adapter's .rar");
        }
        return adapter;
    }

    @Override
    public TransactionSupportLevel getTransactionSupport() {
        return TransactionSupportLevel.LocalTransaction;
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return adapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter adapter) throws ResourceException {
        if (!(adapter instanceof MailslotResourceAdapter mailslot)) {
            throw new ResourceException("A mailslot managed connection factory needs the mailslot resource adapter,"
                    + " got " + (adapter == null ? "none" : adapter.getClass().getName()));
        }
        this.adapter = mailslot;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    // The adapter by identity: two deployed adapters with the same URI are equal but run separate hosts.
    @SuppressWarnings("ReferenceEquality")
    public boolean equals(Object other) {
        return other instanceof MailslotManagedConnectionFactory that && uri.equals(that.uri)
                && clientId.equals(that.clientId) && adapter == that.adapter;
    }

    @Override
    public int hashCode() {
        return Objects.hash(uri, clientId);
    }
}
