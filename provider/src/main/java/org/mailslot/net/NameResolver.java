package org.mailslot.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves a computer name to the socket address its mailslot datagrams go to, asking the sources of {@link
 * ResolverSettings#order()} in turn: the static table, the NetBIOS name service (answers cached for the TTL they
 * carried, silence for the negative TTL), names learned from received datagrams, and DNS. Names compare
 * case-insensitively, as NetBIOS names do.
 *
 * <p>Learning is guarded: a name in the static table or confirmed by the name service is never learned over, and
 * the learned table is bounded per source and in all (see {@link LearnedNames}). Thread-safe.
 */
public final class NameResolver {

    private static final Logger LOG = LoggerFactory.getLogger(NameResolver.class);

    /** How many learned names are kept by default. */
    public static final int DEFAULT_LEARNED_CAPACITY = ResolverSettings.DEFAULTS.learnedCapacity();

    private final Map<String, InetSocketAddress> staticTable;
    private final HostLookup dns;
    private final int port;
    private final ResolverSettings settings;
    private final String scope;
    private final LearnedNames learned;
    private final NameServiceCache cache;
    private final LongAdder refusedProtected = new LongAdder();
    private volatile NameServiceLookup nameService;

    /**
     * A resolver with the default settings but for the learned table's capacity.
     *
     * @param staticTable     name to address; the address gets {@code port}
     * @param lookup          the DNS step, e.g. {@link HostLookup#DNS} or {@link HostLookup#NONE}
     * @param port            the mailslot port of the network
     * @param learnedCapacity how many learned names to keep
     */
    public NameResolver(Map<String, InetAddress> staticTable, HostLookup lookup, int port, int learnedCapacity) {
        this(staticTable, lookup, port, new ResolverSettings(ResolverSettings.DEFAULT_ORDER, learnedCapacity,
                ResolverSettings.DEFAULTS.learnedPerSource(), ResolverSettings.DEFAULTS.learnedMaxAge(),
                ResolverSettings.DEFAULTS.negativeTtl(), ResolverSettings.DEFAULTS.cacheCapacity()),
                InstantSource.system(), "");
    }

    /**
     * @param staticTable name to address; the address gets {@code port}
     * @param dns         the DNS step, e.g. {@link HostLookup#DNS} or {@link HostLookup#NONE}
     * @param port        the mailslot port of the network
     * @param settings    order, bounds and TTLs
     * @param clock       the clock of every TTL and age
     * @param scope       the NetBIOS scope name-service queries are made in
     */
    public NameResolver(Map<String, InetAddress> staticTable, HostLookup dns, int port, ResolverSettings settings,
            InstantSource clock, String scope) {
        Objects.requireNonNull(staticTable, "staticTable");
        this.dns = Objects.requireNonNull(dns, "dns");
        this.port = port;
        this.settings = Objects.requireNonNull(settings, "settings");
        this.scope = Objects.requireNonNull(scope, "scope");
        Map<String, InetSocketAddress> table = new HashMap<>();
        staticTable.forEach((name, address) -> table.put(key(name), new InetSocketAddress(address, port)));
        this.staticTable = Map.copyOf(table);
        this.learned = new LearnedNames(settings.learnedCapacity(), settings.learnedPerSource(),
                settings.learnedMaxAge(), clock);
        this.cache = new NameServiceCache(settings.cacheCapacity(), clock);
    }

    /** Plugs in the name-service step (until then it finds nothing). */
    public void useNameService(NameServiceLookup lookup) {
        this.nameService = lookup;
    }

    /**
     * Where datagrams for {@code computerName} go.
     *
     * @param computerName a NetBIOS computer name or a host name
     * @return the socket address, or empty when no step knows the name
     */
    public Optional<InetSocketAddress> resolve(String computerName) {
        return resolveWithStep(computerName).map(Resolution::address);
    }

    /**
     * Where datagrams for {@code computerName} go, and which step said so.
     *
     * @param computerName a NetBIOS computer name or a host name
     * @return the answer, or empty when no step knows the name
     */
    public Optional<Resolution> resolveWithStep(String computerName) {
        String key = key(computerName);
        for (ResolutionStep step : settings.order()) {
            Optional<InetSocketAddress> found = switch (step) {
                case STATIC -> Optional.ofNullable(staticTable.get(key));
                case NAME_SERVICE -> askNameService(key);
                case LEARNED -> learned.get(key);
                case DNS -> dns.lookup(computerName).map(a -> new InetSocketAddress(a, port));
            };
            if (found.isPresent()) {
                return Optional.of(new Resolution(found.get(), step));
            }
        }
        return Optional.empty();
    }

    private Optional<InetSocketAddress> askNameService(String key) {
        NameServiceLookup lookup = nameService;
        if (lookup == null || key.length() > 15) {
            return Optional.empty();
        }
        Optional<InetSocketAddress> cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        try {
            Optional<NameServiceLookup.Resolved> answer = lookup.lookup(key, 0x00, scope);
            if (answer.isEmpty()) {
                cache.put(key, null, settings.negativeTtl().toSeconds());
                return Optional.empty();
            }
            InetSocketAddress address = new InetSocketAddress(answer.get().address(), port);
            cache.put(key, address, answer.get().ttlSeconds());
            // A confirmed owner replaces whatever a datagram taught us.
            learned.remove(key);
            return Optional.of(address);
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("name-service query for {} failed: {}", key, e.toString());
            return Optional.empty();
        }
    }

    /**
     * Remembers that {@code computerName} sends from {@code source}, unless learning is off, the name is in the
     * static table or confirmed by the name service, or the learned table's bounds refuse it. The caller must only
     * pass datagrams addressed to us or our domain.
     *
     * @return true when the name was learned or refreshed
     */
    public boolean learn(String computerName, InetSocketAddress source) {
        if (!settings.uses(ResolutionStep.LEARNED)) {
            return false;
        }
        String key = key(computerName);
        if (staticTable.containsKey(key) || cache.confirmed(key)) {
            refusedProtected.increment();
            return false;
        }
        return learned.learn(key, source);
    }

    /** The static table, upper-case names. */
    public Map<String, InetSocketAddress> staticNames() {
        return staticTable;
    }

    /** How many names were not learned, by reason: PROTECTED, TABLE_FULL, SOURCE_LIMIT. */
    public Map<String, Long> learningRefusals() {
        return Map.of("PROTECTED", refusedProtected.sum(), "TABLE_FULL", learned.refusedFull(), "SOURCE_LIMIT",
                learned.refusedPerSource());
    }

    /** The settings in use. */
    public ResolverSettings settings() {
        return settings;
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    /**
     * A resolved name.
     *
     * @param address where its datagrams go
     * @param step    which step found it
     */
    public record Resolution(InetSocketAddress address, ResolutionStep step) {
    }
}
