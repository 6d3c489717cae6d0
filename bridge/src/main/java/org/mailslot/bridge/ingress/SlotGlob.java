package org.mailslot.bridge.ingress;

import java.util.regex.Pattern;
import org.mailslot.slot.MailslotName;

/**
 * One {@code --allow} pattern over a slot path such as {@code net\netlogon}: {@code ?} is one character,
 * {@code *} any run within one level, {@code **} any run across levels. {@code /} may stand for {@code \}
 * (shells make backslashes awkward). Case-insensitive as slot names are ({@link MailslotName#foldCase}), accented
 * letters included.
 */
public final class SlotGlob {

    private final String source;
    private final Pattern regex;

    private SlotGlob(String source, Pattern regex) {
        this.source = source;
        this.regex = regex;
    }

    public static SlotGlob compile(String glob) {
        if (glob.isEmpty()) {
            throw new IllegalArgumentException("an empty slot pattern matches nothing; leave --allow out instead");
        }
        String normalized = MailslotName.foldCase(glob.replace('/', '\\'));
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '*' && i + 1 < normalized.length() && normalized.charAt(i + 1) == '*') {
                re.append(".*");
                i++;
            } else if (c == '*') {
                re.append("[^\\\\]*");
            } else if (c == '?') {
                re.append("[^\\\\]");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return new SlotGlob(glob, Pattern.compile(re.toString()));
    }

    /** Whether the slot path (any case, {@code \} between levels, no {@code \MAILSLOT\} prefix) matches. */
    public boolean matches(String slotPath) {
        return regex.matcher(MailslotName.foldCase(slotPath)).matches();
    }

    @Override
    public String toString() {
        return source;
    }
}
