package org.mailslot.jms.client;

import java.time.InstantSource;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.mailslot.jms.MailslotOptions;
import org.mailslot.jms.message.ObjectBodyPolicy;

/**
 * The in-JVM networks of local-only factories: factories whose configuration differs only in options of the factory
 * itself (client ID, credentials, default identity, persistent-delivery policy, deserialisation allow-list,
 * management names) and that read the same clock share one network, so a message sent
 * through one reaches a queue or durable subscription made through another, as one in-VM broker would. The network
 * closes with the last factory that uses it.
 */
final class LocalNetworks {

    private static final Map<Object, Shared> NETWORKS = new HashMap<>();
    private static final IdentityHashMap<ProviderRuntime, Object> KEYS = new IdentityHashMap<>();

    private record Shared(ProviderRuntime runtime, int users) {
    }

    /** Keys that configure one factory and its connections, not the network they join. */
    private static final Set<String> CLIENT_KEYS = Set.of("jms.clientID", "jms.credentials", "jms.user",
            "jms.password", "jms.persistentDelivery", ObjectBodyPolicy.OPTION, "jms.jmx", "jms.metricsName");

    private LocalNetworks() {
    }

    /** Which network local factories with these options and this clock join: all keys but the client-side ones. */
    static Object keyOf(MailslotOptions options, InstantSource clock) {
        StringBuilder key = new StringBuilder();
        for (String k : new TreeSet<>(MailslotOptions.KEYS.keySet())) {
            if (!CLIENT_KEYS.contains(k)) {
                key.append('&').append(k).append('=').append(options.get(k));
            }
        }
        return List.of(key.toString(), clock);
    }

    /** The running network for {@code key}, started by {@code start} when there is none; counts one more user. */
    static synchronized ProviderRuntime acquire(Object key, Supplier<ProviderRuntime> start) {
        Shared shared = NETWORKS.get(key);
        if (shared == null || shared.runtime().isClosed()) {
            shared = new Shared(start.get(), 0);
        }
        NETWORKS.put(key, new Shared(shared.runtime(), shared.users() + 1));
        KEYS.put(shared.runtime(), key);
        return shared.runtime();
    }

    /** One user less; true when none is left (or the runtime was never shared), so the caller closes it. */
    static synchronized boolean release(ProviderRuntime runtime) {
        Object key = KEYS.get(runtime);
        Shared shared = key == null ? null : NETWORKS.get(key);
        if (shared == null || shared.runtime() != runtime) {
            KEYS.remove(runtime);
            return true;
        }
        if (shared.users() <= 1) {
            NETWORKS.remove(key);
            KEYS.remove(runtime);
            return true;
        }
        NETWORKS.put(key, new Shared(runtime, shared.users() - 1));
        return false;
    }
}
