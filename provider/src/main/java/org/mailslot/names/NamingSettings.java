package org.mailslot.names;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.mailslot.net.ResolverSettings;

/**
 * How a mailslot host takes part in NetBIOS naming: whether it runs a {@link NameService} on which port, which
 * extra unique names it claims besides {@code COMPUTER<00>} (its domain is joined as the group name
 * {@code DOMAIN<00>}), and how names are resolved.
 *
 * @param nameServiceEnabled true to register, defend and answer for our names and to query others by broadcast
 * @param nameServicePort    the UDP port of the name service (137 on real networks; tests use high ports)
 * @param extraSuffixes      further suffixes of our computer name to register as unique names (e.g. 0x03)
 * @param resolver           resolution order, learned-name bounds and cache TTLs
 * @param retryInterval      how long each broadcast registration or query waits for answers
 * @param retries            how often each broadcast registration or query is sent
 */
public record NamingSettings(boolean nameServiceEnabled, int nameServicePort, List<Integer> extraSuffixes,
        ResolverSettings resolver, Duration retryInterval, int retries) {

    /**
     * The defaults: no name service (it needs UDP 137, a privileged port, and broadcasts on the network), the
     * default resolution order (whose name-service step finds nothing until a name service runs).
     */
    public static final NamingSettings DEFAULTS = new NamingSettings(false, NameServiceSettings.NAME_SERVICE_PORT,
            List.of(), ResolverSettings.DEFAULTS, NameServiceSettings.DEFAULT_RETRY_INTERVAL,
            NameServiceSettings.DEFAULT_RETRIES);

    /** Validates the values. */
    public NamingSettings {
        if (nameServicePort < 0 || nameServicePort > 65535) {
            throw new IllegalArgumentException("nameServicePort must be 0..65535, got " + nameServicePort);
        }
        extraSuffixes = List.copyOf(extraSuffixes);
        for (int suffix : extraSuffixes) {
            if (suffix < 0 || suffix > 0xFF) {
                throw new IllegalArgumentException("name suffix " + suffix + " is outside 0..255");
            }
        }
        Objects.requireNonNull(resolver, "resolver");
        Objects.requireNonNull(retryInterval, "retryInterval");
    }

    /**
     * Settings from their text form, as the configuration keys take them.
     *
     * @param nameService  {@code off}, {@code on} (UDP 137) or a port number
     * @param resolveOrder a comma-separated list of {@code static}, {@code nameservice}, {@code learned},
     *                     {@code dns}; a step left out is off
     * @throws IllegalArgumentException saying which value is wrong and what is allowed
     */
    @SuppressWarnings("InvalidParam") // {@code nameservice} is an option value, not the parameter nameService
    public static NamingSettings parse(String nameService, String resolveOrder) {
        NamingSettings naming = DEFAULTS.withResolver(DEFAULTS.resolver().withOrder(
                ResolverSettings.parseOrder(resolveOrder)));
        String value = nameService.trim().toLowerCase(java.util.Locale.ROOT);
        switch (value) {
            case "off", "false", "no" -> {
                return naming;
            }
            case "on", "true", "yes" -> {
                return naming.withNameService(NameServiceSettings.NAME_SERVICE_PORT);
            }
            default -> {
                int port;
                try {
                    port = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    port = -1;
                }
                if (port < 1 || port > 65535) {
                    throw new IllegalArgumentException("name service '" + nameService + "' is not off, on or a port"
                            + " 1..65535");
                }
                return naming.withNameService(port);
            }
        }
    }

    /** @return these settings with the name service on the given port */
    public NamingSettings withNameService(int port) {
        return new NamingSettings(true, port, extraSuffixes, resolver, retryInterval, retries);
    }

    /** @return these settings with other resolver settings */
    public NamingSettings withResolver(ResolverSettings value) {
        return new NamingSettings(nameServiceEnabled, nameServicePort, extraSuffixes, value, retryInterval, retries);
    }
}
