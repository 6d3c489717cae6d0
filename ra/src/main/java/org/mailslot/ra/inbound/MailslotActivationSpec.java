package org.mailslot.ra.inbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.Serializable;
import java.util.Locale;
import org.mailslot.jms.MailslotOptions;
import org.mailslot.ra.Settings;

/**
 * How a message-driven bean receives: the usual Jakarta Messaging activation properties, the settings URI of the
 * host (empty means the adapter's) and a redelivery limit with a dead-letter queue. {@link #validate()} runs at
 * deployment and names the property at fault.
 */
public class MailslotActivationSpec implements ActivationSpec, ResourceAdapterAssociation, Serializable {

    private static final long serialVersionUID = 1L;

    /** Largest {@code maxSessions}: each session holds a WorkManager thread while the endpoint is active. */
    public static final int MAX_SESSIONS_LIMIT = 64;

    /** The host's settings URI; empty means the adapter's. */
    private String uri = "";
    /** The queue or topic name the endpoint receives from. */
    private String destination;
    /** {@code jakarta.jms.Queue} or {@code jakarta.jms.Topic}. */
    private String destinationType = "jakarta.jms.Queue";
    /** The JMS message selector, or null for every message. */
    private String messageSelector;
    /** {@code Auto-acknowledge} or {@code Dups-ok-acknowledge}. */
    private String acknowledgeMode = "Auto-acknowledge";
    /** {@code NonDurable} or {@code Durable}, for topics. */
    private String subscriptionDurability = "NonDurable";
    /** The name of a durable or shared topic subscription. */
    private String subscriptionName;
    /** The client ID of the endpoint's connection, which a durable subscription needs. */
    private String clientId;
    /** Concurrent deliveries, 1 to {@value #MAX_SESSIONS_LIMIT}. */
    private Integer maxSessions = 1;
    /** Deliveries of one message before it is dead-lettered; 0 redelivers for ever. */
    private Integer maxDeliveryAttempts = 5;
    /** Where a message goes after the last failed delivery; empty discards it. */
    private String deadLetterQueue = "";
    private transient ResourceAdapter adapter;

    /** {@return the host's settings URI; empty means the adapter's} */
    public String getUri() {
        return uri;
    }

    /**
     * The host's settings URI ({@code mailslot://...}); empty means the adapter's.
     *
     * @param uri a {@code mailslot://} settings URI, or empty
     */
    public void setUri(String uri) {
        this.uri = uri == null ? "" : uri;
    }

    /** {@return the queue or topic name the endpoint receives from} */
    public String getDestination() {
        return destination;
    }

    /**
     * A queue or topic name as {@code Session.createQueue/createTopic} take it: a slot path or a UNC name.
     *
     * @param destination the name
     */
    public void setDestination(String destination) {
        this.destination = destination;
    }

    /** {@return {@code jakarta.jms.Queue} or {@code jakarta.jms.Topic}} */
    public String getDestinationType() {
        return destinationType;
    }

    /**
     * {@code jakarta.jms.Queue} (default) or {@code jakarta.jms.Topic}.
     *
     * @param destinationType the interface name
     */
    public void setDestinationType(String destinationType) {
        this.destinationType = destinationType;
    }

    /** {@return the JMS message selector, or null for every message} */
    public String getMessageSelector() {
        return messageSelector;
    }

    /**
     * Chooses which messages the endpoint receives.
     *
     * @param messageSelector a selector, e.g. {@code priority > 4}, or null
     */
    public void setMessageSelector(String messageSelector) {
        this.messageSelector = messageSelector;
    }

    /** {@return {@code Auto-acknowledge} or {@code Dups-ok-acknowledge}} */
    public String getAcknowledgeMode() {
        return acknowledgeMode;
    }

    /**
     * {@code Auto-acknowledge} (default) or {@code Dups-ok-acknowledge}; used when delivery is not transacted.
     *
     * @param acknowledgeMode the mode
     */
    public void setAcknowledgeMode(String acknowledgeMode) {
        this.acknowledgeMode = acknowledgeMode;
    }

    /** {@return {@code NonDurable} or {@code Durable}, for topics} */
    public String getSubscriptionDurability() {
        return subscriptionDurability;
    }

    /**
     * {@code NonDurable} (default) or {@code Durable}, for topics.
     *
     * @param subscriptionDurability the durability
     */
    public void setSubscriptionDurability(String subscriptionDurability) {
        this.subscriptionDurability = subscriptionDurability;
    }

    /** {@return the name of a durable or shared topic subscription} */
    public String getSubscriptionName() {
        return subscriptionName;
    }

    /**
     * Names the durable or shared subscription of a topic endpoint.
     *
     * @param subscriptionName the subscription name
     */
    public void setSubscriptionName(String subscriptionName) {
        this.subscriptionName = subscriptionName;
    }

    /** {@return the client ID of the endpoint's connection, which a durable subscription needs} */
    public String getClientId() {
        return clientId;
    }

