package org.mailslot.jms;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mailslot.jms.client.ProviderSettings;
import org.mailslot.jms.message.ObjectBodyPolicy;
import org.mailslot.names.NamingSettings;
import org.mailslot.names.WinsSettings;
import org.mailslot.net.HostLookup;
import org.mailslot.net.LocalComputerName;
import org.mailslot.slot.HostSettings;
import org.mailslot.slot.ReceivingNames;
import org.mailslot.wire.NodeType;
import org.mailslot.wire.OemCodePage;
import org.mailslot.wire.SmbProfile;
import org.mailslot.wire.WireLimits;

/**
 * Turns the option values of a {@link MailslotOptions} into the settings of the layers below: the mailslot host's
 * {@link HostSettings} and the JMS layer's {@link ProviderSettings}. Kept apart so the public class is only the
 * option holder and parser; every malformed value fails here with the option's name and what it must be.
 */
final class OptionsMapping {

    private OptionsMapping() {
    }

    static ProviderSettings providerSettings(MailslotOptions options) {
        String computerName = options.isNetworked() ? computerName(options) : ".";
        ProviderSettings.PersistentDelivery persistent =
                switch (options.get("jms.persistentDelivery").toLowerCase(Locale.ROOT)) {
                    case "accept" -> ProviderSettings.PersistentDelivery.ACCEPT;
                    case "reject" -> ProviderSettings.PersistentDelivery.REJECT;
                    default -> throw invalid("jms.persistentDelivery", "accept or reject");
                };
        ObjectBodyPolicy policy = ObjectBodyPolicy.allowing(list(options.get("jms.deserializationAllowList")));
        return new ProviderSettings(computerName, persistent, policy, longValue(options, "jms.queueQuotaBytes"),
                options.redeliveryPolicy(), deliveryThreads(options));
    }

