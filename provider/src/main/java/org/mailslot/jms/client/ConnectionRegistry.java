package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.mailslot.jms.message.RandomSeeds;

/**
 * The connections of one factory host and what they must not share: their client IDs and their ids in temporary
 * destination names. Tells every connection when the transport fails or the host stops. Thread-safe.
 */
final class ConnectionRegistry {

    private final Set<MailslotConnection> connections = ConcurrentHashMap.newKeySet();
    private final Set<String> clientIds = ConcurrentHashMap.newKeySet();
    private final AtomicLong connectionCounter = new AtomicLong();
    private final String instance = Long.toString((int) RandomSeeds.nextLongs(1)[0] & 0x7fffffffL, 36) + "x";

    void register(MailslotConnection connection) {
        connections.add(connection);
    }

    void unregister(MailslotConnection connection) {
        connections.remove(connection);
    }

    int size() {
        return connections.size();
    }

    /** Tells every connection's ExceptionListener that the transport failed. */
    void transportFailed(JMSException failure) {
        for (MailslotConnection connection : connections) {
            connection.onTransportFailure(failure);
        }
    }

    /** Tells every connection that the host stopped under it. */
    void hostStopped(JMSException failure) {
        for (MailslotConnection connection : connections) {
            connection.onHostStopped(failure);
        }
    }

    /** A short id, unique across hosts with high probability, used in temporary destination names. */
    String nextConnectionId() {
        return instance + Long.toString(connectionCounter.incrementAndGet(), 36);
    }

    /** Reserves a client ID for one connection; false when another connection of this host has it. */
    boolean reserveClientId(String clientId) {
        return clientIds.add(clientId);
    }

    void releaseClientId(String clientId) {
        clientIds.remove(clientId);
    }
}
