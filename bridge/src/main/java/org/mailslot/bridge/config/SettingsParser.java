package org.mailslot.bridge.config;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.mailslot.jms.payload.PayloadFormat;
import org.mailslot.names.NameType;
import org.mailslot.net.LocalComputerName;
import org.mailslot.slot.ReceivingNames;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.OemCodePage;
import org.mailslot.wire.WireLimits;

/**
 * Turns raw string values, keyed by {@link SettingKey#key()}, into {@link BridgeSettings}. Missing keys take
 * their defaults; unknown keys and unusable values fail with an {@link InvalidSettingException} naming the key.
 * Command line and properties file go through this same code, so both accept exactly the same values.
 */
public final class SettingsParser {

    /** Loopback and a port that needs no privilege: a first try reaches nothing beyond this machine. */
    public static final String DEFAULT_LISTEN = "127.0.0.1:11138";
    static final String DEFAULT_DOMAIN = "WORKGROUP";
    static final int DEFAULT_TCP_PORT = 61616;
    static final int DEFAULT_TLS_PORT = 61617;
    static final String DEFAULT_DATA_DIR = "mailslot-bridge-data";
    static final String DEFAULT_DUPLICATE_WINDOW = "2s";
    static final int DEFAULT_MAX_SLOTS = 500;
    static final String DEFAULT_SLOT_IDLE = "60s";
    static final String ON_CHANGE = "on-change";
    static final int DEFAULT_INGRESS_BUFFER = 10_000;
    public static final String DEFAULT_EGRESS_ADDRESS = "mailslot.out";
    static final String DEFAULT_EGRESS_DEAD_LETTER_ADDRESS = "DLQ";
    static final String DEFAULT_ADDRESS_PREFIX = "mailslot";
    static final String DEFAULT_CODE_PAGE = "850";