    static HostSettings hostSettings(MailslotOptions options, InstantSource clock) {
        HostSettings.Builder builder = HostSettings.builder(computerName(options))
                .domain(options.get("domain"))
                .bindAddress(address("address", options.get("address")))
                .port(intValue(options, "port"))
                .scope(options.get("scope"))
                .slotQuotaBytes(longValue(options, "slotQuotaBytes"))
                .duplicateWindow(Duration.ofMillis(longValue(options, "duplicateWindowMillis")))
                .receiveBufferBytes(intValue(options, "receiveBufferBytes"))
                .hostLookup(switch (options.get("nameLookup").toLowerCase(Locale.ROOT)) {
                    case "dns" -> HostLookup.DNS;
                    case "none" -> HostLookup.NONE;
                    default -> throw invalid("nameLookup", "dns or none");
                })
                .smbProfile(switch (options.get("smbProfile").toLowerCase(Locale.ROOT)) {
                    case "windows" -> SmbProfile.WINDOWS_CLIENT;
                    case "samba" -> SmbProfile.SAMBA;
                    default -> throw invalid("smbProfile", "windows or samba");
                });
        for (String broadcast : list(options.get("broadcast"))) {
            builder.broadcastAddress(address("broadcast", broadcast));
        }
        String multicast = options.get("multicastGroup");
        if (!multicast.isEmpty()) {
            builder.multicastGroup(address("multicastGroup", multicast));
        }
        for (String entry : list(options.get("names"))) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw invalid("names", "NAME=ADDRESS pairs separated by commas");
            }
            builder.staticName(entry.substring(0, eq), address("names", entry.substring(eq + 1)));
        }
        for (String domain : list(options.get("knownDomains"))) {
            builder.knownDomain(domain);
        }
        try {
            ReceivingNames.parseList(options.get("receiveNameTypes")).forEach(builder::receiveNameType);
        } catch (IllegalArgumentException e) {
            throw invalid("receiveNameTypes", "name types separated by commas, such as 1D,1E,msbrowse: "
                    + e.getMessage());
        }
        builder.naming(naming(options));
        builder.wireLimits(wireLimits(options));
        builder.codePage(codePage(options));
        try {
            builder.clock(clock);
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid mailslot option in " + options.uri() + ": " + e.getMessage(),
                    e);
        }
    }

    // wire.maxDatagram raises the limits for Java-only networks; the samba profile lowers them for Samba readers.
    private static WireLimits wireLimits(MailslotOptions options) {
        WireLimits profile;
        try {
            profile = WireLimits.profile(options.get("wire.limits"));
        } catch (IllegalArgumentException e) {
            throw invalid("wire.limits", "windows or samba (got '" + options.get("wire.limits") + "')");
        }
        int ceiling = intValue(options, "wire.maxDatagram");
        if (ceiling == 0) {
            return profile;
        }
        if (profile.isSamba()) {
            throw new IllegalArgumentException("Mailslot options 'wire.maxDatagram' and 'wire.limits=samba' contradict"
                    + " each other: the first raises the limits for Java-only networks, the second keeps datagrams"
                    + " small enough for Samba; choose one");
        }
        return WireLimits.withCeiling(ceiling);
    }

    private static OemCodePage codePage(MailslotOptions options) {
        try {
            return OemCodePage.parse(options.get("wire.codePage"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Mailslot option 'wire.codePage': " + e.getMessage(), e);
        }
    }

    private static String computerName(MailslotOptions options) {
        String configured = options.get("computerName");
        if (!configured.isEmpty()) {
            return configured;
        }
        return LocalComputerName.derive().orElseThrow(() -> new IllegalArgumentException("The computer name could"
                + " not be derived from the host name; set the computerName option"));
    }

    // nameService, resolveOrder, winsServer, nodeType and lmhosts, each refused under its own key.
    private static NamingSettings naming(MailslotOptions options) {
        NamingSettings naming;
        try {
            naming = NamingSettings.parse(options.get("nameService"), options.get("resolveOrder"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Mailslot option 'nameService' or 'resolveOrder': " + e.getMessage(), e);
        }
        WinsSettings wins;
        try {
            wins = NamingSettings.parseWins(options.get("winsServer"));
        } catch (IllegalArgumentException e) {
            throw invalid("winsServer", "an IPv4 address, optionally with :PORT: " + e.getMessage());
        }
        NodeType nodeType;
        try {
            nodeType = NamingSettings.parseNodeType(options.get("nodeType"));
        } catch (IllegalArgumentException e) {
            throw invalid("nodeType", "B, P, M or H: " + e.getMessage());
        }
        if (nodeType != null && nodeType != NodeType.B && wins == null) {
            throw invalid("nodeType", "B without winsServer (node type " + nodeType + " registers and asks names at"
                    + " a WINS server; set winsServer=ADDRESS)");
        }
        if (nodeType == NodeType.B && wins != null) {
            throw invalid("nodeType", "P, M or H with winsServer (a B node never asks the WINS server)");
        }
        if (wins != null && !naming.nameServiceEnabled()) {
            throw invalid("winsServer", "set together with nameService=on (or a port): our names are registered"
                    + " with the WINS server through the name service");
        }
        String lmhosts = options.get("lmhosts").trim();
        if (!lmhosts.isEmpty() && !java.nio.file.Files.isReadable(java.nio.file.Path.of(lmhosts))) {
            throw invalid("lmhosts", "a readable LMHOSTS file (" + lmhosts + " cannot be read)");
        }
        return naming.withWins(wins, nodeType).withLmhosts(lmhosts.isEmpty() ? null : java.nio.file.Path.of(lmhosts));
    }

    private static InetAddress address(String key, String text) {
        if (!isDottedQuad(text)) {
            throw invalid(key, "an IPv4 address such as 192.168.1.10 (got '" + text + "')");
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw invalid(key, "an IPv4 address (got '" + text + "')");
        }
    }

    // Four groups of 1-3 digits: no host name may reach InetAddress.getByName, which would look it up.
    private static boolean isDottedQuad(String text) {
        int groups = 0;
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c >= '0' && c <= '9' && digits < 3) {
                digits++;
            } else if (c == '.' && digits > 0) {
                groups++;
                digits = 0;
            } else {
                return false;
            }
        }
        return groups == 4;
    }

    private static int deliveryThreads(MailslotOptions options) {
        int threads = intValue(options, "jms.deliveryThreads");
        if (threads < 1) {
            throw invalid("jms.deliveryThreads", "at least 1 (got " + threads + ")");
        }
        return threads;
    }

    private static int intValue(MailslotOptions options, String key) {
        try {
            return Integer.parseInt(options.get(key).trim());
        } catch (NumberFormatException e) {
            throw invalid(key, "a whole number (got '" + options.get(key) + "')");
        }
    }

    private static long longValue(MailslotOptions options, String key) {
        try {
            return Long.parseLong(options.get(key).trim());
        } catch (NumberFormatException e) {
            throw invalid(key, "a whole number (got '" + options.get(key) + "')");
        }
    }

    static boolean booleanValue(MailslotOptions options, String key) {
        String value = options.get(key).trim().toLowerCase(Locale.ROOT);
        if (!value.equals("true") && !value.equals("false")) {
            throw invalid(key, "true or false (got '" + options.get(key) + "')");
        }
        return Boolean.parseBoolean(value);
    }

    static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return List.copyOf(items);
    }

    static IllegalArgumentException invalid(String key, String expected) {
        return new IllegalArgumentException("Mailslot option '" + key + "' must be " + expected);
    }
}
