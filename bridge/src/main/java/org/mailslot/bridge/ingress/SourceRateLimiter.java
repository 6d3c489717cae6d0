package org.mailslot.bridge.ingress;

import java.net.InetAddress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.mailslot.bridge.config.RateLimit;

/**
 * A token bucket per UDP source address (what the network delivered the datagram from, not the SOURCE_IP field the
 * sender writes into the NetBIOS header, which costs nothing to vary): each source may send {@code burst} datagrams
 * at once and {@code perSecond} on average. The clock is injected (nanoseconds, like {@link System#nanoTime()})
 * so tests move time instead of waiting for it.
 *
 * <p>At most {@code maxSources} buckets are kept; the least recently seen source is forgotten first, so a
 * flood of spoofed source addresses costs bounded memory (a forgotten source starts again with a full bucket).
 * Called from the single UDP reader thread; synchronized so egress or tests may share it safely.
 */
public final class SourceRateLimiter {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final RateLimit limit;
    private final LongSupplier nanoClock;
    private final Map<InetAddress, Bucket> buckets;

    public SourceRateLimiter(RateLimit limit, LongSupplier nanoClock, int maxSources) {
        if (maxSources < 1) {
            throw new IllegalArgumentException("maxSources must be at least 1, was " + maxSources);
        }
        this.limit = limit;
        this.nanoClock = nanoClock;
        this.buckets = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<InetAddress, Bucket> eldest) {
                return size() > maxSources;
            }
        };
    }

    /** Takes one token for the UDP source address; false when its bucket is empty. */
    public synchronized boolean tryAcquire(InetAddress source) {
        if (limit.isUnlimited()) {
            return true;
        }
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.computeIfAbsent(source, ip -> new Bucket(limit.burst(), now));
        bucket.refill(now, limit);
        if (bucket.tokens >= 1.0) {
            bucket.tokens -= 1.0;
            return true;
        }
        return false;
    }

    /** One source's tokens and when they were last topped up. */
    private static final class Bucket {
        double tokens;
        long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        void refill(long now, RateLimit limit) {
            long elapsed = now - refilledAt;
            if (elapsed > 0) {
                tokens = Math.min(limit.burst(), tokens + (double) elapsed * limit.perSecond() / NANOS_PER_SECOND);
                refilledAt = now;
            }
        }
    }
}
