package org.mailslot.bridge.config;

/** A setting whose value cannot be used; the message names the setting and the rule it broke. */
public final class InvalidSettingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String setting;

    public InvalidSettingException(String setting, String problem) {
        super(setting.isEmpty() ? problem : "--" + setting + ": " + problem);
        this.setting = setting;
    }

    /** The setting's key (the long option name without dashes), or "" when the problem is not about one key. */
    public String setting() {
        return setting;
    }
}
