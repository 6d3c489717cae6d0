package org.mailslot.slot;

/** A mailslot name that breaks a rule of the UNC mailslot name syntax; {@link #rule()} says which one. */
public final class MailslotNameException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The rules a mailslot name must follow. */
    public enum Rule {
        /** The name, the server part or the slot path is empty. */
        EMPTY,
        /** The name does not start with {@code \\server\mailslot\}. */
        WRONG_PREFIX,
        /** A character that mailslot names may not contain. */
        BAD_CHARACTER,
        /** The slot path or the server name is longer than allowed. */
        TOO_LONG,
        /** Two backslashes in a row, or a trailing backslash, leave an empty path level. */
        EMPTY_LEVEL
    }

    /** The rule the name broke. */
    private final Rule rule;
    /** The name as given. */
    private final String name;

    /**
     * @param rule   the broken rule
     * @param name   the offending name as given
     * @param detail what exactly is wrong
     */
    public MailslotNameException(Rule rule, String name, String detail) {
        super("invalid mailslot name \"" + name + "\" (" + rule + "): " + detail
                + "; expected \\\\.\\mailslot\\[path\\]name, \\\\COMPUTER\\mailslot\\..., \\\\DOMAIN\\mailslot\\... or"
                + " \\\\*\\mailslot\\...");
        this.rule = rule;
        this.name = name;
    }

    /** {@return the rule the name broke} */
    public Rule rule() {
        return rule;
    }

    /** {@return the offending name as given} */
    public String name() {
        return name;
    }
}
