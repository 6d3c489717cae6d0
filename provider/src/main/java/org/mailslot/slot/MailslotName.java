package org.mailslot.slot;

import java.util.Locale;
import java.util.Objects;
import org.mailslot.slot.MailslotNameException.Rule;
import org.mailslot.wire.MailslotDatagram;

/**
 * A mailslot name in one of its UNC forms: {@code \\.\mailslot\[path\]name} (a slot on this host),
 * {@code \\COMPUTER\mailslot\...} (the slot on one computer), {@code \\DOMAIN\mailslot\...} (the slot on every
 * host of a domain) and {@code \\*\mailslot\...} (every host of the writer's own domain). Whether a named server
 * is a computer or a domain is decided by the host that writes, from what it knows about the network.
 *
 * <p>This is the one grammar of mailslot names in the product: the JMS destinations, the host's slots and writes
 * and the bridge's wire names all parse with it. The rules:
 * <ul>
 *   <li>the server part is {@code .}, {@code *}, or a NetBIOS name of 1 to 15 printable ASCII characters without
 *       spaces, dots or any of {@code / : * ? " < > |}. A dotted name ({@code host.example}) is a DNS name, which a
 *       NetBIOS datagram cannot address, and a space would be lost in the NetBIOS padding;</li>
 *   <li>the slot path has 1 to 245 ({@link #MAX_PATH_LENGTH}) characters, no control character (below 0x20, 0x7F,
 *       0x80..0x9F) and none of {@code / : * ? " < > |} (spaces, dots and letters beyond ASCII allowed), levels
 *       separated by single backslashes, no empty level. The length keeps the transaction name
 *       {@code \MAILSLOT\<path>} within the {@value MailslotDatagram#MAX_MAILSLOT_NAME_LENGTH} characters every
 *       datagram can carry;</li>
 *   <li>the keyword {@code mailslot} may have any case.</li>
 * </ul>
 *
 * <p>A path beyond ASCII is a valid name for a slot on this host, as on Windows, whose local names are Unicode. On the
 * network each character of it travels as one byte of the OEM code page ({@link org.mailslot.wire.OemCodePage}), so
 * a host refuses to write to another computer or a domain a path with a character its code page has no byte for
 * ({@link Rule#BAD_CHARACTER}), before anything is sent.
 *
 * <p>Names are case-insensitive, as Windows compares them: character by character, accented letters included
 * ({@code CAFé} and {@code café} are one slot; see {@link #foldCase}). {@link #equals} and {@link #hashCode} ignore
 * case, {@link #toString} keeps the path as given. Immutable.
 */
public final class MailslotName {

    /** The prefix of every mailslot name as carried on the wire, as Windows writes it. */
    public static final String WIRE_PREFIX = "\\MAILSLOT\\";
    /**
     * The longest slot path (the part after {@code \mailslot\}), in characters: the wire name, prefix included,
     * has at most {@value MailslotDatagram#MAX_MAILSLOT_NAME_LENGTH}.
     */
    public static final int MAX_PATH_LENGTH = MailslotDatagram.MAX_MAILSLOT_NAME_LENGTH - WIRE_PREFIX.length();
    /** The longest server name: a NetBIOS name has at most 15 characters. */
    public static final int MAX_SERVER_LENGTH = 15;

    private static final String LOCAL_SERVER = ".";
    private static final String PRIMARY_DOMAIN_SERVER = "*";
    private static final String MAILSLOT = "mailslot";
    private static final String FORBIDDEN = "/:*?\"<>|";

    private final String server;
    private final String path;
    private final String key;
    private final String wireName;

    private MailslotName(String server, String path) {
        this.server = server;
        this.path = path;
        this.key = foldCase(path);
        this.wireName = WIRE_PREFIX + path;
    }

