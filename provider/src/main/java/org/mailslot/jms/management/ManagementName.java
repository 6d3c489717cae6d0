package org.mailslot.jms.management;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The name a factory's counters are published under (the {@code name} key of its JMX ObjectName and the
 * {@code factory} tag of its Micrometer meters): the {@code jms.metricsName} option when given, otherwise one
 * derived from the URI ({@code local}, or the address and port such as {@code 127.0.0.1-138}).
 */
public final class ManagementName {

    /** Characters that need no quoting in an ObjectName value or a metrics tag. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private ManagementName() {
    }

    /**
     * The name to publish under.
     *
     * @param given   the configured name, or null/empty to derive one
     * @param address the factory's address, or null for a local-only factory
     * @param port    the factory's port (ignored when {@code address} is null)
     * @throws IllegalArgumentException when {@code given} has characters other than letters, digits, '.', '_'
     *                                  and '-', or more than 64 of them
     */
    public static String resolve(String given, String address, String port) {
        if (given != null && !given.isEmpty()) {
            if (!VALID.matcher(given).matches()) {
                throw new IllegalArgumentException("Mailslot option 'jms.metricsName' must be 1 to 64 letters, digits,"
                        + " '.', '_' or '-' (got '" + given + "')");
            }
            return given;
        }
        if (address == null) {
            return "local";
        }
        String derived = (address + "-" + port).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "_");
        return derived.length() > 64 ? derived.substring(0, 64) : derived;
    }
}
