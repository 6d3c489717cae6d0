package org.mailslot.jms;

import jakarta.jms.InvalidDestinationException;
import java.util.Locale;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.mailslot.jms.payload.PayloadFormat;
import org.mailslot.names.NameType;

/**
 * Parses JMS destination names into mailslot UNC names (DESIGN §3, MAILSLOT-PROTOCOL §1.1). A bare name means the
 * local slot for a queue ({@code "orders"} is {@code \\.\mailslot\orders}) and the caller's domain for a topic
 * ({@code "status"} is {@code \\*\mailslot\status}); full UNC names {@code \\server\mailslot\path} are accepted for
 * both. A name may end in {@code ?payload=jms} or {@code ?payload=raw} to choose how messages to it travel,
 * overriding the factory's {@code jms.payload}. A broken rule is an {@link InvalidDestinationException} that names
 * the rule.
 */
public final class MailslotDestinations {

    /** Longest UNC name Windows accepts for a mailslot. */
    public static final int MAX_NAME_LENGTH = 255;
    /** Longest NetBIOS computer or domain name. */
    public static final int MAX_SERVER_LENGTH = 15;

    static final String KEYWORD = "mailslot";
    private static final String FORBIDDEN = "<>:\"/|?*";
    private static final String PAYLOAD_OPTION = "payload=";
    private static final String NAME_TYPE_OPTION = "nameType=";

    private MailslotDestinations() {
    }

    /** The queue for {@code name}: a bare slot path is local ({@code \\.\mailslot\name}). */
    public static MailslotQueue parseQueue(String name) throws InvalidDestinationException {
        return new MailslotQueue(parse(name, "."));
    }

    /** The topic for {@code name}: a bare slot path is the caller's domain ({@code \\*\mailslot\name}). */
    public static MailslotTopic parseTopic(String name) throws InvalidDestinationException {
        return new MailslotTopic(parse(name, "*"));
    }

    /**
     * Splits a name into its slot name and an optional {@code ?payload=jms|raw} suffix (DESIGN §5: the payload is
     * chosen per destination; '?' cannot occur in a mailslot name, so the suffix is unambiguous).
     *
     * @param defaultServer the server part used when the slot name is a bare path
     */
    static DestinationName parse(String name, String defaultServer) throws InvalidDestinationException {
        int query = name == null ? -1 : name.indexOf('?');
        if (query < 0) {
            return new DestinationName(name, toUnc(name, defaultServer), null);
        }
        PayloadFormat payload = null;
        NameType nameType = NameType.DEFAULT;
        for (String option : name.substring(query + 1).split("&", -1)) {
            if (option.regionMatches(true, 0, NAME_TYPE_OPTION, 0, NAME_TYPE_OPTION.length())) {
                nameType = nameTypeOption(name, option.substring(NAME_TYPE_OPTION.length()));
            } else {
                payload = payloadOption(name, option);
            }
        }
        return new DestinationName(name, toUnc(name.substring(0, query), defaultServer), payload, nameType);
    }

    private static NameType nameTypeOption(String name, String value) throws InvalidDestinationException {
        try {
            return NameType.parse(value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, e.getMessage(), "write ?" + NAME_TYPE_OPTION + "1D (or 1B, 1E, 1C, 03, 00, msbrowse)");
        }
    }

    private static PayloadFormat payloadOption(String name, String option) throws InvalidDestinationException {
        String advice = "write ?" + PAYLOAD_OPTION + "jms or ?" + PAYLOAD_OPTION + "raw, or leave the suffix out"
                + " to use the factory's jms.payload";
        if (!option.regionMatches(true, 0, PAYLOAD_OPTION, 0, PAYLOAD_OPTION.length())) {
            throw invalid(name, "after '?' only the options " + PAYLOAD_OPTION + "jms|raw and " + NAME_TYPE_OPTION
                    + "<hex> may follow (joined by '&'), not \"" + option + "\"", advice);
        }
        String value = option.substring(PAYLOAD_OPTION.length());
        try {
            return PayloadFormat.parse(value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "the payload \"" + value + "\" is neither jms nor raw, the two allowed values",
                    advice);
        }
    }

