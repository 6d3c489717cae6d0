package org.mailslot.jms.client;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The in-JVM networks of local-only factories: factories whose configuration differs only in client-side options
 * (client ID, credentials, default identity) and that read the same clock share one network, so a message sent
 * through one reaches a queue or durable subscription made through another, as one in-VM broker would. The network
 * closes with the last factory that uses it.
 */
final class LocalNetworks {

    private static final Map<Object, Shared> NETWORKS = new HashMap<>();

    private record Shared(ProviderRuntime runtime, int users) {
    }

    private LocalNetworks() {
    }

    /** The running network for {@code key}, started by {@code start} when there is none; counts one more user. */
    static synchronized ProviderRuntime acquire(Object key, Supplier<ProviderRuntime> start) {
        Shared shared = NETWORKS.get(key);
        if (shared == null || shared.runtime().isClosed()) {
            shared = new Shared(start.get(), 0);
        }
        NETWORKS.put(key, new Shared(shared.runtime(), shared.users() + 1));
        shared.runtime().shareAs(key);
        return shared.runtime();
    }

    /** One user less; the network closes when none is left. Returns true when it closed. */
    static synchronized boolean release(Object key, ProviderRuntime runtime) {
        Shared shared = NETWORKS.get(key);
        if (shared == null || shared.runtime() != runtime) {
            return true;
        }
        if (shared.users() <= 1) {
            NETWORKS.remove(key);
            return true;
        }
        NETWORKS.put(key, new Shared(runtime, shared.users() - 1));
        return false;
    }
}