    private static final Pattern ADDRESS_NAME = Pattern.compile("[A-Za-z0-9_\\-]+(\\.[A-Za-z0-9_\\-]+)*");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m)?");
    private static final Pattern RATE = Pattern.compile("(\\d{1,9})(?:/s)?(?:,burst=(\\d{1,9}))?");

    public BridgeSettings parse(Map<String, String> values) {
        for (String key : values.keySet()) {
            if (SettingKey.byKey(key).isEmpty()) {
                throw new InvalidSettingException("", "unknown setting '" + key + "'; known settings: "
                        + String.join(", ", Arrays.stream(SettingKey.values()).map(SettingKey::key).toList()));
            }
        }
        Values v = new Values(values);
        BrokerTarget broker = broker(v.get(SettingKey.BROKER, "embedded"));
        InetAddress tcpHost = address(SettingKey.TCP_HOST, v.get(SettingKey.TCP_HOST, "127.0.0.1"));
        boolean allowAnonymous = bool(SettingKey.ALLOW_ANONYMOUS, v.get(SettingKey.ALLOW_ANONYMOUS, "false"));
        Optional<BrokerCredentials> credentials = credentials(v);
        if (allowAnonymous && credentials.isPresent()) {
            throw new InvalidSettingException(SettingKey.ALLOW_ANONYMOUS.key(),
                    "cannot be combined with --broker-user/--broker-password");
        }
        if (allowAnonymous && !tcpHost.isLoopbackAddress()) {
            throw new InvalidSettingException(SettingKey.ALLOW_ANONYMOUS.key(), "refused: the broker's TCP acceptor"
                    + " is bound to " + tcpHost.getHostAddress() + ", which is not a loopback address; anonymous"
                    + " access is only allowed on 127.0.0.0/8 or ::1");
        }
        return new BridgeSettings(
                listen(v.get(SettingKey.LISTEN, DEFAULT_LISTEN)),
                netbiosName(SettingKey.COMPUTER_NAME, v.get(SettingKey.COMPUTER_NAME, defaultComputerName())),
                netbiosName(SettingKey.DOMAIN, v.get(SettingKey.DOMAIN, DEFAULT_DOMAIN)),
                scope(v.get(SettingKey.SCOPE, "")),
                nameTypes(v.get(SettingKey.RECEIVE_NAME_TYPES, "")),
                wireLimits(v.get(SettingKey.WIRE_LIMITS, "windows")),
                codePage(v.get(SettingKey.CODE_PAGE, DEFAULT_CODE_PAGE)),
                v.find(SettingKey.BROADCAST).map(s -> address(SettingKey.BROADCAST, s)),
                broker,
                credentials,
                tcpHost,
                intIn(SettingKey.TCP_PORT, v.get(SettingKey.TCP_PORT, Integer.toString(DEFAULT_TCP_PORT)), 1, 65535),
                allowAnonymous,
                path(SettingKey.DATA_DIR, v.get(SettingKey.DATA_DIR, DEFAULT_DATA_DIR)),
                bool(SettingKey.DURABLE, v.get(SettingKey.DURABLE, "false")),
                slotPatterns(v.get(SettingKey.ALLOW, "")),
                rateLimit(v.get(SettingKey.RATE_LIMIT, "0")),
                duration(SettingKey.DUPLICATE_WINDOW, v.get(SettingKey.DUPLICATE_WINDOW, DEFAULT_DUPLICATE_WINDOW)),
                intIn(SettingKey.MAX_SLOTS, v.get(SettingKey.MAX_SLOTS, Integer.toString(DEFAULT_MAX_SLOTS)), 1,
                        1_000_000),
                duration(SettingKey.SLOT_IDLE, v.get(SettingKey.SLOT_IDLE, DEFAULT_SLOT_IDLE)),
                summaryInterval(v.get(SettingKey.SUMMARY_INTERVAL, ON_CHANGE)),
                objectClasses(v.get(SettingKey.ALLOW_OBJECT_CLASS, "")),
                intIn(SettingKey.INGRESS_BUFFER,
                        v.get(SettingKey.INGRESS_BUFFER, Integer.toString(DEFAULT_INGRESS_BUFFER)), 1, 10_000_000),
                addressName(SettingKey.EGRESS_ADDRESS, v.get(SettingKey.EGRESS_ADDRESS, DEFAULT_EGRESS_ADDRESS)),
                addressName(SettingKey.EGRESS_DEAD_LETTER_ADDRESS,
                        v.get(SettingKey.EGRESS_DEAD_LETTER_ADDRESS, DEFAULT_EGRESS_DEAD_LETTER_ADDRESS)),
                addressName(SettingKey.ADDRESS_PREFIX, v.get(SettingKey.ADDRESS_PREFIX, DEFAULT_ADDRESS_PREFIX)),
                payload(v.get(SettingKey.EGRESS_PAYLOAD, "raw")),
                staticNames(v.get(SettingKey.STATIC_NAME, "")),
                tls(v),
                NamingValues.parse(v.get(SettingKey.NAME_SERVICE, NamingValues.DEFAULT_NAME_SERVICE),
                        v.get(SettingKey.RESOLVE_ORDER, NamingValues.DEFAULT_RESOLVE_ORDER),
                        v.get(SettingKey.WINS_SERVER, ""), v.get(SettingKey.NODE_TYPE, ""),
                        v.get(SettingKey.LMHOSTS, "")));
    }

    // Keystore and its password from files, so that neither is on the command line.
    private static Optional<TlsAcceptor> tls(Values v) {
        Optional<String> keyStore = v.find(SettingKey.TLS_KEYSTORE);
        Optional<String> passwordFile = v.find(SettingKey.TLS_KEYSTORE_PASSWORD_FILE);
        if (keyStore.isEmpty()) {
            if (passwordFile.isPresent() || v.find(SettingKey.TLS_PORT).isPresent()) {
                throw new InvalidSettingException(SettingKey.TLS_KEYSTORE.key(),
                        "missing: a TLS acceptor needs --tls-keystore FILE (PKCS#12)");
            }
            return Optional.empty();
        }
        if (passwordFile.isEmpty()) {
            throw new InvalidSettingException(SettingKey.TLS_KEYSTORE_PASSWORD_FILE.key(),
                    "missing: --tls-keystore needs --tls-keystore-password-file FILE");
        }
        Path store = path(SettingKey.TLS_KEYSTORE, keyStore.get());
        if (!java.nio.file.Files.isReadable(store)) {
            throw new InvalidSettingException(SettingKey.TLS_KEYSTORE.key(), "cannot read " + store);
        }
        String password = firstLine(SettingKey.TLS_KEYSTORE_PASSWORD_FILE,
                path(SettingKey.TLS_KEYSTORE_PASSWORD_FILE, passwordFile.get()));
        int port = intIn(SettingKey.TLS_PORT, v.get(SettingKey.TLS_PORT, Integer.toString(DEFAULT_TLS_PORT)), 1, 65535);
        return Optional.of(new TlsAcceptor(port, store.toAbsolutePath(), password));
    }

    private static InetSocketAddress listen(String value) {
        int colon = value.lastIndexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw new InvalidSettingException(SettingKey.LISTEN.key(),
                    "'" + value + "' is not ADDR:PORT (for example 0.0.0.0:138)");
        }
        String host = value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        InetAddress address = address(SettingKey.LISTEN, host);
        int port = intIn(SettingKey.LISTEN, value.substring(colon + 1), 0, 65535);
        return new InetSocketAddress(address, port);
    }

    // Literal addresses only: a setting must never make the bridge wait for DNS at start.
    private static InetAddress address(SettingKey key, String value) {
        if (!value.matches("[0-9.]+|[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")) {
            throw new InvalidSettingException(key.key(), "'" + value + "' is not an IP address literal");
        }
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new InvalidSettingException(key.key(), "'" + value + "' is not an IP address: " + e.getMessage());
        }
    }

    // The wire codec owns the scope rules (dotted labels of 1..63 printable characters, 220 in all).
    private static String scope(String value) {
        try {
            return NetbiosName.of("X", 0, value).scope();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SettingKey.SCOPE.key(), "'" + value + "' is not a NetBIOS scope ID: "
                    + e.getMessage());
        }
    }

    private static WireLimits wireLimits(String value) {
        try {
            return WireLimits.profile(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SettingKey.WIRE_LIMITS.key(), "'" + value + "' is not windows or samba");
        }
    }

    private static OemCodePage codePage(String value) {
        try {
            return OemCodePage.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SettingKey.CODE_PAGE.key(), e.getMessage());
        }
    }

    private static List<NameType> nameTypes(String value) {
        try {
            return ReceivingNames.parseList(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SettingKey.RECEIVE_NAME_TYPES.key(), e.getMessage()
                    + " (a list such as 1D,1E,msbrowse)");
        }
    }

    private static String netbiosName(SettingKey key, String value) {
        // The wire codec owns the NetBIOS name rules; '*' and '\\' are ours to forbid (they break UNC names).
        if (value.equals("*") || value.indexOf('\\') >= 0) {
            throw new InvalidSettingException(key.key(), "'" + value + "' cannot be a computer or domain name");
        }
        try {
            return NetbiosName.of(value, 0).name();
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(key.key(), "'" + value + "' is not a NetBIOS name: " + e.getMessage());
        }
    }

    private static String defaultComputerName() {
        return LocalComputerName.derive().orElse("MAILSLOT-BRIDGE");
    }

    private static BrokerTarget broker(String value) {
        if (value.equals("embedded")) {
            return new BrokerTarget.Embedded();
        }
        if (!value.matches("(\\(|tcp://|udp://|jgroups://).*")) {
            throw new InvalidSettingException(SettingKey.BROKER.key(),
                    "'" + value + "' is neither 'embedded' nor an Artemis URL like tcp://host:61616");
        }
        try {
            BrokerUrl.check(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SettingKey.BROKER.key(), e.getMessage());
        }
        return new BrokerTarget.Remote(value);
    }

    private static Optional<BrokerCredentials> credentials(Values v) {
        Optional<String> user = v.find(SettingKey.BROKER_USER);
        Optional<String> password = v.find(SettingKey.BROKER_PASSWORD);
        Optional<String> passwordFile = v.find(SettingKey.BROKER_PASSWORD_FILE);
        if (passwordFile.isPresent()) {
            if (password.isPresent()) {
                throw new InvalidSettingException(SettingKey.BROKER_PASSWORD_FILE.key(),
                        "give --broker-password or --broker-password-file, not both");
            }
            password = Optional.of(firstLine(SettingKey.BROKER_PASSWORD_FILE,
                    path(SettingKey.BROKER_PASSWORD_FILE, passwordFile.get())));
        }
        if (user.isPresent() != password.isPresent()) {
            SettingKey missing = user.isPresent() ? SettingKey.BROKER_PASSWORD : SettingKey.BROKER_USER;
            throw new InvalidSettingException(missing.key(),
                    "missing: --broker-user and a password (--broker-password-file, MAILSLOT_BROKER_PASSWORD or"
                            + " --broker-password) are given together or not at all");
        }
        if (user.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BrokerCredentials(user.get(), password.get()));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SettingKey.BROKER_USER.key(), e.getMessage());
        }
    }

    // A secret kept in a file: its first line, without the line end, so that `echo secret > file` works.
    private static String firstLine(SettingKey key, Path file) {
        try {
            String content = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
            String line = content.lines().findFirst().orElse("");
            if (line.isEmpty()) {
                throw new InvalidSettingException(key.key(), file + " is empty");
            }
            return line;
        } catch (java.io.IOException e) {
            throw new InvalidSettingException(key.key(),
                    "cannot read " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    private static int intIn(SettingKey key, String value, int min, int max) {
        long parsed;
        try {
            parsed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(key.key(), "'" + value + "' is not a whole number");
        }
        if (parsed < min || parsed > max) {
            throw new InvalidSettingException(key.key(), value + " is out of range " + min + ".." + max);
        }
        return (int) parsed;
    }

    // A whole number with a unit: ms, s (the default) or m.
    // "on-change" (the default) or a duration of at least a second.
    private static Optional<Duration> summaryInterval(String value) {
        if (value.trim().equalsIgnoreCase(ON_CHANGE)) {
            return Optional.empty();
        }
        if (!DURATION.matcher(value.trim()).matches()) {
            throw new InvalidSettingException(SettingKey.SUMMARY_INTERVAL.key(), "'" + value + "' is neither "
                    + ON_CHANGE + " nor a duration such as 30s or 5m");
        }
        Duration interval = duration(SettingKey.SUMMARY_INTERVAL, value);
        if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new InvalidSettingException(SettingKey.SUMMARY_INTERVAL.key(), value.trim()
                    + " is too short: at least 1s, or " + ON_CHANGE);
        }
        return Optional.of(interval);
    }

    private static Duration duration(SettingKey key, String value) {
        var m = DURATION.matcher(value.trim());
        if (!m.matches()) {
            throw new InvalidSettingException(key.key(), "'" + value + "' is not a duration such as 2s, 500ms or 1m");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    private static List<String> objectClasses(String value) {
        List<String> patterns = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String pattern : patterns) {
            if (!pattern.matches("[\\p{L}_$][\\p{L}\\p{N}_$]*(\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*(\\.\\*\\*?)?")) {
                throw new InvalidSettingException(SettingKey.ALLOW_OBJECT_CLASS.key(), "'" + pattern
                        + "' is not a class name, package.* or package.** (the bridge never allows every class)");
            }
        }
        return patterns;
    }

    private static boolean bool(SettingKey key, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new InvalidSettingException(key.key(), "'" + value + "' is not true or false");
        };
    }

    private static Path path(SettingKey key, String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new InvalidSettingException(key.key(), "'" + value + "' is not a path: " + e.getReason());
        }
    }

    private static List<String> slotPatterns(String value) {
        List<String> patterns = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        for (String pattern : patterns) {
            // Slot names may go beyond ASCII (OEM code pages), never have control characters.
            if (!pattern.chars().allMatch(c -> c > 0x20 && (c < 0x7f || c > 0x9f))) {
                throw new InvalidSettingException(SettingKey.ALLOW.key(),
                        "'" + pattern + "' has a space or a control character, which a pattern cannot have");
            }
        }
        return patterns;
    }

    private static RateLimit rateLimit(String value) {
        var m = RATE.matcher(value.trim());
        if (!m.matches()) {
            throw new InvalidSettingException(SettingKey.RATE_LIMIT.key(),
                    "'" + value + "' is not RATE[/s][,burst=N] (datagrams per second per source; 0 = no limit)");
        }
        int rate = Integer.parseInt(m.group(1));
        if (rate == 0) {
            if (m.group(2) != null) {
                throw new InvalidSettingException(SettingKey.RATE_LIMIT.key(), "a burst needs a rate above 0");
            }
            return RateLimit.UNLIMITED;
        }
        int burst = m.group(2) == null ? rate : Integer.parseInt(m.group(2));
        if (burst == 0) {
            throw new InvalidSettingException(SettingKey.RATE_LIMIT.key(), "the burst must be at least 1");
        }
        return new RateLimit(rate, burst);
    }

    private static PayloadFormat payload(String value) {
        try {
            return PayloadFormat.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(SettingKey.EGRESS_PAYLOAD.key(), "'" + value + "' is not jms or raw");
        }
    }

    // NAME=ADDR pairs, comma-separated: where egress datagrams for a computer name go without asking DNS.
    private static Map<String, InetAddress> staticNames(String value) {
        Map<String, InetAddress> names = new LinkedHashMap<>();
        for (String entry : value.split(",", -1)) {
            String pair = entry.trim();
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals <= 0 || equals == pair.length() - 1) {
                throw new InvalidSettingException(SettingKey.STATIC_NAME.key(),
                        "'" + pair + "' is not NAME=ADDR (for example PLC7=192.0.2.7)");
            }
            String name = netbiosName(SettingKey.STATIC_NAME, pair.substring(0, equals).trim());
            InetAddress address = address(SettingKey.STATIC_NAME, pair.substring(equals + 1).trim());
            if (!(address instanceof Inet4Address)) {
                throw new InvalidSettingException(SettingKey.STATIC_NAME.key(),
                        "'" + pair + "': NetBIOS datagrams carry IPv4 addresses only");
            }
            names.put(name, address);
        }
        return names;
    }

    private static String addressName(SettingKey key, String value) {
        if (!ADDRESS_NAME.matcher(value).matches()) {
            throw new InvalidSettingException(key.key(), "'" + value + "' is not an address name (dot-separated"
                    + " labels of letters, digits, '_' and '-')");
        }
        return value;
    }

    /** The raw values, with blank entries treated as absent. */
    private record Values(Map<String, String> raw) {
        Optional<String> find(SettingKey key) {
            return Optional.ofNullable(raw.get(key.key())).map(String::trim).filter(s -> !s.isEmpty());
        }

        String get(SettingKey key, String fallback) {
            return find(key).orElse(fallback);
        }
    }
}
