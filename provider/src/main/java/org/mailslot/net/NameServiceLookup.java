package org.mailslot.net;

import java.io.IOException;
import java.net.Inet4Address;
import java.util.Optional;

/**
 * The name-service step of resolution: asks the network (a broadcast query on UDP 137, or the WINS server) who owns
 * a NetBIOS name.
 * Implemented by {@code org.mailslot.names.NameService}; declared here so that resolution does not depend on it.
 */
@FunctionalInterface
public interface NameServiceLookup {

    /**
     * Asks who owns {@code computerName<suffix>} in {@code scope}.
     *
     * @return the owner's address and the TTL its answer carried, or empty when nobody answered in time
     * @throws IOException when the query cannot be sent
     */
    Optional<Resolved> lookup(String computerName, int suffix, String scope) throws IOException;

    /**
     * A positive answer.
     *
     * @param address    the owner's address
     * @param ttlSeconds how long the answer may be cached, as the owner said
     */
    record Resolved(Inet4Address address, long ttlSeconds) {
    }
}
