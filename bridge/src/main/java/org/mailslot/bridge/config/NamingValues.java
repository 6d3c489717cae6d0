package org.mailslot.bridge.config;

import org.mailslot.names.NamingSettings;
import org.mailslot.net.ResolverSettings;

/**
 * The naming settings of the bridge and the operator commands: {@code name-service} ({@code off}, {@code on} for
 * UDP 137, or a port) and {@code resolve-order} (a comma-separated list of static, nameservice, learned, dns; a
 * step left out is off).
 */
final class NamingValues {

    static final String DEFAULT_NAME_SERVICE = "off";
    static final String DEFAULT_RESOLVE_ORDER = "static,nameservice,learned,dns";

    private NamingValues() {
    }

    static NamingSettings parse(String nameService, String resolveOrder) {
        try {
            ResolverSettings.parseOrder(resolveOrder);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SettingKey.RESOLVE_ORDER.key(), e.getMessage());
        }
        try {
            return NamingSettings.parse(nameService, resolveOrder);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SettingKey.NAME_SERVICE.key(), e.getMessage());
        }
    }
}
