package org.mailslot.wire;

/**
 * Largest message (Databytes) per datagram, by target (MAILSLOT-PROTOCOL §2.6). Immutable.
 *
 * <p>{@link #WINDOWS} applies what Windows itself enforces: every SMB stays within 512 bytes, so a target carries
 * {@code 432 - roundup4(n)} bytes, where n is the length of the slot path after {@code \MAILSLOT\}, and a group
 * target (a domain or {@code *}) at most 424 of them: {@code min(424, 432 - roundup4(n))}. {@link #SAMBA} adds
 * what Samba's nmbd needs: it reads at most {@value #SAMBA_UDP_PAYLOAD} bytes of a UDP datagram and drops the rest
 * as malformed, so the whole datagram (NetBIOS header, both names with their scope, the SMB and the message) stays
 * within that. {@link #withCeiling} replaces both with one larger limit for Java-to-Java use; Windows and Samba
 * peers drop such datagrams.
 *
 * <p>The bytes a target needs besides the message ("framing") come from {@link MailslotCodec#framingLength}.
 */
public final class WireLimits {

    /** Windows' limit for writes to a domain or {@code *}. */
    public static final int GROUP_PAYLOAD_LIMIT = 424;
    /** Largest ceiling {@link #withCeiling} accepts: a comfortable margin under IPv4's 65,507-byte UDP payload. */
    public static final int MAX_CEILING = 65_000;
    /** The most of a UDP datagram Samba's nmbd reads (its receive buffer); a longer datagram is malformed to it. */
    public static final int SAMBA_UDP_PAYLOAD = 576;
    /** The unique-target base of MS-MAIL note 2: 512 bytes of SMB minus its fixed part and the prefix. */
    private static final int UNIQUE_PAYLOAD_BASE = 432;
    /** Framing of a write without scope, from the Windows-client profile: header 14, names 2 x 34, SMB to the data. */
    private static final int NAMES_AND_HEADER = 14 + 2 * 34;

    /** Windows' rules. */
    public static final WireLimits WINDOWS = new WireLimits(0, 0);
    /** Windows' rules, and whole datagrams of at most {@value #SAMBA_UDP_PAYLOAD} bytes for Samba's nmbd. */
    public static final WireLimits SAMBA = new WireLimits(0, SAMBA_UDP_PAYLOAD);

    /** 0 for Windows' rules, else one limit for every target. */
    private final int ceiling;
    /** 0 for none, else the largest whole UDP payload. */
    private final int datagramLimit;

    private WireLimits(int ceiling, int datagramLimit) {
        this.ceiling = ceiling;
        this.datagramLimit = datagramLimit;
    }

    /**
     * @param name {@code windows} or {@code samba}, in any case
     * @return {@link #WINDOWS} or {@link #SAMBA}
     * @throws IllegalArgumentException for any other name
     */
    public static WireLimits profile(String name) {
        return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "windows" -> WINDOWS;
            case "samba" -> SAMBA;
            default -> throw new IllegalArgumentException("limits profile '" + name + "' is neither windows nor samba");
        };
    }

    /** @return true for the Samba-safe profile */
    public boolean isSamba() {
        return datagramLimit > 0;
    }

    /**
     * @param maxPayload the largest message for any target, 1..{@value #MAX_CEILING}
     * @return limits that allow {@code maxPayload} bytes to every target (Java-to-Java use)
     */
    public static WireLimits withCeiling(int maxPayload) {
        if (maxPayload < 1 || maxPayload > MAX_CEILING) {
            throw new IllegalArgumentException("payload ceiling " + maxPayload + " is outside 1.." + MAX_CEILING);
        }
        return new WireLimits(maxPayload, 0);
    }

    /**
     * The limit with the framing of a Windows-client write without scope.
     *
     * @param group        true for group and broadcast targets
     * @param mailslotName the transaction name ({@code \MAILSLOT\TEST}) or just the slot path ({@code TEST})
     * @return the largest message this target may carry, in bytes
     */
    public int maxPayload(boolean group, String mailslotName) {
        return maxPayload(group, mailslotName, defaultFraming(mailslotName));
    }

    /**
     * @param group        true for group and broadcast targets
     * @param mailslotName the transaction name ({@code \MAILSLOT\TEST}) or just the slot path ({@code TEST})
     * @param framing      the datagram's bytes besides the message ({@link MailslotCodec#framingLength})
     * @return the largest message this target may carry, in bytes
     */
    public int maxPayload(boolean group, String mailslotName, int framing) {
        if (ceiling > 0) {
            return ceiling;
        }
        int windows = windowsLimit(group, mailslotName);
        return datagramLimit > 0 ? Math.max(0, Math.min(windows, datagramLimit - framing)) : windows;
    }

    /** As {@link #check(int, boolean, String, int)} with the framing of a Windows-client write without scope. */
    void check(int size, boolean group, String mailslotName) {
        check(size, group, mailslotName, defaultFraming(mailslotName));
    }

    /** Throws {@link MessageTooLargeException} naming the rule when {@code size} is over the limit. */
    void check(int size, boolean group, String mailslotName, int framing) {
        int limit = maxPayload(group, mailslotName, framing);
        if (size > limit) {
            throw new MessageTooLargeException(size, limit, rule(group, mailslotName, framing));
        }
    }

    /**
     * @return the rule that sets {@link #maxPayload(boolean, String, int)} for this target, as a sentence fragment
     *         that names the setting behind it
     */
    public String rule(boolean group, String mailslotName, int framing) {
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
        if (datagramLimit > 0 && datagramLimit - framing < windowsLimit(group, mailslotName)) {
            rule = "the samba limits profile (wire.limits=samba) keeps whole datagrams within " + datagramLimit
                    + " bytes, what Samba's nmbd reads, and this target's headers take " + framing + " of them";
        }
        return rule;
    }

    private int windowsLimit(boolean group, String mailslotName) {
        int withinSmb = UNIQUE_PAYLOAD_BASE - roundUp4(slotPathLength(mailslotName));
        return group ? Math.min(GROUP_PAYLOAD_LIMIT, withinSmb) : withinSmb;
    }

    // Header and two unscoped names, then the SMB up to 4-byte-aligned data (the Windows-client profile).
    private static int defaultFraming(String mailslotName) {
        int prefixed = slotPathLength(mailslotName) + MailslotDatagram.MAILSLOT_PREFIX.length();
        return NAMES_AND_HEADER + SmbMailslotWrite.dataOffset(SmbProfile.WINDOWS_CLIENT, prefixed);
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
        return other instanceof WireLimits that && ceiling == that.ceiling && datagramLimit == that.datagramLimit;
    }

    @Override
    public int hashCode() {
        return 31 * ceiling + datagramLimit;
    }

    @Override
    public String toString() {
        return ceiling > 0 ? "WireLimits[ceiling " + ceiling + "]" : datagramLimit > 0 ? "WireLimits[SAMBA]"
                : "WireLimits[WINDOWS]";
    }
}