    /**
     * Validates a name and returns its canonical UNC form: {@code \\} server {@code \mailslot\} path, with the
     * keyword in lower case and server and path as given.
     *
     * @param defaultServer the server part used when {@code name} is a bare slot path
     */
    static String toUnc(String name, String defaultServer) throws InvalidDestinationException {
        if (name == null || name.isEmpty()) {
            throw invalid(name, "the name is empty", "give a slot name such as \"orders\" or \\\\.\\mailslot\\orders");
        }
        String unc;
        if (name.startsWith("\\\\")) {
            unc = canonicalFullName(name);
        } else {
            checkPath(name, name);
            unc = "\\\\" + defaultServer + "\\" + KEYWORD + "\\" + name;
        }
        if (unc.length() > MAX_NAME_LENGTH) {
            throw invalid(name, "the full name " + unc + " has " + unc.length() + " characters, more than the "
                    + MAX_NAME_LENGTH + " Windows allows", "use a shorter slot path");
        }
        return unc;
    }

    private static String canonicalFullName(String name) throws InvalidDestinationException {
        int serverEnd = name.indexOf('\\', 2);
        String prefixRule = "a full name has the form \\\\server\\mailslot\\path";
        if (serverEnd < 0) {
            throw invalid(name, prefixRule + " and this one has no \\mailslot\\ part", "add \\mailslot\\<path>");
        }
        String server = name.substring(2, serverEnd);
        checkServer(name, server);
        int keywordEnd = serverEnd + 1 + KEYWORD.length();
        if (keywordEnd >= name.length() || name.charAt(keywordEnd) != '\\'
                || !name.regionMatches(true, serverEnd + 1, KEYWORD, 0, KEYWORD.length())) {
            throw invalid(name, prefixRule + " and the part after the server is not \\mailslot\\",
                    "write \\\\" + server + "\\mailslot\\<path>");
        }
        String path = name.substring(keywordEnd + 1);
        checkPath(name, path);
        return "\\\\" + server + "\\" + KEYWORD + "\\" + path;
    }

    private static void checkServer(String name, String server) throws InvalidDestinationException {
        if (server.equals(".") || server.equals("*")) {
            return;
        }
        if (server.isEmpty()) {
            throw invalid(name, "the server part is empty", "use ., *, a computer name or a domain name");
        }
        if (server.length() > MAX_SERVER_LENGTH) {
            throw invalid(name, "the server part \"" + server + "\" is longer than the " + MAX_SERVER_LENGTH
                    + " characters of a NetBIOS name", "use the computer's or domain's NetBIOS name");
        }
        checkCharacters(name, server, "server part");
        if (server.indexOf('.') >= 0 || server.indexOf('*') >= 0) {
            throw invalid(name, "the server part \"" + server + "\" contains '.' or '*'",
                    "use . alone for this computer, * alone for the domain, or a NetBIOS name");
        }
    }

    private static void checkPath(String name, String path) throws InvalidDestinationException {
        if (path.isEmpty()) {
            throw invalid(name, "the slot path after \\mailslot\\ is empty", "add a slot name");
        }
        checkCharacters(name, path, "slot path");
        if (path.startsWith("\\") || path.endsWith("\\") || path.contains("\\\\")) {
            throw invalid(name, "the slot path \"" + path + "\" has an empty level between backslashes",
                    "separate levels with single backslashes, as in taxes\\bobs_comments");
        }
    }

    private static void checkCharacters(String name, String part, String what) throws InvalidDestinationException {
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                throw invalid(name, "the " + what + " contains control character U+"
                        + String.format(Locale.ROOT, "%04X", (int) c) + " at index " + i, "remove it");
            }
            if (FORBIDDEN.indexOf(c) >= 0) {
                throw invalid(name, "the " + what + " contains '" + c + "', one of the characters < > : \" / | ? *"
                        + " Windows forbids in names", "remove it");
            }
            if (c > 0x7E) {
                throw invalid(name, "the " + what + " contains non-ASCII character '" + c
                        + "', which a mailslot datagram cannot carry", "use printable ASCII only");
            }
        }
    }

    private static InvalidDestinationException invalid(String name, String rule, String advice) {
        return (InvalidDestinationException) JmsExceptions.create(ErrorKind.INVALID_DESTINATION,
                "Invalid mailslot destination \"" + name + "\": " + rule + "; " + advice + ".");
    }
}
