package org.mailslot.jms.management;

import java.util.Locale;

/**
 * The name a factory's counters are published under (the {@code name} key of its JMX ObjectName and the
 * {@code factory} tag of its Micrometer meters): the {@code jms.metricsName} option when given, otherwise one
 * derived from the URI ({@code local}, or the address and port such as {@code 127.0.0.1-138}).
 */
public final class ManagementName {

    private static final int MAX_LENGTH = 64;

    private ManagementName() {
    }

    /** Characters that need no quoting in an ObjectName value or a metrics tag. */
    private static boolean needsNoQuoting(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-';
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
            if (given.length() > MAX_LENGTH || !given.chars().allMatch(ManagementName::needsNoQuoting)) {
                throw new IllegalArgumentException("Mailslot option 'jms.metricsName' must be 1 to 64 letters, digits,"
                        + " '.', '_' or '-' (got '" + given + "')");
            }
            return given;
        }
        if (address == null) {
            return "local";
        }
        StringBuilder derived = new StringBuilder();
        for (char c : (address + "-" + port).toLowerCase(Locale.ROOT).toCharArray()) {
            derived.append(needsNoQuoting(c) ? c : '_');
        }
        return derived.length() > MAX_LENGTH ? derived.substring(0, MAX_LENGTH) : derived.toString();
    }
}
