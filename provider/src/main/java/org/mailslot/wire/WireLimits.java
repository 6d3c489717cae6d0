package org.mailslot.wire;

/**
 * Largest message (Databytes) per datagram, by target (MAILSLOT-PROTOCOL §2.6). Immutable.
 *
 * <p>{@link #WINDOWS} applies what Windows itself enforces: every SMB stays within 512 bytes, so a target carries
 * {@code 432 - roundup4(n)} bytes, where n is the length of the slot path after {@code \MAILSLOT\}, and a group
 * target (a domain or {@code *}) at most 424 of them: {@code min(424, 432 - roundup4(n))}. {@link #withCeiling} replaces
 * both with one larger limit for Java-to-Java use; Windows and Samba peers drop such datagrams.
 */
public final class WireLimits {

    /** Windows' limit for writes to a domain or {@code *}. */
    public static final int GROUP_PAYLOAD_LIMIT = 424;
    /** Largest ceiling {@link #withCeiling} accepts: a comfortable margin under IPv4's 65,507-byte UDP payload. */
    public static final int MAX_CEILING = 65_000;
    /** The unique-target base of MS-MAIL note 2: 512 bytes of SMB minus its fixed part and the prefix. */
    private static final int UNIQUE_PAYLOAD_BASE = 432;

    /** Windows' rules. */
    public static final WireLimits WINDOWS = new WireLimits(0);

    /** 0 for Windows' rules, else one limit for every target. */
    private final int ceiling;

    private WireLimits(int ceiling) {
        this.ceiling = ceiling;
    }

    /**
     * @param maxPayload the largest message for any target, 1..{@value #MAX_CEILING}
     * @return limits that allow {@code maxPayload} bytes to every target (Java-to-Java use)
     */
    public static WireLimits withCeiling(int maxPayload) {
        if (maxPayload < 1 || maxPayload > MAX_CEILING) {
            throw new IllegalArgumentException("payload ceiling " + maxPayload + " is outside 1.." + MAX_CEILING);
        }
        return new WireLimits(maxPayload);
    }

    /**
     * @param group        true for group and broadcast targets
     * @param mailslotName the transaction name ({@code \MAILSLOT\TEST}) or just the slot path ({@code TEST})
     * @return the largest message this target may carry, in bytes
     */
    public int maxPayload(boolean group, String mailslotName) {
        if (ceiling > 0) {
            return ceiling;
        }
        int withinSmb = UNIQUE_PAYLOAD_BASE - roundUp4(slotPathLength(mailslotName));
        return group ? Math.min(GROUP_PAYLOAD_LIMIT, withinSmb) : withinSmb;
    }

    /** Throws {@link MessageTooLargeException} naming the rule when {@code size} is over the limit. */
    void check(int size, boolean group, String mailslotName) {
        int limit = maxPayload(group, mailslotName);
        if (size <= limit) {
            return;
        }
        String rule;
        if (ceiling > 0) {
            rule = "the configured ceiling for every target is " + ceiling + " bytes";
        } else if (group) {
            rule = "group datagrams carry at most min(" + GROUP_PAYLOAD_LIMIT + ", 432 - roundup4("
                    + slotPathLength(mailslotName) + ")) bytes so that the SMB stays within 512 bytes";
        } else {
            rule = "unique datagrams carry at most 432 - roundup4(" + slotPathLength(mailslotName)
                    + ") bytes so that the SMB stays within 512 bytes";
        }
        throw new MessageTooLargeException(size, limit, rule);
    }

    private static int slotPathLength(String mailslotName) {
        int prefix = MailslotDatagram.MAILSLOT_PREFIX.length();
        boolean prefixed = mailslotName.regionMatches(true, 0, MailslotDatagram.MAILSLOT_PREFIX, 0, prefix);
        return prefixed ? mailslotName.length() - prefix : mailslotName.length();
    }

    private static int roundUp4(int value) {
        return (value + 3) & ~3;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WireLimits that && ceiling == that.ceiling;
    }

    @Override
    public int hashCode() {
        return ceiling;
    }

    @Override
    public String toString() {
        return ceiling > 0 ? "WireLimits[ceiling " + ceiling + "]" : "WireLimits[WINDOWS]";
    }
}
