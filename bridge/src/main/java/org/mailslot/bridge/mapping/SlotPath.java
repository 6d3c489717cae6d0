package org.mailslot.bridge.mapping;

import java.util.Locale;

/**
 * A slot's path: the part of the wire name after {@code \MAILSLOT\}, e.g. {@code NET\NETLOGON} for
 * {@code \MAILSLOT\NET\NETLOGON}. Slot names are case-insensitive, so comparisons and addresses use
 * {@link #lowerCase()}.
 */
public final class SlotPath {

    private static final String WIRE_PREFIX = "\\MAILSLOT\\";

    private final String asSent;
    // Every datagram's duplicate id needs it: folded once per slot path, not once per datagram.
    private final String lowerCase;

    public SlotPath(String asSent) {
        if (asSent.isEmpty()) {
            throw new IllegalArgumentException("a slot path cannot be empty");
        }
        this.asSent = asSent;
        this.lowerCase = asSent.toLowerCase(Locale.ROOT);
    }

    /**
     * The path of a wire transaction name such as {@code \MAILSLOT\TEST} (prefix in any case).
     *
     * @throws IllegalArgumentException if the name does not start with {@code \MAILSLOT\} or has nothing after it
     */
    public static SlotPath fromWireName(String wireName) {
        if (!wireName.regionMatches(true, 0, WIRE_PREFIX, 0, WIRE_PREFIX.length())
                || wireName.length() == WIRE_PREFIX.length()) {
            throw new IllegalArgumentException("'" + wireName + "' is not a mailslot name (\\MAILSLOT\\<name>)");
        }
        return new SlotPath(wireName.substring(WIRE_PREFIX.length()));
    }

    /** The path as the sender wrote it, e.g. {@code Net\\Logon}. */
    public String asSent() {
        return asSent;
    }

    public String lowerCase() {
        return lowerCase;
    }

    /**
     * The address labels for this path: lower case, one label per level. Characters other than letters, digits,
     * {@code _} and {@code -} are written {@code %xx} (hex), so {@code a.b} and {@code a\b} stay distinct and
     * no slot name can produce a broker wildcard ({@code *}, {@code #}).
     */
    public String addressSuffix() {
        String lower = lowerCase();
        StringBuilder suffix = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\\') {
                suffix.append('.');
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                suffix.append(c);
            } else {
                suffix.append('%').append(Character.forDigit(c >> 4 & 0xF, 16)).append(Character.forDigit(c & 0xF, 16));
            }
        }
        return suffix.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SlotPath that && asSent.equals(that.asSent);
    }

    @Override
    public int hashCode() {
        return asSent.hashCode();
    }

    @Override
    public String toString() {
        return asSent;
    }
}
