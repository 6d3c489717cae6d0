package org.mailslot.jms.engine;

/**
 * Who sent a message, as far as {@code noLocal} cares (Jakarta Messaging 3.1 §8.3.3, §6.11.1): the sending
 * connection, and its client ID when it had one, since a durable subscription also ignores messages of any later
 * connection with the same client ID.
 *
 * @param connection id of the sending connection of this host
 * @param clientId   the client ID of that connection, or null
 */
public record MessageOrigin(String connection, String clientId) {

    /** Whether a subscriber on {@code connectionId} (with {@code subscriberClientId}, null for none) sent it. */
    public boolean isLocalTo(String connectionId, String subscriberClientId) {
        return connection.equals(connectionId) || (subscriberClientId != null && subscriberClientId.equals(clientId));
    }
}