    /**
     * Sets the client ID of the endpoint's connection.
     *
     * @param clientId the client ID, or null
     */
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    /** {@return concurrent deliveries, 1 to {@value #MAX_SESSIONS_LIMIT}} */
    public Integer getMaxSessions() {
        return maxSessions;
    }

    /**
     * Concurrent deliveries, 1 to {@value #MAX_SESSIONS_LIMIT}; 1 keeps arrival order.
     *
     * @param maxSessions the number of sessions
     */
    public void setMaxSessions(Integer maxSessions) {
        this.maxSessions = maxSessions;
    }

    /** {@return deliveries of one message before it is dead-lettered; 0 redelivers for ever} */
    public Integer getMaxDeliveryAttempts() {
        return maxDeliveryAttempts;
    }

    /**
     * Deliveries of one message before it is dead-lettered (default 5); 0 redelivers for ever.
     *
     * @param maxDeliveryAttempts the attempts
     */
    public void setMaxDeliveryAttempts(Integer maxDeliveryAttempts) {
        this.maxDeliveryAttempts = maxDeliveryAttempts;
    }

    /** {@return where a message goes after the last failed delivery; empty discards it} */
    public String getDeadLetterQueue() {
        return deadLetterQueue;
    }

    /**
     * Queue a message goes to after the last failed delivery; empty discards it (logged).
     *
     * @param deadLetterQueue a queue name, or empty
     */
    public void setDeadLetterQueue(String deadLetterQueue) {
        this.deadLetterQueue = deadLetterQueue == null ? "" : deadLetterQueue;
    }

    @Override
    public void validate() throws InvalidPropertyException {
        settings(adapter instanceof org.mailslot.ra.MailslotResourceAdapter mailslot ? mailslot.getUri()
                : MailslotOptions.SCHEME + "://" + MailslotOptions.LOCAL);
    }

    /**
     * The checked settings, with {@code adapterUri} standing in for an empty {@code uri}.
     *
     * @param adapterUri the adapter's settings URI
     * @return the settings an activation runs with
     * @throws InvalidPropertyException whose message names the property and what it accepts
     */
    public ActivationSettings settings(String adapterUri) throws InvalidPropertyException {
        String effectiveUri = Settings.effectiveUri(uri, adapterUri);
        Settings.validateUri("uri", effectiveUri);
        if (blank(destination)) {
            throw Settings.invalid("destination", "is required: the queue or topic name the endpoint receives from");
        }
        boolean topic = switch (lower(destinationType)) {
            case "jakarta.jms.queue", "javax.jms.queue", "queue" -> false;
            case "jakarta.jms.topic", "javax.jms.topic", "topic" -> true;
            default -> throw Settings.invalid("destinationType", "must be jakarta.jms.Queue or jakarta.jms.Topic, got '"
                    + destinationType + "'");
        };
        boolean dupsOk = switch (lower(acknowledgeMode)) {
            case "auto-acknowledge", "auto_acknowledge" -> false;
            case "dups-ok-acknowledge", "dups_ok_acknowledge" -> true;
            default -> throw Settings.invalid("acknowledgeMode", "must be Auto-acknowledge or Dups-ok-acknowledge,"
                    + " got '" + acknowledgeMode + "'");
        };
        boolean durable = switch (lower(subscriptionDurability)) {
            case "nondurable", "non-durable" -> false;
            case "durable" -> true;
            default -> throw Settings.invalid("subscriptionDurability", "must be Durable or NonDurable, got '"
                    + subscriptionDurability + "'");
        };
        if (durable && !topic) {
            throw Settings.invalid("subscriptionDurability", "Durable applies to topics only; destination '"
                    + destination + "' is a queue");
        }
        if (durable && blank(subscriptionName)) {
            throw Settings.invalid("subscriptionName", "is required for a durable subscription");
        }
        int sessions = maxSessions == null ? 1 : maxSessions;
        if (sessions < 1 || sessions > MAX_SESSIONS_LIMIT) {
            throw Settings.invalid("maxSessions", "must be between 1 and " + MAX_SESSIONS_LIMIT + ", got " + sessions);
        }
        int attempts = maxDeliveryAttempts == null ? 0 : maxDeliveryAttempts;
        if (attempts < 0) {
            throw Settings.invalid("maxDeliveryAttempts", "must be 0 (no limit) or more, got " + attempts);
        }
        return new ActivationSettings(effectiveUri, destination.trim(), topic, blankToNull(messageSelector), dupsOk,
                durable, blankToNull(subscriptionName), blankToNull(clientId), sessions, attempts,
                blankToNull(deadLetterQueue));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String blankToNull(String text) {
        return blank(text) ? null : text.trim();
    }

    private static String lower(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return adapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter adapter) throws ResourceException {
        this.adapter = adapter;
    }

    @Override
    public String toString() {
        return "MailslotActivationSpec[destination=" + destination + ", destinationType=" + destinationType
                + ", maxSessions=" + maxSessions + "]";
    }
}
