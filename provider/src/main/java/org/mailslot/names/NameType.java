package org.mailslot.names;

import java.util.Locale;
import org.mailslot.wire.NetbiosName;

/**
 * The NetBIOS name type (16th byte, "suffix") a write is addressed to: {@code <00>} by default, or one of the
 * names browser and domain protocols use: {@code <1D>} local master browser, {@code <1B>} domain master browser,
 * {@code <1E>} browser elections, {@code <1C>} domain controllers, {@code <03>} messenger, and the special group
 * name {@code \x01\x02__MSBROWSE__\x02<01>} of all master browsers, which replaces the server name.
 *
 * @param suffix   the name type byte, 0..255
 * @param msbrowse true for {@code __MSBROWSE__<01>}
 */
public record NameType(int suffix, boolean msbrowse) implements java.io.Serializable {

    /** {@code <00>}: the workstation name of a computer, the group name of a domain. */
    public static final NameType DEFAULT = new NameType(0x00, false);
    /** {@code <03>}: messenger. */
    public static final NameType MESSENGER = new NameType(0x03, false);
    /** {@code <1B>}: domain master browser (the PDC). */
    public static final NameType DOMAIN_MASTER_BROWSER = new NameType(0x1B, false);
    /** {@code <1C>}: domain controllers (group). */
    public static final NameType DOMAIN_CONTROLLERS = new NameType(0x1C, false);
    /** {@code <1D>}: local master browser. */
    public static final NameType MASTER_BROWSER = new NameType(0x1D, false);
    /** {@code <1E>}: browser elections (group). */
    public static final NameType BROWSER_ELECTIONS = new NameType(0x1E, false);
    /** {@code \x01\x02__MSBROWSE__\x02<01>}: every master browser (group). */
    public static final NameType MSBROWSE = new NameType(0x01, true);

    /** The server part of {@code __MSBROWSE__<01>}: {@code \x01\x02__MSBROWSE__\x02}. */
    public static final String MSBROWSE_NAME = "\u0001\u0002__MSBROWSE__\u0002";

    /** Validates the suffix. */
    public NameType {
        if (suffix < 0 || suffix > 0xFF) {
            throw new IllegalArgumentException("name type " + suffix + " is outside 0..255 (00..FF)");
        }
        if (msbrowse && suffix != 0x01) {
            throw new IllegalArgumentException("__MSBROWSE__ has name type 01 only");
        }
    }

    /**
     * Parses {@code 1D}, {@code 0x1d}, {@code <1D>} or {@code msbrowse} / {@code __MSBROWSE__}.
     *
     * @throws IllegalArgumentException saying what is accepted
     */
    public static NameType parse(String text) {
        String value = text.trim();
        String upper = value.toUpperCase(Locale.ROOT);
        if (upper.equals("MSBROWSE") || upper.equals("__MSBROWSE__") || upper.equals("__MSBROWSE__<01>")) {
            return MSBROWSE;
        }
        if (upper.startsWith("<") && upper.endsWith(">")) {
            upper = upper.substring(1, upper.length() - 1);
        } else if (upper.startsWith("0X")) {
            upper = upper.substring(2);
        }
        if (upper.isEmpty() || upper.length() > 2 || !upper.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw new IllegalArgumentException("name type \"" + text + "\" is not a hex byte such as 00, 1D, 1B, 1E,"
                    + " 1C or 03, nor msbrowse");
        }
        return new NameType(Integer.parseInt(upper, 16), false);
    }

    /** The NetBIOS destination name for a write to {@code server} with this type. */
    public NetbiosName destination(String server, String scope) {
        return msbrowse ? NetbiosName.of(MSBROWSE_NAME, 0x01, scope) : NetbiosName.of(server, suffix, scope);
    }

    /** @return {@code 1D}-style text, or {@code msbrowse} */
    @Override
    public String toString() {
        return msbrowse ? "msbrowse" : String.format("%02X", suffix);
    }
}
