package org.mailslot.wire;

/**
 * The one rule for transaction names, shared by the datagram record and the decoder:
 * {@code \MAILSLOT\} in any case, then at least one character, at most 255 in all, none of them a control character
 * (below 0x20, 0x7F, or 0x80..0x9F). Characters beyond ASCII are allowed because Windows writes names in its OEM code
 * page; whether the codec's code page has a byte for each is the codec's check ({@link OemCodePage}).
 */
final class MailslotNames {

    private static final int PREFIX_LENGTH = MailslotDatagram.MAILSLOT_PREFIX.length();

    private MailslotNames() {
    }

    /** @return null if the name is valid, else what is wrong with it (a sentence fragment) */
    @SuppressWarnings("ReferenceEquality") // the cache remembers instances: equal content is checked by findProblem
    static String problemWith(String name) {
        // Senders repeat one name instance per destination and the decoder hands out cached instances; checking
        // them again showed in profiles. One remembered name was not enough: a sending and a receiving thread
        // took turns overwriting it, so a few recent instances are kept, by hash.
        int slot = name.hashCode() & (RECENT_VALID.length - 1);
        if (RECENT_VALID[slot] == name) {
            return null;
        }
        String problem = findProblem(name);
        if (problem == null) {
            // Racy on purpose: Strings are immutable, so a stale or lost entry only costs another check.
            RECENT_VALID[slot] = name;
        }
        return problem;
    }

    private static final String[] RECENT_VALID = new String[16];

    private static String findProblem(String name) {
        int length = name.length();
        if (length > MailslotDatagram.MAX_MAILSLOT_NAME_LENGTH) {
            return "has " + length + " characters; at most " + MailslotDatagram.MAX_MAILSLOT_NAME_LENGTH
                    + " are allowed";
        }
        if (length <= PREFIX_LENGTH) {
            return "must be \\MAILSLOT\\ followed by at least one character";
        }
        for (int i = 0; i < PREFIX_LENGTH; i++) {
            if (!isPrefixCharacter(i, name.charAt(i))) {
                return "does not start with \\MAILSLOT\\";
            }
        }
        for (int i = PREFIX_LENGTH; i < length; i++) {
            char c = name.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
                return "has control character 0x" + Hex.byteText(c) + " at index " + i
                        + "; slot names have no control characters";
            }
        }
        return null;
    }

    /** Letters of the prefix match in either ASCII case, the backslashes exactly. */
    private static boolean isPrefixCharacter(int position, int c) {
        char expected = MailslotDatagram.MAILSLOT_PREFIX.charAt(position);
        boolean letter = expected >= 'A' && expected <= 'Z';
        return letter ? c == expected || c == expected + ('a' - 'A') : c == expected;
    }
}
