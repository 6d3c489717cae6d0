package org.mailslot.ra;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.NotSupportedException;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkManager;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;
import org.mailslot.jms.MailslotOptions;
import org.mailslot.ra.inbound.EndpointActivation;
import org.mailslot.ra.inbound.MailslotActivationSpec;

/**
 * The adapter bean: holds the default settings URI that connection pools and activation specs inherit, shares one
 * mailslot host per URI between them ({@link SharedHosts}) and runs inbound endpoints on the server's
 * {@link WorkManager}. Stopping the adapter deactivates every endpoint and closes every host.
 */
public class MailslotResourceAdapter implements ResourceAdapter, Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(MailslotResourceAdapter.class.getName());

    /** The settings URI pools and activation specs inherit. */
    private String uri = MailslotOptions.SCHEME + "://" + MailslotOptions.LOCAL;
    private transient volatile SharedHosts hosts;
    private transient volatile WorkManager workManager;
    private final transient Map<Key, EndpointActivation> activations = new ConcurrentHashMap<>();

    /**
     * {@return the settings URI pools and activation specs use when they name none ({@code mailslot://local} by
     * default)}
     */
    public String getUri() {
        return uri;
    }

    /**
     * Sets the settings URI pools and activation specs inherit; the server sets it from the deployment descriptor.
     *
     * @param uri a {@code mailslot://} settings URI
     */
    public void setUri(String uri) {
        this.uri = uri;
    }

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        try {
            Settings.validateUri("uri", uri);
        } catch (InvalidPropertyException e) {
            throw new ResourceAdapterInternalException(e.getMessage(), e);
        }
        workManager = Objects.requireNonNull(context.getWorkManager(), "the server gave no WorkManager");
        hosts = new SharedHosts();
        LOG.info(() -> "Mailslot resource adapter started, default settings " + uri);
    }

    @Override
    public void stop() {
        List<EndpointActivation> running = new ArrayList<>(activations.values());
        activations.clear();
        running.forEach(EndpointActivation::stop);
        SharedHosts current = hosts;
        if (current != null) {
            current.closeAll();
        }
        LOG.info("Mailslot resource adapter stopped: endpoints deactivated, hosts closed");
    }

    /** {@return the hosts of this adapter, one per settings URI} */
    public SharedHosts hosts() {
        SharedHosts current = hosts;
        if (current == null) {
            throw new IllegalStateException("The mailslot resource adapter has not been started");
        }
        return current;
    }

    @Override
    public void endpointActivation(MessageEndpointFactory factory, ActivationSpec spec) throws ResourceException {
        if (!(spec instanceof MailslotActivationSpec mailslotSpec)) {
            throw new NotSupportedException("The mailslot resource adapter takes a MailslotActivationSpec, got "
                    + (spec == null ? "none" : spec.getClass().getName()));
        }
        mailslotSpec.validate();
        EndpointActivation activation = new EndpointActivation(factory, mailslotSpec.settings(uri), hosts(),
                workManager);
        activation.start();
        activations.put(new Key(factory, spec), activation);
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory factory, ActivationSpec spec) {
        EndpointActivation activation = activations.remove(new Key(factory, spec));
        if (activation != null) {
            activation.stop();
        }
    }

    /** {@return how many endpoint activations are running, for diagnostics} */
    public int activeEndpoints() {
        return activations.size();
    }

    /** No XA recovery: mailslot delivery is at most once, nothing is ever in doubt. */
    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailslotResourceAdapter that && Objects.equals(uri, that.uri);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(uri);
    }

    /** Activations are keyed on identity: the server hands back the same factory and spec objects. */
    private record Key(MessageEndpointFactory factory, ActivationSpec spec) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && factory == that.factory && spec == that.spec;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(factory) * 31 + System.identityHashCode(spec);
        }
    }
}
