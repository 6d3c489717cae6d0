package org.mailslot.bridge.config;

import java.net.InetAddress;
import org.mailslot.names.NameType;
import org.mailslot.names.NamingSettings;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mailslot.jms.payload.PayloadFormat;
import org.mailslot.wire.OemCodePage;
import org.mailslot.wire.WireLimits;

/**
 * Everything the bridge needs to know, resolved and checked once. Immutable; built by {@link SettingsParser}.
 *
 * @param listen             UDP address and port the mailslot endpoint binds
 * @param computerName       our NetBIOS computer name (upper case)
 * @param domain             our NetBIOS domain or workgroup (upper case)
 * @param scope              our NetBIOS scope ID, "" for none: only datagrams of this scope are ours
 * @param receiveNameTypes   destination name types taken besides {@code <00>} ({@code --receive-name-types})
 * @param wireLimits         the limits profile of egress and {@code mailslot send} ({@code --wire-limits})
 * @param codePage           the OEM code page slot names travel in, received and sent ({@code --code-page})
 * @param broadcast          where group datagrams are sent; empty = the host picks the subnet broadcast
 * @param broker             embedded broker, or an existing one
 * @param credentials        broker credentials; empty = generate them (embedded) or connect without (remote)
 * @param tcpHost            address of the embedded broker's TCP acceptor
 * @param tcpPort            port of the embedded broker's TCP acceptor
 * @param allowAnonymous     embedded broker without authentication (only allowed on a loopback acceptor)
 * @param dataDir            the embedded broker's journal, bindings, paging and large-message directories
 * @param durable            ingress messages are sent durable
 * @param allowedSlots       glob patterns of slot paths to forward; empty = all
 * @param rateLimit          per-source datagram rate limit
 * @param duplicateWindow    copies of a datagram within this time are dropped as duplicates; zero = off
 * @param maxSlots           broker addresses datagrams may create (exact {@code allowedSlots} names excepted)
 * @param slotIdle           how long an empty, unused slot address lives before it is removed
 * @param summaryInterval    how often the summary line is logged whether or not it changed; empty = only when it
 *                           changed (looked at once a minute)
 * @param allowedObjectClasses class patterns a network ObjectMessage may contain to stay an ObjectMessage
 * @param ingressBuffer      how many ingress messages wait in memory while the broker is away
 * @param egressAddress      address whose messages go out as datagrams
 * @param egressDeadLetterAddress where egress messages that cannot be sent go, with the reason
 * @param addressPrefix      first label of every ingress address ({@code <prefix>.<slot path>})
 * @param egressPayload      how egress messages travel: raw body bytes (what Windows programs read) or the
 *                           provider's JMS envelope (headers, properties and any body type, for Java peers)
 * @param staticNames        computer name to IPv4 address, consulted before learned names and DNS for egress
 * @param tls                the embedded broker's TLS acceptor; empty = none
 * @param naming             the NetBIOS name service ({@code --name-service}) and resolution order
 *                           ({@code --resolve-order})
 */
public record BridgeSettings(
        InetSocketAddress listen,
        String computerName,
        String domain,
        String scope,
        List<NameType> receiveNameTypes,
        WireLimits wireLimits,
        OemCodePage codePage,
        Optional<InetAddress> broadcast,
        BrokerTarget broker,
        Optional<BrokerCredentials> credentials,
        InetAddress tcpHost,
        int tcpPort,
        boolean allowAnonymous,
        Path dataDir,
        boolean durable,
        List<String> allowedSlots,
        RateLimit rateLimit,
        Duration duplicateWindow,
        int maxSlots,
        Duration slotIdle,
        Optional<Duration> summaryInterval,
        List<String> allowedObjectClasses,
        int ingressBuffer,
        String egressAddress,
        String egressDeadLetterAddress,
        String addressPrefix,
        PayloadFormat egressPayload,
        Map<String, InetAddress> staticNames,
        Optional<TlsAcceptor> tls,
        NamingSettings naming) {

    public BridgeSettings {
        Objects.requireNonNull(listen, "listen");
        Objects.requireNonNull(computerName, "computerName");
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(scope, "scope");
        receiveNameTypes = List.copyOf(receiveNameTypes);
        Objects.requireNonNull(wireLimits, "wireLimits");
        Objects.requireNonNull(codePage, "codePage");
        Objects.requireNonNull(broadcast, "broadcast");
        Objects.requireNonNull(broker, "broker");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(tcpHost, "tcpHost");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(rateLimit, "rateLimit");
        Objects.requireNonNull(egressAddress, "egressAddress");
        Objects.requireNonNull(egressDeadLetterAddress, "egressDeadLetterAddress");
        Objects.requireNonNull(addressPrefix, "addressPrefix");
        allowedSlots = List.copyOf(allowedSlots);
        Objects.requireNonNull(duplicateWindow, "duplicateWindow");
        Objects.requireNonNull(slotIdle, "slotIdle");
        Objects.requireNonNull(summaryInterval, "summaryInterval");
        allowedObjectClasses = List.copyOf(allowedObjectClasses);
        Objects.requireNonNull(egressPayload, "egressPayload");
        staticNames = Map.copyOf(staticNames);
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(naming, "naming");
    }

    /** These settings with the given broker credentials (the ones kept in the data directory, for example). */
    public BridgeSettings withCredentials(BrokerCredentials given) {
        return new BridgeSettings(listen, computerName, domain, scope, receiveNameTypes, wireLimits, codePage, broadcast, broker, Optional.of(given), tcpHost, tcpPort,
                allowAnonymous, dataDir, durable, allowedSlots, rateLimit, duplicateWindow, maxSlots, slotIdle,
                summaryInterval, allowedObjectClasses, ingressBuffer, egressAddress,
                egressDeadLetterAddress, addressPrefix, egressPayload, staticNames, tls, naming);
    }

    /** The settings with every default and nothing else: what {@code mailslot-bridge} with no option uses. */
    public static BridgeSettings defaults() {
        return new SettingsParser().parse(Map.of());
    }
}
