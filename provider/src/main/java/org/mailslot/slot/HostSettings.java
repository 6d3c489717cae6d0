package org.mailslot.slot;

import java.net.InetAddress;
import java.time.Duration;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.mailslot.names.NameType;
import org.mailslot.names.NamingSettings;
import org.mailslot.net.EndpointSettings;
import org.mailslot.net.HostLookup;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;
import org.mailslot.wire.OemCodePage;
import org.mailslot.wire.SmbProfile;
import org.mailslot.wire.WireLimits;

/**
 * Everything a {@link MailslotHost} is built from. Create with {@link #builder(String)}; a host built with
 * {@link Builder#localOnly()} has no socket at all.
 *
 * @param computerName      this host's NetBIOS computer name (1..15 characters, stored upper-case)
 * @param domain            the domain or workgroup whose group writes this host receives and where
 *                          {@code \\*\mailslot\...} goes
 * @param network           false for a local-only host (no socket; remote writes fail with
 *                          {@link BadNetPathException})
 * @param bindAddress       the unicast address to bind (IPv4)
 * @param port              the mailslot UDP port, the same on every host (138 on real networks)
 * @param broadcastAddresses where group writes go; empty derives them from the interface of the bind address (or,
 *                          when a multicast group is set, means the network has no broadcast)
 * @param multicastGroup    an optional multicast group for networks without broadcast, or {@code null}
 * @param scope             the NetBIOS scope ID, "" for none; hosts only see datagrams of their own scope
 * @param staticNames       computer name to address, consulted before learned names and DNS
 * @param hostLookup        the last resort of name resolution ({@link HostLookup#DNS} by default)
 * @param knownDomains      other domains (besides our own) whose names mean a group write
 * @param smbProfile        the sender profile of written datagrams
 * @param nodeType          the node type bits in written datagrams
 * @param wireLimits        payload size rules for remote writes
 * @param codePage          the OEM code page slot names travel in, both ways (850 by default)
 * @param slotQuotaBytes    the byte quota of each slot's unread messages
 * @param duplicateWindow   how long a datagram's copies are recognised ({@link Duration#ZERO} turns it off)
 * @param duplicateCapacity how many recent datagrams the duplicate filter remembers at most
 * @param receiveBufferBytes the SO_RCVBUF asked for
 * @param clock             the clock of the duplicate window (injectable for tests)
 * @param naming            the NetBIOS name service and the resolution order
 * @param receiveNameTypes  the destination name types received besides {@code <00>} (see {@link ReceivingNames})
 */
