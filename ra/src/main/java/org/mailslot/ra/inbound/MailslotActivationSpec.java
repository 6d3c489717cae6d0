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

    private String uri = "";
    private String destination;
    private String destinationType = "jakarta.jms.Queue";
    private String messageSelector;
    private String acknowledgeMode = "Auto-acknowledge";
    private String subscriptionDurability = "NonDurable";
    private String subscriptionName;
    private String clientId;
    private Integer maxSessions = 1;
    private Integer maxDeliveryAttempts = 5;
    private String deadLetterQueue = "";
    private transient ResourceAdapter adapter;

    public String getUri() {
        return uri;
    }

    /** The host's settings URI ({@code mailslot://...}); empty means the adapter's. */
    public void setUri(String uri) {
        this.uri = uri == null ? "" : uri;
    }

    public String getDestination() {
        return destination;
    }

    /** A queue or topic name as {@code Session.createQueue/createTopic} take it: a slot path or a UNC name. */
    public void setDestination(String destination) {
        this.destination = destination;
    }

    public String getDestinationType() {
        return destinationType;
    }

    /** {@code jakarta.jms.Queue} (default) or {@code jakarta.jms.Topic}. */
    public void setDestinationType(String destinationType) {
        this.destinationType = destinationType;
    }

    public String getMessageSelector() {
        return messageSelector;
    }

    public void setMessageSelector(String messageSelector) {
        this.messageSelector = messageSelector;
    }

    public String getAcknowledgeMode() {
        return acknowledgeMode;
    }

    /** {@code Auto-acknowledge} (default) or {@code Dups-ok-acknowledge}; used when delivery is not transacted. */
    public void setAcknowledgeMode(String acknowledgeMode) {
        this.acknowledgeMode = acknowledgeMode;
    }

    public String getSubscriptionDurability() {
        return subscriptionDurability;
    }

    /** {@code NonDurable} (default) or {@code Durable}, for topics. */
    public void setSubscriptionDurability(String subscriptionDurability) {
        this.subscriptionDurability = subscriptionDurability;
    }

    public String getSubscriptionName() {
        return subscriptionName;
    }

    public void setSubscriptionName(String subscriptionName) {
        this.subscriptionName = subscriptionName;
    }

    public String getClientId() {
        return clientId;
    }

    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public Integer getMaxSessions() {
        return maxSessions;
    }

    /** Concurrent deliveries, 1 to {@value #MAX_SESSIONS_LIMIT}; 1 keeps arrival order. */
    public void setMaxSessions(Integer maxSessions) {
        this.maxSessions = maxSessions;
    }

    public Integer getMaxDeliveryAttempts() {
        return maxDeliveryAttempts;
    }

    /** Deliveries of one message before it is dead-lettered (default 5); 0 redelivers for ever. */
    public void setMaxDeliveryAttempts(Integer maxDeliveryAttempts) {
        this.maxDeliveryAttempts = maxDeliveryAttempts;
    }

    public String getDeadLetterQueue() {
        return deadLetterQueue;
    }

    /** Queue a message goes to after the last failed delivery; empty discards it (logged). */
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
