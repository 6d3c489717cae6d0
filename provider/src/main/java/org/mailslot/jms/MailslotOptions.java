package org.mailslot.jms;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.mailslot.jms.client.ProviderSettings;
import org.mailslot.jms.engine.RedeliveryPolicy;
import org.mailslot.jms.management.ManagementName;
import org.mailslot.jms.message.ObjectBodyPolicy;
import org.mailslot.jms.payload.PayloadFormat;
import org.mailslot.slot.HostSettings;

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

    /** The URI the options were parsed from. */
    private String uri = SCHEME + "://" + LOCAL;
    /** The options set, by key (the address and port among them); a key not here has its default. */
    private final Map<String, String> values = new LinkedHashMap<>();

    /** Options of a local-only host with every default. */
    public MailslotOptions() {
    }

    /**
     * Parses a URI.
     *
     * @param uri {@code mailslot://ADDRESS[:PORT]?key=value&...} or {@code mailslot://local?...}
     * @return the options
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
            for (String pair : query.split("&", -1)) {
                if (pair.isEmpty()) {
                    continue;
                }
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

    /** {@return the URI these options came from} */
    public String uri() {
        return uri;
    }

    /**
     * Sets one option by key, as if it were in the URI.
     *
     * @param key   a key of {@link #KEYS}, {@code address} or {@code port}
     * @param value its value, as text
     * @return these options, for chaining
     */
    public MailslotOptions set(String key, String value) {
        if (!KEYS.containsKey(key) && !"address".equals(key) && !"port".equals(key)) {
            throw new IllegalArgumentException("Unknown mailslot option '" + key + "'; known options: "
                    + new TreeSet<>(KEYS.keySet()));
        }
        values.put(key, value);
        return this;
    }

    /**
     * The value of an option, or its default.
     *
     * @param key a key of {@link #KEYS}, {@code address} or {@code port}
     * @return the value as text
     */
    public String get(String key) {
        String value = values.get(key);
        return value != null ? value : KEYS.get(key);
    }

    /** {@return true when the host has a UDP endpoint; false for {@code mailslot://local}} */
    public boolean isNetworked() {
        return values.containsKey("address");
    }

    /**
     * The JMS layer's settings.
     *
     * @return the settings
     * @hidden internal: public only for the client package, so it stays out of the API docs
     */
    @SuppressWarnings("InvalidBlockTag") // @hidden is javadoc's own tag (JDK 9+); Error Prone does not know it
    public ProviderSettings toProviderSettings() {
        return OptionsMapping.providerSettings(this);
    }

    /** {@return what happens to messages that keep coming back: {@code jms.maxRedeliveries} and its companions} */
    public RedeliveryPolicy redeliveryPolicy() {
        return RedeliveryOptions.parse(this::get);
    }

    /** {@return the user name no-argument {@code createConnection()}/{@code createContext()} present, or null} */
    public String defaultUser() {
        String value = get("jms.user");
        return value == null || value.isEmpty() ? null : value;
    }

    /** {@return the password that goes with {@link #defaultUser()}, or null} */
    public String defaultPassword() {
        String value = get("jms.password");
        return value == null || value.isEmpty() ? null : value;
    }

    /** {@return how sent messages are put on the wire} */
    public PayloadFormat payloadFormat() {
        try {
            return PayloadFormat.parse(get("jms.payload"));
        } catch (IllegalArgumentException e) {
            throw OptionsMapping.invalid("jms.payload", "jms or raw");
        }
    }

    /** {@return the charset of raw text payloads} */
    public Charset rawCharset() {
        try {
            return Charset.forName(get("jms.rawCharset"));
        } catch (RuntimeException e) {
            throw OptionsMapping.invalid("jms.rawCharset", "a charset name such as UTF-8 or windows-1252");
        }
    }

    /** {@return whether raw datagrams arrive as TextMessage (else BytesMessage)} */
    public boolean rawAsText() {
        return OptionsMapping.booleanValue(this, "jms.rawAsText");
    }

    /** {@return the client ID preset on every connection, or null} */
    public String clientId() {
        String value = get("jms.clientID");
        return value == null || value.isEmpty() ? null : value;
    }

    /** {@return whether the factory publishes its counters as a JMX MBean ({@code jms.jmx})} */
    public boolean jmxEnabled() {
        return OptionsMapping.booleanValue(this, "jms.jmx");
    }

    /**
     * {@return the name the factory's counters are published under: {@code jms.metricsName}, or one derived from the
     * URI}
     */
    public String metricsName() {
        return ManagementName.resolve(get("jms.metricsName"), values.get("address"), get("port"));
    }

    /** {@return user name to password; empty when connections need no credentials} */
    public Map<String, String> credentials() {
        Map<String, String> table = new LinkedHashMap<>();
        for (String entry : OptionsMapping.list(get("jms.credentials"))) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                throw OptionsMapping.invalid("jms.credentials", "user:password pairs separated by commas");
            }
            table.put(entry.substring(0, colon), entry.substring(colon + 1));
        }
        return table;
    }

    /** {@return the mailslot host's settings; only for a networked host} */
    public HostSettings toHostSettings() {
        return toHostSettings(InstantSource.system());
    }

    /**
     * The mailslot host's settings with the clock of its duplicate window; only for a networked host.
     *
     * @param clock the host's time source
     * @return the settings
     */
    public HostSettings toHostSettings(InstantSource clock) {
        return OptionsMapping.hostSettings(this, clock);
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
        keys.put("winsServer", "");
        keys.put("lmhosts", "");
        keys.put("knownDomains", "");
        keys.put("receiveNameTypes", "");
        keys.put("smbProfile", "windows");
        keys.put("nodeType", "");
        keys.put("slotQuotaBytes", Long.toString(HostSettings.DEFAULT_SLOT_QUOTA));
        keys.put("duplicateWindowMillis", Long.toString(HostSettings.DEFAULT_DUPLICATE_WINDOW.toMillis()));
        keys.put("receiveBufferBytes", Integer.toString(4 << 20));
        keys.put("wire.maxDatagram", "0");
        keys.put("wire.limits", "windows");
        keys.put("wire.codePage", "850");
        keys.put("jms.payload", "jms");
        keys.put("jms.rawCharset", "UTF-8");
        keys.put("jms.rawAsText", "false");
        keys.put("jms.persistentDelivery", "accept");
        keys.put(ObjectBodyPolicy.OPTION, "java.lang,java.util");
        keys.put("jms.queueQuotaBytes", Long.toString(64L << 20));
        keys.put("jms.deliveryThreads", Integer.toString(ProviderSettings.DEFAULT_DELIVERY_THREADS));
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