public record HostSettings(
        String computerName, String domain, boolean network, InetAddress bindAddress, int port,
        List<InetAddress> broadcastAddresses, InetAddress multicastGroup, String scope,
        Map<String, InetAddress> staticNames, HostLookup hostLookup, Set<String> knownDomains,
        SmbProfile smbProfile, NodeType nodeType, WireLimits wireLimits, OemCodePage codePage, long slotQuotaBytes,
        Duration duplicateWindow, int duplicateCapacity, int receiveBufferBytes, InstantSource clock,
        NamingSettings naming, Set<NameType> receiveNameTypes) {

    /** The mailslot port of real networks. */
    public static final int MAILSLOT_PORT = 138;
    /** The default workgroup. */
    public static final String DEFAULT_DOMAIN = "WORKGROUP";
    /** The default byte quota per slot. */
    public static final long DEFAULT_SLOT_QUOTA = 4L * 1024 * 1024;
    /** The default duplicate window: Netlogon's MailslotDuplicateTimeout. */
    public static final Duration DEFAULT_DUPLICATE_WINDOW = Duration.ofSeconds(2);
    /**
     * The default number of datagrams the duplicate filter remembers: copies arrive within milliseconds of each
     * other, and a small table stays in the CPU cache at full receive rate.
     */
    public static final int DEFAULT_DUPLICATE_CAPACITY = 8_192;

    /**
     * Validates and normalises (names upper-case, collections copied); {@link #builder(String)} is the usual way in.
     *
     * @param computerName       this host's NetBIOS computer name (1..15 characters, stored upper-case)
     * @param domain             the domain or workgroup whose group writes this host receives and where
     *                           {@code \\*\mailslot\...} goes
     * @param network            false for a local-only host (no socket; remote writes fail with
     *                           {@link BadNetPathException})
     * @param bindAddress        the unicast address to bind (IPv4)
     * @param port               the mailslot UDP port, the same on every host (138 on real networks)
     * @param broadcastAddresses where group writes go; empty derives them from the interface of the bind address (or,
     *                           when a multicast group is set, means the network has no broadcast)
     * @param multicastGroup     an optional multicast group for networks without broadcast, or {@code null}
     * @param scope              the NetBIOS scope ID, "" for none; hosts only see datagrams of their own scope
     * @param staticNames        computer name to address, consulted before learned names and DNS
     * @param hostLookup         the last resort of name resolution ({@link HostLookup#DNS} by default)
     * @param knownDomains       other domains (besides our own) whose names mean a group write
     * @param smbProfile         the sender profile of written datagrams
     * @param nodeType           the node type bits in written datagrams
     * @param wireLimits         payload size rules for remote writes
     * @param codePage           the OEM code page slot names travel in, both ways (850 by default)
     * @param slotQuotaBytes     the byte quota of each slot's unread messages
     * @param duplicateWindow    how long a datagram's copies are recognised ({@link Duration#ZERO} turns it off)
     * @param duplicateCapacity  how many recent datagrams the duplicate filter remembers at most
     * @param receiveBufferBytes the SO_RCVBUF asked for
     * @param clock              the clock of the duplicate window (injectable for tests)
     * @param naming             the NetBIOS name service and the resolution order
     * @param receiveNameTypes   the destination name types received besides {@code <00>} (see {@link ReceivingNames})
     */
    public HostSettings {
        Objects.requireNonNull(scope, "scope");
        computerName = checkNetbiosName(computerName, "computerName", scope);
        domain = checkNetbiosName(domain, "domain", scope);
        Objects.requireNonNull(bindAddress, "bindAddress");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        broadcastAddresses = List.copyOf(broadcastAddresses);
        Map<String, InetAddress> names = new HashMap<>();
        staticNames.forEach((name, address) -> names.put(name.toUpperCase(Locale.ROOT), address));
        staticNames = Map.copyOf(names);
        Objects.requireNonNull(hostLookup, "hostLookup");
        Set<String> domains = new LinkedHashSet<>();
        knownDomains.forEach(d -> domains.add(d.toUpperCase(Locale.ROOT)));
        knownDomains = Set.copyOf(domains);
        Objects.requireNonNull(smbProfile, "smbProfile");
        Objects.requireNonNull(nodeType, "nodeType");
        Objects.requireNonNull(wireLimits, "wireLimits");
        Objects.requireNonNull(codePage, "codePage");
        if (slotQuotaBytes <= 0) {
            throw new IllegalArgumentException("slotQuotaBytes must be positive, got " + slotQuotaBytes);
        }
        if (duplicateWindow.isNegative()) {
            throw new IllegalArgumentException("duplicateWindow cannot be negative: " + duplicateWindow);
        }
        if (duplicateCapacity <= 0) {
            throw new IllegalArgumentException("duplicateCapacity must be positive, got " + duplicateCapacity);
        }
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(naming, "naming");
        if (naming.wins() != null && !naming.nameServiceEnabled()) {
            throw new IllegalArgumentException("a WINS server (" + naming.wins().serverText() + ") needs the name"
                    + " service on: our names are registered with it through the name-service socket");
        }
        receiveNameTypes = Set.copyOf(receiveNameTypes);
    }

    /** {@return which destination names this host receives datagrams for} */
    public ReceivingNames receivingNames() {
        return new ReceivingNames(computerName, domain, scope, receiveNameTypes);
    }

    private static String checkNetbiosName(String name, String setting, String scope) {
        Objects.requireNonNull(name, setting);
        try {
            return NetbiosName.of(name, 0, scope).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("setting '" + setting + "' is not a valid NetBIOS name: " + e.getMessage(),
                    e);
        }
    }

    /**
     * Starts settings for a host with this computer name, bound to 0.0.0.0:138 in domain WORKGROUP.
     *
     * @param computerName the NetBIOS computer name
     * @return a builder with every other setting at its default
     */
    public static Builder builder(String computerName) {
        return new Builder(computerName);
    }

    /** {@return the endpoint settings this host's UDP endpoint uses} */
    public EndpointSettings endpointSettings() {
        return new EndpointSettings(bindAddress, port, broadcastAddresses, multicastGroup, receiveBufferBytes,
                "mailslot-host-" + computerName);
    }

    /** Builds {@link HostSettings}; every setter returns the builder. */
    public static final class Builder {
        private final String computerName;
        private String domain = DEFAULT_DOMAIN;
        private boolean network = true;
        private InetAddress bindAddress = anyAddress();
        private int port = MAILSLOT_PORT;
        private final List<InetAddress> broadcastAddresses = new ArrayList<>();
        private InetAddress multicastGroup;
        private String scope = "";
        private final Map<String, InetAddress> staticNames = new HashMap<>();
        private HostLookup hostLookup = HostLookup.DNS;
        private final Set<String> knownDomains = new LinkedHashSet<>();
        private SmbProfile smbProfile = SmbProfile.WINDOWS_CLIENT;
        private NodeType nodeType;
        private WireLimits wireLimits = WireLimits.WINDOWS;
        private OemCodePage codePage = OemCodePage.DEFAULT;
        private long slotQuotaBytes = DEFAULT_SLOT_QUOTA;
        private Duration duplicateWindow = DEFAULT_DUPLICATE_WINDOW;
        private int duplicateCapacity = DEFAULT_DUPLICATE_CAPACITY;
        private int receiveBufferBytes = EndpointSettings.DEFAULT_RECEIVE_BUFFER;
        private InstantSource clock = InstantSource.system();
        private NamingSettings naming = NamingSettings.DEFAULTS;
        private final Set<NameType> receiveNameTypes = new LinkedHashSet<>();

        private Builder(String computerName) {
            this.computerName = computerName;
        }

        private static InetAddress anyAddress() {
            try {
                return InetAddress.getByAddress(new byte[4]);
            } catch (java.net.UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }

        /**
         * The domain or workgroup (default WORKGROUP).
         *
         * @param value a NetBIOS name, 1 to 15 characters
         * @return this builder
         */
        public Builder domain(String value) {
            this.domain = value;
            return this;
        }

        /**
         * No socket: only local slots and local writes work.
         *
         * @return this builder
         */
        public Builder localOnly() {
            this.network = false;
            return this;
        }

        /**
         * The unicast address to bind (default 0.0.0.0).
         *
         * @param value an IPv4 address of this machine, or 0.0.0.0 for all
         * @return this builder
         */
        public Builder bindAddress(InetAddress value) {
            this.bindAddress = value;
            return this;
        }

        /**
         * The mailslot UDP port (default 138, which needs privilege).
         *
         * @param value 0 to 65535; 0 picks a free port
         * @return this builder
         */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /**
         * Adds a broadcast address for group writes (default: derived from the interface).
         *
         * @param value an IPv4 broadcast address, e.g. 192.168.56.255
         * @return this builder
         */
        public Builder broadcastAddress(InetAddress value) {
            this.broadcastAddresses.add(value);
            return this;
        }

        /**
         * A multicast group that group writes also go to and that the host joins.
         *
         * @param value an IPv4 multicast address
         * @return this builder
         */
        public Builder multicastGroup(InetAddress value) {
            this.multicastGroup = value;
            return this;
        }

        /**
         * The NetBIOS scope ID (default none).
         *
         * @param value the scope, e.g. {@code corp.example}, or empty
         * @return this builder
         */
        public Builder scope(String value) {
            this.scope = value;
            return this;
        }

        /**
         * Adds a static name table entry.
         *
         * @param name    a computer name
         * @param address where its datagrams go
         * @return this builder
         */
        public Builder staticName(String name, InetAddress address) {
            this.staticNames.put(name, address);
            return this;
        }

        /**
         * The last resort of name resolution (default DNS; {@link HostLookup#NONE} to turn it off).
         *
         * @param value how names no other step knows are looked up
         * @return this builder
         */
        public Builder hostLookup(HostLookup value) {
            this.hostLookup = value;
            return this;
        }

        /**
         * Declares another domain, so that {@code \\NAME\mailslot\...} is a group write to it.
         *
         * @param value a NetBIOS domain name
         * @return this builder
         */
        public Builder knownDomain(String value) {
            this.knownDomains.add(value);
            return this;
        }

        /**
         * The sender profile (default WINDOWS_CLIENT).
         *
         * @param value the header fields written datagrams carry
         * @return this builder
         */
        public Builder smbProfile(SmbProfile value) {
            this.smbProfile = value;
            return this;
        }

        /**
         * The node type of written datagrams (default: the naming settings' node type, B without a WINS server).
         *
         * @param value the node type
         * @return this builder
         */
        public Builder nodeType(NodeType value) {
            this.nodeType = value;
            return this;
        }

        /**
         * The payload size rules of remote writes (default the Windows rules).
         *
         * @param value the limits
         * @return this builder
         */
        public Builder wireLimits(WireLimits value) {
            this.wireLimits = value;
            return this;
        }

        /**
         * The OEM code page of slot names on the wire (default 850, {@link OemCodePage#DEFAULT}): received names are
         * read in it, and a write to another computer or a domain whose slot path has a character without a byte in
         * it is refused.
         *
         * @param value the code page every Windows host of the network uses
         * @return this builder
         */
        public Builder codePage(OemCodePage value) {
            this.codePage = value;
            return this;
        }

        /**
         * The byte quota of each slot (default 4 MiB).
         *
         * @param value bytes of unread messages a slot may hold
         * @return this builder
         */
        public Builder slotQuotaBytes(long value) {
            this.slotQuotaBytes = value;
            return this;
        }

        /**
         * The duplicate window (default 2 s).
         *
         * @param value how long a copy of a datagram counts as a duplicate
         * @return this builder
         */
        public Builder duplicateWindow(Duration value) {
            this.duplicateWindow = value;
            return this;
        }

        /**
         * How many recent datagrams the duplicate filter remembers (default 8,192).
         *
         * @param value at least 1
         * @return this builder
         */
        public Builder duplicateCapacity(int value) {
            this.duplicateCapacity = value;
            return this;
        }

        /**
         * The SO_RCVBUF asked for (default 4 MiB).
         *
         * @param value bytes; the kernel may grant less
         * @return this builder
         */
        public Builder receiveBufferBytes(int value) {
            this.receiveBufferBytes = value;
            return this;
        }

        /**
         * The clock of the duplicate window (default the system clock).
         *
         * @param value the time source
         * @return this builder
         */
        public Builder clock(InstantSource value) {
            this.clock = value;
            return this;
        }

        /**
         * The name service and resolution order (default: no name service, the default order).
         *
         * @param value the naming settings
         * @return this builder
         */
        public Builder naming(NamingSettings value) {
            this.naming = value;
            return this;
        }

        /**
         * Also receive datagrams addressed to this name type of our computer name, our domain or {@code *} (or to
         * {@code __MSBROWSE__<01>}): for a receiver that implements a browser or domain protocol. Default: only
         * {@code <00>}.
         *
         * @param value a name type, e.g. {@code <1D>} for a domain's master browser
         * @return this builder
         */
        public Builder receiveNameType(NameType value) {
            this.receiveNameTypes.add(java.util.Objects.requireNonNull(value, "value"));
            return this;
        }

        /** {@return the settings; validates every value} */
        public HostSettings build() {
            return new HostSettings(computerName, domain, network, bindAddress, port, broadcastAddresses,
                    multicastGroup, scope, staticNames, hostLookup, knownDomains, smbProfile,
                    nodeType == null ? naming.effectiveNodeType() : nodeType, wireLimits,
                    codePage, slotQuotaBytes, duplicateWindow, duplicateCapacity, receiveBufferBytes, clock, naming,
                    receiveNameTypes);
        }
    }
}
