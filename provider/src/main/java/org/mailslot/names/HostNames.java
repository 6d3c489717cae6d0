package org.mailslot.names;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mailslot.net.EndpointSettings;
import org.mailslot.wire.NetbiosName;

/** The names a mailslot host claims, the name service that claims them, and the static table it starts with. */
public final class HostNames {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HostNames.class);

    /** A small socket buffer: name-service traffic is a few packets a minute. */
    private static final int RECEIVE_BUFFER = 256 * 1024;

    private HostNames() {
    }

    /**
     * A name service that owns no name, only asks: bound to a free port of {@code bindAddress}, broadcasting to
     * port {@code peerPort} (what {@code nmblookup} does) and asking the WINS server of {@code naming} as its node
     * type does. Registers nothing, so it can run beside a real node.
     *
     * @throws IOException when the socket cannot be set up
     */
    public static NameService client(InetAddress bindAddress, List<InetAddress> broadcastAddresses, int peerPort,
            NamingSettings naming) throws IOException {
        EndpointSettings endpoint = new EndpointSettings(bindAddress, 0, broadcastAddresses, null, RECEIVE_BUFFER,
                "netbios-ns-client");
        return NameService.start(new NameServiceSettings(endpoint, List.of(), naming.effectiveNodeType(),
                naming.retryInterval(), naming.retries(), NameServiceSettings.DEFAULT_ANSWER_TTL, peerPort,
                naming.wins()));
    }

    /**
     * The static table: {@code explicit}, then the computer names of the LMHOSTS file that {@code explicit} does not
     * list (an operator's own entry wins). Each line of the file that is not an entry is logged once, as
     * {@code file:line: reason}, and left out.
     *
     * @param explicit the names given one by one
     * @param lmhosts  an LMHOSTS file, or {@code null}
     * @throws IOException when the file cannot be read
     */
    public static Map<String, InetAddress> staticNames(Map<String, InetAddress> explicit, Path lmhosts)
            throws IOException {
        if (lmhosts == null) {
            return explicit;
        }
        LmhostsFile file;
        try {
            file = LmhostsFile.read(lmhosts);
        } catch (IOException e) {
            throw new IOException("LMHOSTS file " + lmhosts + " cannot be read: " + e, e);
        }
        file.problems().forEach(problem -> LOG.warn("LMHOSTS line left out: {}", problem));
        Map<String, InetAddress> table = new LinkedHashMap<>(file.computerNames());
        explicit.forEach((name, address) -> table.put(name.toUpperCase(java.util.Locale.ROOT), address));
        LOG.info("LMHOSTS {}: {} names in the static table", lmhosts, file.computerNames().size());
        return Map.copyOf(table);
    }

    /**
     * What a host owns: {@code COMPUTER<00>} and {@code COMPUTER<xx>} for each extra suffix (unique), and
     * {@code DOMAIN<00>} (group).
     */
    public static List<OwnedName> owned(String computerName, String domain, String scope, List<Integer> extraSuffixes) {
        List<OwnedName> names = new ArrayList<>();
        names.add(new OwnedName(NetbiosName.of(computerName, 0x00, scope), false));
        for (int suffix : extraSuffixes) {
            if (suffix != 0x00) {
                names.add(new OwnedName(NetbiosName.of(computerName, suffix, scope), false));
            }
        }
        names.add(new OwnedName(NetbiosName.of(domain, 0x00, scope), true));
        return names;
    }

    /**
     * Starts the name service of a host: binds {@code bindAddress} at the naming settings' port (and the wildcard
     * address for broadcasts, as the datagram endpoint does) and registers the host's names as its node type does.
     *
     * @throws NameConflictException  when another node or the WINS server refuses one of the names
     * @throws WinsUnavailableException when a P or M node's WINS server does not answer
     * @throws NameServiceBindException when the port cannot be bound, saying what to change
     * @throws IOException            when the socket cannot be set up otherwise
     */
    public static NameService start(String computerName, String domain, String scope, InetAddress bindAddress,
            List<InetAddress> broadcastAddresses, NamingSettings naming) throws IOException {
        EndpointSettings endpoint = new EndpointSettings(bindAddress, naming.nameServicePort(), broadcastAddresses,
                null, RECEIVE_BUFFER, "netbios-ns-" + computerName);
        try {
            return NameService.start(new NameServiceSettings(endpoint, owned(computerName, domain, scope,
                    naming.extraSuffixes()), naming.effectiveNodeType(), naming.retryInterval(), naming.retries(),
                    NameServiceSettings.DEFAULT_ANSWER_TTL, 0, naming.wins()));
        } catch (java.net.BindException e) {
            throw new NameServiceBindException(e);
        }
    }
}
