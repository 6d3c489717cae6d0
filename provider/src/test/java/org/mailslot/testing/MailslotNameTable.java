package org.mailslot.testing;

import java.util.List;
import java.util.stream.Stream;
import org.mailslot.slot.MailslotNameException.Rule;

/**
 * The one table of accepted and refused mailslot names. Every layer that takes a name (the slot model, the JMS
 * destinations, the bridge's wire names and address mapping) runs its tests over these rows, so the layers cannot
 * drift apart again. Shipped in the provider's test-jar for the bridge and the itests.
 */
public final class MailslotNameTable {

    /**
     * One row.
     *
     * @param unc     the UNC name as a user writes it
     * @param refused the rule it breaks, or null when the name is accepted
     * @param why     what the row shows, for test names
     */
    public record Row(String unc, Rule refused, String why) {

        /** True when every layer must accept the name. */
        public boolean accepted() {
            return refused == null;
        }

        /**
         * The slot path of the row as it would be on the wire, or null when the row is about the server part or the
         * prefix (the wire carries no server, so such rows do not apply to wire names).
         */
        public String pathOnWire() {
            int server = unc.indexOf('\\', 2);
            int keyword = server < 0 ? -1 : unc.toLowerCase(java.util.Locale.ROOT).indexOf("\\mailslot\\", server);
            if (keyword != server || serverRule()) {
                return null;
            }
            return unc.substring(keyword + "\\mailslot\\".length());
        }

        /** The wire transaction name, {@code \MAILSLOT\<path>}, or null as for {@link #pathOnWire()}. */
        public String wireName() {
            String path = pathOnWire();
            return path == null ? null : "\\MAILSLOT\\" + path;
        }

        /**
         * True when a JMS destination name reads the row differently: '?' starts the {@code ?payload=} suffix
         * there, so the name is refused for its suffix before the slot rule is reached (still refused).
         */
        public boolean questionMark() {
            return unc.indexOf('?') >= 0;
        }

        private boolean serverRule() {
            return why.startsWith("server");
        }

        @Override
        public String toString() {
            String shown = unc.length() > 40 ? unc.substring(0, 30) + "...(" + unc.length() + " chars)" : unc;
            return (accepted() ? "accepts " : "refuses (" + refused + ") ") + shown + ": " + why;
        }
    }

    private static final String LONGEST_PATH = "p".repeat(245);

    private static final List<Row> ROWS = List.of(
            new Row("\\\\.\\mailslot\\x", null, "path: a local name"),
            new Row("\\\\.\\MAILSLOT\\taxes\\bobs_comments", null, "path: levels, keyword in any case"),
            new Row("\\\\HOSTA\\mailslot\\cmd", null, "server: a computer name"),
            new Row("\\\\hosta\\mailslot\\cmd", null, "server: a computer name in lower case"),
            new Row("\\\\WORKGROUP\\mailslot\\a\\b", null, "server: a domain name"),
            new Row("\\\\*\\mailslot\\status", null, "server: the primary domain"),
            new Row("\\\\FIFTEEN-CHARS-X\\mailslot\\x", null, "server: 15 characters, the NetBIOS maximum"),
            new Row("\\\\.\\mailslot\\with space", null, "path: spaces are allowed in a slot path"),
            new Row("\\\\.\\mailslot\\a.b", null, "path: dots are allowed in a slot path"),
            new Row("\\\\.\\mailslot\\under_score-dash#~", null, "path: other printable ASCII"),
            new Row("\\\\.\\mailslot\\" + LONGEST_PATH, null, "path: 245 characters, the longest"),
            new Row("\\\\.\\mailslot\\" + LONGEST_PATH + "p", Rule.TOO_LONG,
                    "path: 246 characters make a wire name above 255"),
            new Row("\\\\.\\mailslot\\" + "p".repeat(255), Rule.TOO_LONG, "path: 255 characters"),
            new Row("\\\\MY PC\\mailslot\\x", Rule.BAD_CHARACTER, "server: a space"),
            new Row("\\\\host.example\\mailslot\\x", Rule.BAD_CHARACTER, "server: a dotted (DNS) name"),
            new Row("\\\\a*b\\mailslot\\x", Rule.BAD_CHARACTER, "server: '*' inside a name"),
            new Row("\\\\SIXTEENCHARSLONG\\mailslot\\x", Rule.TOO_LONG, "server: 16 characters"),
            new Row("\\\\\\mailslot\\x", Rule.EMPTY, "server: empty"),
            new Row("\\\\HOST", Rule.WRONG_PREFIX, "server: no \\mailslot\\ part"),
            new Row("\\\\.\\pipe\\x", Rule.WRONG_PREFIX, "server: a pipe, not a mailslot"),
            new Row("\\\\.\\mailslot\\", Rule.EMPTY, "path: empty"),
            new Row("\\\\.\\mailslot\\a\\\\b", Rule.EMPTY_LEVEL, "path: doubled backslash"),
            new Row("\\\\.\\mailslot\\a\\", Rule.EMPTY_LEVEL, "path: trailing backslash"),
            new Row("\\\\.\\mailslot\\a?b", Rule.BAD_CHARACTER, "path: '?'"),
            new Row("\\\\.\\mailslot\\a*b", Rule.BAD_CHARACTER, "path: '*'"),
            new Row("\\\\.\\mailslot\\a:b", Rule.BAD_CHARACTER, "path: ':'"),
            new Row("\\\\.\\mailslot\\a<b", Rule.BAD_CHARACTER, "path: '<'"),
            new Row("\\\\.\\mailslot\\a|b", Rule.BAD_CHARACTER, "path: '|'"),
            new Row("\\\\.\\mailslot\\a\"b", Rule.BAD_CHARACTER, "path: '\"'"),
            new Row("\\\\.\\mailslot\\a/b", Rule.BAD_CHARACTER, "path: '/'"),
            new Row("\\\\.\\mailslot\\a\tb", Rule.BAD_CHARACTER, "path: a control character"),
            new Row("\\\\.\\mailslot\\a\u007fb", Rule.BAD_CHARACTER, "path: DEL, a control character"),
            new Row("\\\\.\\mailslot\\a\u0085b", Rule.BAD_CHARACTER, "path: NEL, a C1 control character"),
            new Row("\\\\.\\mailslot\\CAF\u00e9", null, "path: beyond ASCII, as an OEM code page writes it"),
            new Row("\\\\.\\mailslot\\\u00e9t\u00e9\\\u00c7a \u00a3\u2591", null,
                    "path: OEM letters and symbols in levels"),
            new Row("\\\\.\\mailslot\\\u0151", null,
                    "path: a letter code page 850 lacks is still a local name"),
            new Row("\\\\HOSTA\\mailslot\\caf\u00e9", null, "path: an OEM slot path on a computer"));

    private MailslotNameTable() {
    }

    /** Every row. */
    public static List<Row> rows() {
        return ROWS;
    }

    /** Every row, for {@code @MethodSource}. */
    public static Stream<Row> all() {
        return ROWS.stream();
    }

    /** The rows that apply to wire transaction names (those about the slot path). */
    public static Stream<Row> wireNames() {
        return ROWS.stream().filter(row -> row.wireName() != null);
    }
}
