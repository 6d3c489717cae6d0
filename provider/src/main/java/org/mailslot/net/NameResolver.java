package org.mailslot.net;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves a computer name to the socket address its mailslot datagrams go to: first the static table, then
 * names learned from received datagrams (the UDP source of the last datagram that carried that source name), then
 * the {@link HostLookup} (DNS by default). Names compare case-insensitively, as NetBIOS names do.
 *
 * <p>The learned table is bounded (least recently used entries go first) so that a flood of forged source names
 * cannot exhaust memory. Thread-safe.
 */
public final class NameResolver {

    /** How many learned names are kept by default. */
    public static final int DEFAULT_LEARNED_CAPACITY = 4096;

    private final Map<String, InetSocketAddress> staticTable;
    private final Map<String, InetSocketAddress> learned;
    private final HostLookup lookup;
    private final int port;

    /**
     * @param staticTable      name to address; an address without a port uses {@code port}
     * @param lookup           the last resort, e.g. {@link HostLookup#DNS} or {@link HostLookup#NONE}
     * @param port             the mailslot port of the network
     * @param learnedCapacity  how many learned names to keep
     */
    public NameResolver(Map<String, InetAddress> staticTable, HostLookup lookup, int port, int learnedCapacity) {
        Objects.requireNonNull(staticTable, "staticTable");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.port = port;
        Map<String, InetSocketAddress> table = new java.util.HashMap<>();
        staticTable.forEach((name, address) -> table.put(key(name), new InetSocketAddress(address, port)));
        this.staticTable = Map.copyOf(table);
        this.learned = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, InetSocketAddress> eldest) {
                return size() > learnedCapacity;
            }
        };
    }

    /**
     * Where datagrams for {@code computerName} go.
     *
     * @param computerName a NetBIOS computer name or a host name
     * @return the socket address, or empty when no source knows the name
     */
    public Optional<InetSocketAddress> resolve(String computerName) {
        String key = key(computerName);
        InetSocketAddress address = staticTable.get(key);
        if (address != null) {
            return Optional.of(address);
        }
        synchronized (learned) {
            address = learned.get(key);
        }
        if (address != null) {
            return Optional.of(address);
        }
        return lookup.lookup(computerName).map(a -> new InetSocketAddress(a, port));
    }

    /**
     * Remembers that {@code computerName} sends from {@code source}; replies go there, port included (as nmbd
     * answers a request to its UDP source port).
     */
    public void learn(String computerName, InetSocketAddress source) {
        String key = key(computerName);
        synchronized (learned) {
            if (!source.equals(learned.get(key))) {
                learned.put(key, source);
            }
        }
    }

    /** A copy of the learned names, upper-case, for diagnostics. */
    public Map<String, InetSocketAddress> learnedNames() {
        synchronized (learned) {
            return Map.copyOf(learned);
        }
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
