package org.mailslot.jms;

import java.io.Serializable;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.mailslot.jms.client.ProviderSettings;
import org.mailslot.jms.engine.RedeliveryPolicy;
import org.mailslot.jms.management.ManagementName;
import org.mailslot.jms.message.ObjectBodyPolicy;
import org.mailslot.jms.payload.PayloadFormat;
import org.mailslot.names.NamingSettings;
import org.mailslot.net.HostLookup;
import org.mailslot.slot.HostSettings;
import org.mailslot.wire.NodeType;
import org.mailslot.wire.SmbProfile;
import org.mailslot.wire.WireLimits;

/**
 * The configuration of a {@link MailslotConnectionFactory}, read from one URI:
 * {@code mailslot://ADDRESS[:PORT]?key=value&...}, or {@code mailslot://local} for a local-only host without
 * sockets. Keys without a prefix configure the mailslot host, {@code wire.*} the datagram codec and {@code jms.*}
 * the JMS layer; an unknown key is refused, so a typo fails loudly. Every key, with its default, is in
 * {@code docs/configuration.md}; {@link #KEYS} lists them.
 */
public final class MailslotOptions implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The URI scheme. */
    public static final String SCHEME = "mailslot";
    /** The URI authority that means a local-only host. */
    public static final String LOCAL = "local";

    /** Every option key this class accepts, with its default as documentation text. */
    public static final Map<String, String> KEYS = keys();

    private String uri = SCHEME + "://" + LOCAL;
    private final Map<String, String> values = new LinkedHashMap<>();

    /** Options of a local-only host with every default. */
    public MailslotOptions() {
    }

    /**
     * Parses a URI.
     *
     * @throws IllegalArgumentException naming what is wrong: the scheme, the address, an unknown key or a value
     */
    public static MailslotOptions parse(String uri) {
        MailslotOptions options = new MailslotOptions();
        options.applyUri(uri);
        return options;
    }

    private void applyUri(String text) {
        Objects.requireNonNull(text, "uri");
        URI parsed;
        try {
            parsed = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Not a valid mailslot URI: " + text + " (" + e.getMessage() + ")", e);
        }
        if (!SCHEME.equalsIgnoreCase(parsed.getScheme()) || parsed.getHost() == null) {
            throw new IllegalArgumentException("A mailslot URI has the form mailslot://ADDRESS[:PORT]?options or"
                    + " mailslot://local?options, got " + text);
        }
        Map<String, String> given = new LinkedHashMap<>();
        String query = parsed.getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                given.put(key, value);
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String key : given.keySet()) {
            if (!KEYS.containsKey(key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown mailslot URI option(s) " + unknown + " in " + text
                    + "; known options: " + new TreeSet<>(KEYS.keySet()) + " (see docs/configuration.md)");
        }
        this.uri = text;
        values.clear();
        if (!LOCAL.equalsIgnoreCase(parsed.getHost())) {
            values.put("address", parsed.getHost());
            if (parsed.getPort() >= 0) {
                values.put("port", Integer.toString(parsed.getPort()));
            }
        }
        values.putAll(given);
        // Fail now, not at the first connection, when a value is malformed: every key, on every URI form, with the
        // same message (a local-only host ignores the network keys but still refuses a malformed one).
        toProviderSettings();
        payloadFormat();
        rawCharset();
        rawAsText();
        credentials();
        jmxEnabled();
        metricsName();
        if (isNetworked()) {
            toHostSettings();
        } else {
            values.put("address", "127.0.0.1");
            try {
                toHostSettings();
            } finally {
                values.remove("address");
            }
        }
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    /** The URI these options came from. */
    public String uri() {
        return uri;
    }

    /** Sets one option by key, as if it were in the URI. */
    public MailslotOptions set(String key, String value) {
        if (!KEYS.containsKey(key) && !"address".equals(key) && !"port".equals(key)) {
            throw new IllegalArgumentException("Unknown mailslot option '" + key + "'; known options: "
                    + new TreeSet<>(KEYS.keySet()));
        }
        values.put(key, value);
        return this;
    }

    /** The value of an option, or its default. */
    public String get(String key) {
        String value = values.get(key);
        return value != null ? value : KEYS.get(key);
    }

    /** True when the host has a UDP endpoint; false for {@code mailslot://local}. */
    public boolean isNetworked() {
        return values.containsKey("address");
    }

    /**
     * The JMS layer's settings.
     *
     * @hidden internal: public only for the client package, so it stays out of the API docs
     */
    public ProviderSettings toProviderSettings() {
        String computerName = isNetworked() ? computerName() : ".";
        ProviderSettings.PersistentDelivery persistent = switch (get("jms.persistentDelivery").toLowerCase(Locale.ROOT)) {
            case "accept" -> ProviderSettings.PersistentDelivery.ACCEPT;
            case "reject" -> ProviderSettings.PersistentDelivery.REJECT;
            default -> throw invalid("jms.persistentDelivery", "accept or reject");
        };
        ObjectBodyPolicy policy = ObjectBodyPolicy.allowing(list(get("jms.deserializationAllowList")));
        return new ProviderSettings(computerName, persistent, policy, longValue("jms.queueQuotaBytes"),
                redeliveryPolicy());
    }

    /** What happens to messages that keep coming back: {@code jms.maxRedeliveries} and its companions. */
    public RedeliveryPolicy redeliveryPolicy() {
        return RedeliveryOptions.parse(this::get);
    }

    /** The user name no-argument {@code createConnection()}/{@code createContext()} present, or null. */
    public String defaultUser() {
        String value = get("jms.user");
        return value == null || value.isEmpty() ? null : value;
    }

    /** The password that goes with {@link #defaultUser()}, or null. */
    public String defaultPassword() {
        String value = get("jms.password");
        return value == null || value.isEmpty() ? null : value;
    }

    /** How sent messages are put on the wire. */
    public PayloadFormat payloadFormat() {
        try {
            return PayloadFormat.parse(get("jms.payload"));
        } catch (IllegalArgumentException e) {
            throw invalid("jms.payload", "jms or raw");
        }
    }

    /** The charset of raw text payloads. */
    public Charset rawCharset() {
        try {
            return Charset.forName(get("jms.rawCharset"));
        } catch (RuntimeException e) {
            throw invalid("jms.rawCharset", "a charset name such as UTF-8 or windows-1252");
        }
    }

    /** Whether raw datagrams arrive as TextMessage (else BytesMessage). */
    public boolean rawAsText() {
        return booleanValue("jms.rawAsText");
    }

    /** The client ID preset on every connection, or null. */
    public String clientId() {
        String value = get("jms.clientID");
        return value == null || value.isEmpty() ? null : value;
    }

    /** Whether the factory publishes its counters as a JMX MBean ({@code jms.jmx}). */
    public boolean jmxEnabled() {
        return booleanValue("jms.jmx");
    }

    /** The name the factory's counters are published under: {@code jms.metricsName}, or one derived from the URI. */
    public String metricsName() {
        return ManagementName.resolve(get("jms.metricsName"), values.get("address"), get("port"));
    }

    /** User name to password; empty when connections need no credentials. */
    public Map<String, String> credentials() {
        Map<String, String> table = new LinkedHashMap<>();
        for (String entry : list(get("jms.credentials"))) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw invalid("jms.credentials", "user:password pairs separated by commas");
            }
            table.put(entry.substring(0, colon), entry.substring(colon + 1));
        }
        return table;
    }

    /** The mailslot host's settings; only for a networked host. */
    public HostSettings toHostSettings() {
        return toHostSettings(InstantSource.system());
    }

    /**
     * The mailslot host's settings with the clock of its duplicate window; only for a networked host.
     *
     * @param clock the host's time source
     */
    public HostSettings toHostSettings(InstantSource clock) {
        HostSettings.Builder builder = HostSettings.builder(computerName())
                .domain(get("domain"))
                .bindAddress(address("address", get("address")))
                .port(intValue("port"))
                .scope(get("scope"))
                .slotQuotaBytes(longValue("slotQuotaBytes"))
                .duplicateWindow(Duration.ofMillis(longValue("duplicateWindowMillis")))
                .receiveBufferBytes(intValue("receiveBufferBytes"))
                .hostLookup(switch (get("nameLookup").toLowerCase(Locale.ROOT)) {
                    case "dns" -> HostLookup.DNS;
                    case "none" -> HostLookup.NONE;
                    default -> throw invalid("nameLookup", "dns or none");
                })
                .smbProfile(switch (get("smbProfile").toLowerCase(Locale.ROOT)) {
                    case "windows" -> SmbProfile.WINDOWS_CLIENT;
                    case "samba" -> SmbProfile.SAMBA;
                    default -> throw invalid("smbProfile", "windows or samba");
                })
                .nodeType(nodeType());
        for (String broadcast : list(get("broadcast"))) {
            builder.broadcastAddress(address("broadcast", broadcast));
        }
        String multicast = get("multicastGroup");
        if (!multicast.isEmpty()) {
            builder.multicastGroup(address("multicastGroup", multicast));
        }
        for (String entry : list(get("names"))) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw invalid("names", "NAME=ADDRESS pairs separated by commas");
            }
            builder.staticName(entry.substring(0, eq), address("names", entry.substring(eq + 1)));
        }
        for (String domain : list(get("knownDomains"))) {
            builder.knownDomain(domain);
        }
        try {
            builder.naming(NamingSettings.parse(get("nameService"), get("resolveOrder")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Mailslot option 'nameService' or 'resolveOrder': " + e.getMessage(), e);
        }
        int ceiling = intValue("wire.maxDatagram");
        builder.wireLimits(ceiling == 0 ? WireLimits.WINDOWS : WireLimits.withCeiling(ceiling));
        try {
            builder.clock(clock);
        return builder.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid mailslot option in " + uri + ": " + e.getMessage(), e);
        }
    }

    private String computerName() {
        String configured = get("computerName");
        if (!configured.isEmpty()) {
            return configured;
        }
        try {
            String host = InetAddress.getLocalHost().getHostName();
            int dot = host.indexOf('.');
            String label = (dot > 0 ? host.substring(0, dot) : host).toUpperCase(Locale.ROOT);
            return label.length() > 15 ? label.substring(0, 15) : label;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("The computer name could not be derived from the host name; set the"
                    + " computerName option", e);
        }
    }

    private NodeType nodeType() {
        try {
            return NodeType.valueOf(get("nodeType").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("nodeType", "B, P, M or H");
        }
    }

    private static InetAddress address(String key, String text) {
        if (!text.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}")) {
            throw invalid(key, "an IPv4 address such as 192.168.1.10 (got '" + text + "')");
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw invalid(key, "an IPv4 address (got '" + text + "')");
        }
    }

    private int intValue(String key) {
        try {
            return Integer.parseInt(get(key).trim());
        } catch (NumberFormatException e) {
            throw invalid(key, "a whole number (got '" + get(key) + "')");
        }
    }

    private long longValue(String key) {
        try {
            return Long.parseLong(get(key).trim());
        } catch (NumberFormatException e) {
            throw invalid(key, "a whole number (got '" + get(key) + "')");
        }
    }

    private boolean booleanValue(String key) {
        String value = get(key).trim().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw invalid(key, "true or false (got '" + get(key) + "')");
        }
        return Boolean.parseBoolean(value);
    }

    private static List<String> list(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static IllegalArgumentException invalid(String key, String expected) {
        return new IllegalArgumentException("Mailslot option '" + key + "' must be " + expected);
    }

    private static Map<String, String> keys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("computerName", "");
        keys.put("domain", HostSettings.DEFAULT_DOMAIN);
        keys.put("broadcast", "");
        keys.put("multicastGroup", "");
        keys.put("scope", "");
        keys.put("names", "");
        keys.put("nameLookup", "dns");
        keys.put("nameService", "off");
        keys.put("resolveOrder", "static,nameservice,learned,dns");
        keys.put("knownDomains", "");
        keys.put("smbProfile", "windows");
        keys.put("nodeType", "B");
        keys.put("slotQuotaBytes", Long.toString(HostSettings.DEFAULT_SLOT_QUOTA));
        keys.put("duplicateWindowMillis", Long.toString(HostSettings.DEFAULT_DUPLICATE_WINDOW.toMillis()));
        keys.put("receiveBufferBytes", Integer.toString(4 << 20));
        keys.put("wire.maxDatagram", "0");
        keys.put("jms.payload", "jms");
        keys.put("jms.rawCharset", "UTF-8");
        keys.put("jms.rawAsText", "false");
        keys.put("jms.persistentDelivery", "accept");
        keys.put(ObjectBodyPolicy.OPTION, "java.lang,java.util");
        keys.put("jms.queueQuotaBytes", Long.toString(64L << 20));
        keys.put("jms.clientID", "");
        keys.put("jms.credentials", "");
        keys.put("jms.user", "");
        keys.put("jms.password", "");
        keys.put("jms.maxRedeliveries", Integer.toString(RedeliveryPolicy.DEFAULT.maxRedeliveries()));
        keys.put("jms.redeliveryDelayMillis", Long.toString(RedeliveryPolicy.DEFAULT.delayMillis()));
        keys.put("jms.redeliveryBackoff", Double.toString(RedeliveryPolicy.DEFAULT.backoff()));
        keys.put("jms.maxRedeliveryDelayMillis", Long.toString(RedeliveryPolicy.DEFAULT.maxDelayMillis()));
        keys.put("jms.deadLetterQueue", RedeliveryPolicy.DEFAULT.deadLetterQueue());
        keys.put("jms.jmx", "true");
        keys.put("jms.metricsName", "");
        keys.put("port", Integer.toString(HostSettings.MAILSLOT_PORT));
        return Map.copyOf(keys);
    }

    @Override
    public String toString() {
        return "MailslotOptions[" + uri + "]";
    }
}
