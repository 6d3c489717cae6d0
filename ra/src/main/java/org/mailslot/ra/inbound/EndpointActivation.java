package org.mailslot.ra.inbound;

import jakarta.jms.Connection;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.Topic;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.mailslot.ra.SharedHosts;

/**
 * One active endpoint: a provider connection on the shared host, {@code maxSessions} transacted sessions each
 * with a consumer, and one {@link SessionWorker} per session running on the server's {@link WorkManager}.
 * {@link #stop()} closes the connection, which ends every receive, waits for the workers and gives the host back.
 */
public final class EndpointActivation {

    private static final Logger LOG = Logger.getLogger(EndpointActivation.class.getName());

    private final MessageEndpointFactory factory;
    private final ActivationSettings settings;
    private final SharedHosts hosts;
    private final WorkManager workManager;
    private final List<SessionWorker> workers = new ArrayList<>();
    private SharedHosts.Lease lease;
    private Connection connection;

    /**
     * An activation not started yet.
     *
     * @param factory     the server's factory of message-endpoint proxies
     * @param settings    the checked activation spec
     * @param hosts       where the host for the settings URI is leased
     * @param workManager runs one worker per session
     */
    public EndpointActivation(MessageEndpointFactory factory, ActivationSettings settings, SharedHosts hosts,
                              WorkManager workManager) {
        this.factory = factory;
        this.settings = settings;
        this.hosts = hosts;
        this.workManager = workManager;
    }

    /**
     * Opens the sessions and schedules their workers; on any failure everything opened is closed again.
     *
     * @throws ResourceException the host, a session or a worker could not be started
     */
    public synchronized void start() throws ResourceException {
        lease = hosts.acquire(settings.uri());
        try {
            connection = lease.factory().createConnection();
            if (settings.clientId() != null) {
                connection.setClientID(settings.clientId());
            }
            String shared = sharedSubscriptionName();
            for (int i = 0; i < settings.maxSessions(); i++) {
                Session session = connection.createSession(true, Session.SESSION_TRANSACTED);
                workers.add(new SessionWorker(factory, session, consumer(session, shared), settings));
            }
            connection.start();
            for (SessionWorker worker : workers) {
                workManager.scheduleWork(worker, WorkManager.INDEFINITE, null, null);
            }
            LOG.info(() -> "Mailslot endpoint active on " + describe() + " with " + settings.maxSessions()
                    + " session(s)");
        } catch (JMSException | WorkException | RuntimeException e) {
            stop();
            throw new ResourceException("Activating the mailslot endpoint on " + describe() + " failed: "
                    + e.getMessage(), e);
        }
    }

    /** Topic endpoints with several sessions share one subscription, so each message is delivered once. */
    private String sharedSubscriptionName() {
        if (!settings.topic() || (!settings.durable() && settings.maxSessions() == 1)) {
            return null;
        }
        return settings.subscriptionName() != null ? settings.subscriptionName()
                : "mailslot-ra-" + UUID.randomUUID();
    }

    private MessageConsumer consumer(Session session, String shared) throws JMSException {
        String selector = settings.messageSelector();
        if (!settings.topic()) {
            return session.createConsumer(session.createQueue(settings.destination()), selector);
        }
        Topic topic = session.createTopic(settings.destination());
        if (settings.durable()) {
            return session.createSharedDurableConsumer(topic, shared, selector);
        }
        if (shared != null) {
            return session.createSharedConsumer(topic, shared, selector);
        }
        Destination destination = topic;
        return session.createConsumer(destination, selector);
    }

    /** Ends delivery: no worker thread, session or host lease of this endpoint is left when this returns. */
    public synchronized void stop() {
        // Consumers first, so deliveries in progress finish and commit; then the connection.
        workers.forEach(SessionWorker::release);
        workers.forEach(SessionWorker::awaitEnd);
        if (connection != null) {
            try {
                connection.close();
            } catch (JMSException e) {
                LOG.log(Level.WARNING, "Closing the mailslot endpoint connection on " + describe() + " failed", e);
            }
            connection = null;
        }
        workers.clear();
        if (lease != null) {
            lease.close();
            lease = null;
        }
    }

    private String describe() {
        return (settings.topic() ? "topic " : "queue ") + settings.destination() + " (" + settings.uri() + ")";
    }
}
