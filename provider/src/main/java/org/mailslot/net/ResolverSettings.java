package org.mailslot.net;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How computer names are resolved.
 *
 * @param order            the steps in use, first asked first; a step not listed is off
 * @param learnedCapacity  how many learned names are kept at most; beyond it new names are refused, never
 *                         evicting a live entry
 * @param learnedPerSource how many names one UDP source address may teach (a forged flood from one address stops
 *                         there)
 * @param learnedMaxAge    how long a learned name lives after the last datagram that confirmed it
 * @param negativeTtl      how long "nobody answered" is remembered for a name-service query
 * @param cacheCapacity    how many name-service answers (positive and negative) are cached at most
 */
public record ResolverSettings(List<ResolutionStep> order, int learnedCapacity, int learnedPerSource,
        Duration learnedMaxAge, Duration negativeTtl, int cacheCapacity) {

    /** The default order: static table, name service, learned names, DNS. */
    public static final List<ResolutionStep> DEFAULT_ORDER = List.of(ResolutionStep.STATIC,
            ResolutionStep.NAME_SERVICE, ResolutionStep.LEARNED, ResolutionStep.DNS);
    /** The defaults. */
    public static final ResolverSettings DEFAULTS = new ResolverSettings(DEFAULT_ORDER, 4096, 16,
            Duration.ofMinutes(15), Duration.ofSeconds(30), 1024);

    /** Validates the values; the order may not repeat a step. */
    public ResolverSettings {
        order = List.copyOf(order);
        if (new LinkedHashSet<>(order).size() != order.size()) {
            throw new IllegalArgumentException("resolution order " + order + " names a step twice");
        }
        if (learnedCapacity < 0 || learnedPerSource < 0 || cacheCapacity < 0) {
            throw new IllegalArgumentException("learnedCapacity, learnedPerSource and cacheCapacity must not be negative");
        }
        Objects.requireNonNull(learnedMaxAge, "learnedMaxAge");
        Objects.requireNonNull(negativeTtl, "negativeTtl");
        if (learnedMaxAge.isNegative() || negativeTtl.isNegative()) {
            throw new IllegalArgumentException("learnedMaxAge and negativeTtl must not be negative");
        }
    }

    /**
     * Parses an order such as {@code static,nameservice,learned,dns} (case-insensitive; {@code name-service} and
     * {@code name_service} also work).
     *
     * @throws IllegalArgumentException naming the unknown step and the known ones
     */
    public static List<ResolutionStep> parseOrder(String text) {
        List<ResolutionStep> steps = new java.util.ArrayList<>();
        for (String part : text.split(",", -1)) {
            String key = part.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
            if (key.isEmpty()) {
                continue;
            }
            ResolutionStep step = switch (key) {
                case "STATIC" -> ResolutionStep.STATIC;
                case "NAMESERVICE", "NBNS", "NETBIOS" -> ResolutionStep.NAME_SERVICE;
                case "LEARNED" -> ResolutionStep.LEARNED;
                case "DNS" -> ResolutionStep.DNS;
                default -> throw new IllegalArgumentException("unknown resolution step '" + part.trim()
                        + "'; use a comma-separated list of static, nameservice, learned, dns");
            };
            steps.add(step);
        }
        return steps;
    }

    /** @return true when {@code step} is in the order */
    public boolean uses(ResolutionStep step) {
        return order.contains(step);
    }

    /** @return these settings with another order */
    public ResolverSettings withOrder(List<ResolutionStep> value) {
        return new ResolverSettings(value, learnedCapacity, learnedPerSource, learnedMaxAge, negativeTtl, cacheCapacity);
    }
}
