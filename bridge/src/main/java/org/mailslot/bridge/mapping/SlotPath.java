package org.mailslot.bridge.mapping;

import java.nio.charset.StandardCharsets;
import org.mailslot.slot.MailslotName;
import org.mailslot.slot.MailslotNameException;

/**
 * A slot's path: the part of the wire name after {@code \MAILSLOT\}, e.g. {@code NET\NETLOGON} for
 * {@code \MAILSLOT\NET\NETLOGON}. The path follows the product's one name grammar, {@link MailslotName}; a wire
 * name that breaks it names no slot a Windows or Java host could own. Slot names are case-insensitive, so
 * comparisons and addresses use {@link #lowerCase()}.
 */
public final class SlotPath {

    private final MailslotName name;

    /**
     * @param asSent the slot path as the sender wrote it, e.g. {@code Net\Logon}
     * @throws IllegalArgumentException if the path breaks a rule of {@link MailslotName}
     */
    public SlotPath(String asSent) {
        this(MailslotName.local(asSent));
    }

    private SlotPath(MailslotName name) {
        this.name = name;
    }

    /**
     * The path of a wire transaction name such as {@code \MAILSLOT\TEST} (prefix in any case).
     *
     * @throws IllegalArgumentException if the name does not start with {@code \MAILSLOT\} or its path breaks a rule
     *                                  of {@link MailslotName} (the message names the rule)
     */
    public static SlotPath fromWireName(String wireName) {
        try {
            return new SlotPath(MailslotName.fromWireName(wireName));
        } catch (MailslotNameException e) {
            throw new IllegalArgumentException("'" + wireName + "' is not a mailslot name (\\MAILSLOT\\<path>): "
                    + e.getMessage(), e);
        }
    }

    /** The parsed local name of this slot, {@code \\.\mailslot\<path>}. */
    public MailslotName mailslotName() {
        return name;
    }

    /** The path as the sender wrote it, e.g. {@code Net\\Logon}. */
    public String asSent() {
        return name.path();
    }

    /** The path in lower case, as slot names compare. */
    public String lowerCase() {
        return name.pathKey();
    }

    /**
     * The address labels for this path: lower case, one label per level. Letters and digits (accented ones too:
     * {@code CAFé} is {@code café}), {@code _} and {@code -} stay as they are; every other character is written as
     * the {@code %xx} (hex) of each of its UTF-8 bytes, so {@code a.b} and {@code a\b} stay distinct and no slot name
     * can produce a broker wildcard ({@code *}, {@code #}).
     */
    public String addressSuffix() {
        String lower = lowerCase();
        StringBuilder suffix = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '\\') {
                suffix.append('.');
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
                    || (c >= 0x80 && Character.isLetterOrDigit(c))) {
                suffix.append(c);
            } else if (c < 0x80) {
                appendEscaped(suffix, c);
            } else {
                // A character beyond ASCII that is not a letter (a box-drawing or currency sign of an OEM code page).
                int end = Character.isHighSurrogate(c) && i + 1 < lower.length() ? i + 2 : i + 1;
                for (byte b : lower.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    appendEscaped(suffix, b & 0xFF);
                }
                i = end - 1;
            }
        }
        return suffix.toString();
    }

    private static void appendEscaped(StringBuilder suffix, int b) {
        suffix.append('%').append(Character.forDigit(b >> 4 & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SlotPath that && asSent().equals(that.asSent());
    }

    @Override
    public int hashCode() {
        return asSent().hashCode();
    }

    @Override
    public String toString() {
        return asSent();
    }
}