    /**
     * Parses a UNC mailslot name.
     *
     * @param name e.g. {@code \\.\mailslot\taxes\bobs_comments}
     * @return the name
     * @throws MailslotNameException naming the broken rule
     */
    public static MailslotName parse(String name) {
        if (name == null || name.isEmpty()) {
            throw new MailslotNameException(Rule.EMPTY, String.valueOf(name), "the name is empty");
        }
        if (!name.startsWith("\\\\")) {
            throw new MailslotNameException(Rule.WRONG_PREFIX, name, "a mailslot name starts with two backslashes");
        }
        int serverEnd = name.indexOf('\\', 2);
        if (serverEnd < 0) {
            throw new MailslotNameException(Rule.WRONG_PREFIX, name, "no \\mailslot\\ after the server part");
        }
        String server = name.substring(2, serverEnd);
        checkServer(name, server);
        int pathStart = serverEnd + 1 + MAILSLOT.length() + 1;
        if (!name.regionMatches(true, serverEnd + 1, MAILSLOT, 0, MAILSLOT.length())
                || name.length() < pathStart || name.charAt(pathStart - 1) != '\\') {
            throw new MailslotNameException(Rule.WRONG_PREFIX, name,
                    "the part after the server must be \\mailslot\\ (any case)");
        }
        String path = name.substring(pathStart);
        checkPath(name, path);
        return new MailslotName(server.toUpperCase(Locale.ROOT), path);
    }

    /**
     * The local name {@code \\.\mailslot\<path>}.
     *
     * @param path the slot path, e.g. {@code taxes\bobs_comments}
     * @return the name
     * @throws MailslotNameException naming the broken rule
     */
    public static MailslotName local(String path) {
        checkPath(String.valueOf(path), path);
        return new MailslotName(LOCAL_SERVER, path);
    }

    /**
     * The name {@code \\*\mailslot\<path>}: the slot on every host of the writer's own domain.
     *
     * @param path the slot path
     * @return the name
     * @throws MailslotNameException naming the broken rule
     */
    public static MailslotName primaryDomain(String path) {
        checkPath(String.valueOf(path), path);
        return new MailslotName(PRIMARY_DOMAIN_SERVER, path);
    }

    /**
     * The local name for a transaction name as carried in a datagram, e.g. {@code \MAILSLOT\TEST}.
     *
     * @param wireName the transaction name; the {@code \MAILSLOT\} prefix may have any case
     * @return the local name with the same path
     * @throws MailslotNameException naming the broken rule
     */
    public static MailslotName fromWireName(String wireName) {
        if (wireName == null || !wireName.regionMatches(true, 0, WIRE_PREFIX, 0, WIRE_PREFIX.length())) {
            throw new MailslotNameException(Rule.WRONG_PREFIX, String.valueOf(wireName),
                    "a transaction name starts with \\MAILSLOT\\");
        }
        return local(wireName.substring(WIRE_PREFIX.length()));
    }

    private static void checkServer(String name, String server) {
        if (server.isEmpty()) {
            throw new MailslotNameException(Rule.EMPTY, name, "the server part between \\\\ and \\mailslot is empty");
        }
        if (server.length() > MAX_SERVER_LENGTH) {
            throw new MailslotNameException(Rule.TOO_LONG, name, "the server name \"" + server + "\" has "
                    + server.length() + " characters; NetBIOS names have at most " + MAX_SERVER_LENGTH);
        }
        if (server.equals(LOCAL_SERVER) || server.equals(PRIMARY_DOMAIN_SERVER)) {
            return;
        }
        for (int i = 0; i < server.length(); i++) {
            char c = server.charAt(i);
            if (c <= ' ' || c > '~' || FORBIDDEN.indexOf(c) >= 0) {
                throw new MailslotNameException(Rule.BAD_CHARACTER, name, "the server name contains "
                        + describe(c) + " at position " + i + "; use printable ASCII without spaces or " + FORBIDDEN);
            }
            if (c == '.') {
                throw new MailslotNameException(Rule.BAD_CHARACTER, name, "the server name \"" + server + "\""
                        + " contains '.': a dotted name is a DNS name and mailslot writes address NetBIOS names;"
                        + " use the computer's or domain's NetBIOS name, or . alone for this computer");
            }
        }
    }

