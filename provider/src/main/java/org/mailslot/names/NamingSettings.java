package org.mailslot.names;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.mailslot.net.ResolverSettings;
import org.mailslot.wire.NodeType;

/**
 * How a mailslot host takes part in NetBIOS naming: whether it runs a {@link NameService} on which port, which
 * extra unique names it claims besides {@code COMPUTER<00>} (its domain is joined as the group name
 * {@code DOMAIN<00>}), its node type and WINS server, its LMHOSTS file, and how names are resolved.
 *
 * @param nameServiceEnabled true to register, defend and answer for our names and to query others by broadcast
 * @param nameServicePort    the UDP port of the name service (137 on real networks; tests use high ports)
 * @param extraSuffixes      further suffixes of our computer name to register as unique names (e.g. 0x03)
 * @param resolver           resolution order, learned-name bounds and cache TTLs
 * @param retryInterval      how long each broadcast registration or query waits for answers
 * @param retries            how often each broadcast registration or query is sent
 * @param wins               the WINS server, or {@code null} for none
 * @param nodeType           the node type, or {@code null} for the default: H with a WINS server, B without
 *                           ([MS-NBTE] §3.1.3)
 * @param lmhosts            an LMHOSTS file whose entries join the static table at start, or {@code null}
 */
public record NamingSettings(boolean nameServiceEnabled, int nameServicePort, List<Integer> extraSuffixes,
        ResolverSettings resolver, Duration retryInterval, int retries, WinsSettings wins, NodeType nodeType,
        Path lmhosts) {

    /**
     * The defaults: no name service (it needs UDP 137, a privileged port, and broadcasts on the network), the
     * default resolution order (whose name-service step finds nothing until a name service runs).
     */
    public static final NamingSettings DEFAULTS = new NamingSettings(false, NameServiceSettings.NAME_SERVICE_PORT,
            List.of(), ResolverSettings.DEFAULTS, NameServiceSettings.DEFAULT_RETRY_INTERVAL,
            NameServiceSettings.DEFAULT_RETRIES);

    /** Settings without WINS, node type B, no LMHOSTS file. */
    public NamingSettings(boolean nameServiceEnabled, int nameServicePort, List<Integer> extraSuffixes,
            ResolverSettings resolver, Duration retryInterval, int retries) {
        this(nameServiceEnabled, nameServicePort, extraSuffixes, resolver, retryInterval, retries, null, null, null);
    }

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
        if (nodeType != null && nodeType != NodeType.B && wins == null) {
            throw new IllegalArgumentException("node type " + nodeType + " needs a WINS server");
        }
        if (nodeType == NodeType.B && wins != null) {
            throw new IllegalArgumentException("node type B never asks the WINS server " + wins.serverText()
                    + "; choose P, M or H, or drop the WINS server");
        }
    }

    /** @return the node type in force: the one given, else H with a WINS server and B without */
    public NodeType effectiveNodeType() {
        return nodeType != null ? nodeType : wins != null ? NodeType.H : NodeType.B;
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

    /**
     * The WINS server from its text form, {@code ADDRESS} or {@code ADDRESS:PORT} (port 137 when left out); an
     * IPv4 literal, never looked up in DNS.
     *
     * @param text the value; empty for none
     * @return the server's settings, or {@code null} for an empty value
     * @throws IllegalArgumentException saying what is wrong and what is allowed
     */
    public static WinsSettings parseWins(String text) {
        String value = text.trim();
        if (value.isEmpty()) {
            return null;
        }
        int colon = value.indexOf(':');
        String host = colon < 0 ? value : value.substring(0, colon);
        int port = NameServiceSettings.NAME_SERVICE_PORT;
        if (colon >= 0) {
            try {
                port = Integer.parseInt(value.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("'" + text + "' has no port 1..65535 after the colon; use an IPv4"
                        + " address, optionally with :PORT");
            }
        }
        if (!host.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 address (ADDRESS or ADDRESS:PORT; host"
                    + " names are not looked up)");
        }
        try {
            return WinsSettings.of(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (UnknownHostException | IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 address (ADDRESS or ADDRESS:PORT)", e);
        }
    }

    /**
     * A node type from its text form.
     *
     * @param text {@code B}, {@code P}, {@code M} or {@code H} (any case); empty for the default
     * @return the node type, or {@code null} for the default
     * @throws IllegalArgumentException naming the allowed values
     */
    public static NodeType parseNodeType(String text) {
        String value = text.trim().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "" -> null;
            case "B", "P", "M", "H" -> NodeType.valueOf(value);
            default -> throw new IllegalArgumentException("'" + text + "' is not a node type: use B, P, M or H (or"
                    + " leave it empty: H with a WINS server, B without)");
        };
    }

    /** @return these settings with the name service on the given port */
    public NamingSettings withNameService(int port) {
        return new NamingSettings(true, port, extraSuffixes, resolver, retryInterval, retries, wins, nodeType,
                lmhosts);
    }

    /** @return these settings with other resolver settings */
    public NamingSettings withResolver(ResolverSettings value) {
        return new NamingSettings(nameServiceEnabled, nameServicePort, extraSuffixes, value, retryInterval, retries,
                wins, nodeType, lmhosts);
    }

    /**
     * @param server   the WINS server, or {@code null} for none
     * @param nodeType the node type, or {@code null} for the default
     * @return these settings with another WINS server and node type
     * @throws IllegalArgumentException when the two do not fit together
     */
    public NamingSettings withWins(WinsSettings server, NodeType nodeType) {
        return new NamingSettings(nameServiceEnabled, nameServicePort, extraSuffixes, resolver, retryInterval, retries,
                server, nodeType, lmhosts);
    }

    /** @return these settings with an LMHOSTS file ({@code null} for none) */
    public NamingSettings withLmhosts(Path file) {
        return new NamingSettings(nameServiceEnabled, nameServicePort, extraSuffixes, resolver, retryInterval, retries,
                wins, nodeType, file);
    }
}
