package org.mailslot.ra.inbound;

/**
 * The checked settings of one endpoint activation.
 *
 * @param uri                 the settings URI of the shared host
 * @param destination         the queue or topic name, as {@code Session.createQueue/createTopic} take it
 * @param topic               true for a topic
 * @param messageSelector     the selector, or null
 * @param dupsOk              true for {@code Dups-ok-acknowledge}
 * @param durable             true for a durable topic subscription
 * @param subscriptionName    the subscription name (durable or shared topic subscriptions), or null
 * @param clientId            the connection's client ID, or null
 * @param maxSessions         how many sessions (so concurrent deliveries) the endpoint gets
 * @param maxDeliveryAttempts deliveries of one message before it goes to the dead-letter queue; 0 means no limit
 * @param deadLetterQueue     where a message goes after {@code maxDeliveryAttempts}, or null to discard it
 */
public record ActivationSettings(String uri, String destination, boolean topic, String messageSelector,
                                 boolean dupsOk, boolean durable, String subscriptionName, String clientId,
                                 int maxSessions, int maxDeliveryAttempts, String deadLetterQueue) {
}