    private static void checkPath(String name, String path) {
        if (path == null || path.isEmpty()) {
            throw new MailslotNameException(Rule.EMPTY, name, "no slot name after \\mailslot\\");
        }
        if (path.length() > MAX_PATH_LENGTH) {
            throw new MailslotNameException(Rule.TOO_LONG, name, "the slot path has " + path.length()
                    + " characters; at most " + MAX_PATH_LENGTH + " are allowed, so that " + WIRE_PREFIX
                    + "<path> fits the " + MailslotDatagram.MAX_MAILSLOT_NAME_LENGTH + " characters of a datagram");
        }
        char previous = '\\';
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && previous == '\\') {
                throw new MailslotNameException(Rule.EMPTY_LEVEL, name, "empty path level at position " + i
                        + " of the slot path (leading or doubled backslash)");
            }
            if (c < ' ' || (c >= 0x7F && c <= 0x9F) || FORBIDDEN.indexOf(c) >= 0) {
                throw new MailslotNameException(Rule.BAD_CHARACTER, name, "the slot path contains " + describe(c)
                        + " at position " + i + "; use printable characters other than " + FORBIDDEN);
            }
            previous = c;
        }
        if (previous == '\\') {
            throw new MailslotNameException(Rule.EMPTY_LEVEL, name, "the slot path ends with a backslash");
        }
    }

    /**
     * The case-insensitive form of a slot path, the key slots are looked up by: each character upper-cased on its
     * own, as Windows' upcase table does, then lower-cased, so that ASCII paths keep their lower-case key. Accented
     * letters fold too ({@code É} and {@code é}); the context rules of {@link String#toLowerCase} (a final sigma)
     * do not apply, since Windows has none.
     *
     * @param path a slot path
     * @return its lookup key; {@code path} itself when it is already folded
     */
    public static String foldCase(String path) {
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c >= 0x80 || (c >= 'A' && c <= 'Z')) {
                break;
            }
            i++;
        }
        if (i == path.length()) {
            return path;
        }
        char[] folded = path.toCharArray();
        for (; i < folded.length; i++) {
            char c = folded[i];
            if (c < 0x80) {
                folded[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else {
                folded[i] = Character.toLowerCase(Character.toUpperCase(c));
            }
        }
        return new String(folded);
    }

    private static String describe(char c) {
        return c >= ' ' && c <= '~' ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    /** {@return true for {@code \\.\mailslot\...}: a slot on this host, no network traffic} */
    public boolean isLocal() {
        return server.equals(LOCAL_SERVER);
    }

    /** {@return true for {@code \\*\mailslot\...}: every host of the writer's own domain} */
    public boolean isPrimaryDomain() {
        return server.equals(PRIMARY_DOMAIN_SERVER);
    }

    /** {@return the server part, upper-case: {@code "."}, {@code "*"}, or a computer or domain name} */
    public String server() {
        return server;
    }

    /** {@return the slot path after {@code \mailslot\}, in the case it was given} */
    public String path() {
        return path;
    }

    /** {@return the transaction name carried in datagrams: {@code \MAILSLOT\} plus the path} */
    public String wireName() {
        return wireName;
    }

    /** {@return the same path on this host: {@code \\.\mailslot\<path>}} */
    public MailslotName toLocal() {
        return isLocal() ? this : new MailslotName(LOCAL_SERVER, path);
    }

    /** {@return the same path in the writer's own domain: {@code \\*\mailslot\<path>}} */
    public MailslotName toPrimaryDomain() {
        return isPrimaryDomain() ? this : new MailslotName(PRIMARY_DOMAIN_SERVER, path);
    }

    /** {@return the case-insensitive lookup key of the path (lower case), shared by every form of the name} */
    public String pathKey() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailslotName that && server.equals(that.server) && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(server, key);
    }

    /** The UNC form, e.g. {@code \\.\mailslot\taxes\bobs_comments}. */
    @Override
    public String toString() {
        return "\\\\" + server + "\\mailslot\\" + path;
    }
}
