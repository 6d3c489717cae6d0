package org.mailslot.wire;

/**
 * A NetBIOS name (RFC 1001 §14): up to 15 characters, a suffix byte ("name type") and an optional scope ID.
 *
 * <p>The canonical constructor normalises and validates: the name is upper-cased (ASCII letters only) and
 * trailing spaces are dropped, because on the wire names are space-padded to 15 bytes and those spaces cannot
 * be told apart from padding. Name characters are ASCII 0x01..0x7E: printable characters plus the control
 * bytes that well-known names such as {@code \x01\x02__MSBROWSE__\x02} use. The scope is "" (none) or
 * dot-separated labels of 1..63 characters (0x21..0x7E), at most 220 characters in all so that the encoded
 * name stays within 255 bytes.
 *
 * @param name   1..15 characters, stored upper-case
 * @param suffix the 16th byte, 0..255 (0x00 workstation or domain, 0x1D master browser, ...)
 * @param scope  the scope ID, "" for none
 */
public record NetbiosName(String name, int suffix, String scope) {

    /** Longest name, in characters; the 16th byte is the suffix. */
    public static final int MAX_NAME_LENGTH = 15;
    /** Longest scope ID, in characters (its labels then take 221 bytes on the wire). */
    public static final int MAX_SCOPE_LENGTH = 220;
    /** Longest scope label, in characters. */
    public static final int MAX_LABEL_LENGTH = 63;

    /** The wildcard name {@code *}: on the wire '*' followed by fifteen 0x00 bytes. */
    public static final NetbiosName WILDCARD = new NetbiosName("*", 0, "");

    /** Validates and normalises; see the type description for the rules. */
    public NetbiosName {
        if (name == null || scope == null) {
            throw new IllegalArgumentException("NetBIOS name and scope must not be null (use \"\" for no scope)");
        }
        name = normaliseName(name);
        if (suffix < 0 || suffix > 0xFF) {
            throw new IllegalArgumentException("NetBIOS suffix " + suffix + " is outside 0..255");
        }
        validateScope(scope);
    }

    /** @return the name {@code name<suffix>} without a scope */
    public static NetbiosName of(String name, int suffix) {
        return new NetbiosName(name, suffix, "");
    }

    /** @return the name {@code name<suffix>} within the given scope ("" for none) */
    public static NetbiosName of(String name, int suffix, String scope) {
        return new NetbiosName(name, suffix, scope);
    }

    /** @return true for the wildcard name {@code *} */
    public boolean isWildcard() {
        return name.equals("*");
    }

    /** @return e.g. {@code HOSTA<00>}, or {@code HOSTA<00>.corp.example} with a scope */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(name.length() + 4 + scope.length() + 1);
        text.append(name).append('<').append(Hex.digit(suffix >> 4)).append(Hex.digit(suffix)).append('>');
        if (!scope.isEmpty()) {
            text.append('.').append(scope);
        }
        return text.toString();
    }

    private static String normaliseName(String name) {
        int length = name.length();
        while (length > 0 && name.charAt(length - 1) == ' ') {
            length--;
        }
        if (length == 0) {
            throw new IllegalArgumentException("NetBIOS name is empty or only spaces");
        }
        if (length > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("NetBIOS name '" + name + "' has " + length
                    + " characters; at most " + MAX_NAME_LENGTH + " are allowed (the 16th byte is the suffix)");
        }
        boolean hasLowerCase = false;
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (c == 0 || c > 0x7E) {
                throw new IllegalArgumentException("NetBIOS name '" + name + "' has character 0x"
                        + Hex.byteText(c) + " at index " + i + "; only ASCII 0x01..0x7E is allowed");
            }
            hasLowerCase |= c >= 'a' && c <= 'z';
        }
        String trimmed = length == name.length() ? name : name.substring(0, length);
        return hasLowerCase ? upperCaseAscii(trimmed) : trimmed;
    }

    private static String upperCaseAscii(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'a' && chars[i] <= 'z') {
                chars[i] = (char) (chars[i] - ('a' - 'A'));
            }
        }
        return new String(chars);
    }

    private static void validateScope(String scope) {
        if (scope.length() > MAX_SCOPE_LENGTH) {
            throw new IllegalArgumentException("NetBIOS scope has " + scope.length() + " characters; at most "
                    + MAX_SCOPE_LENGTH + " are allowed");
        }
        int labelStart = 0;
        for (int i = 0; i <= scope.length() && !scope.isEmpty(); i++) {
            char c = i < scope.length() ? scope.charAt(i) : '.';
            if (c == '.') {
                int labelLength = i - labelStart;
                if (labelLength == 0 || labelLength > MAX_LABEL_LENGTH) {
                    throw new IllegalArgumentException("NetBIOS scope '" + scope + "' has a label of "
                            + labelLength + " characters at index " + labelStart + "; labels need 1.."
                            + MAX_LABEL_LENGTH);
                }
                labelStart = i + 1;
            } else if (c < 0x21 || c > 0x7E) {
                throw new IllegalArgumentException("NetBIOS scope '" + scope + "' has character 0x"
                        + Hex.byteText(c) + " at index " + i + "; labels allow ASCII 0x21..0x7E");
            }
        }
    }
}
