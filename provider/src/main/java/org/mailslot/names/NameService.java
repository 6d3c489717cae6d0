package org.mailslot.names;

import static org.mailslot.names.NameServicePacket.OPCODE_QUERY;
import static org.mailslot.names.NameServicePacket.OPCODE_REGISTRATION;
import static org.mailslot.names.NameServicePacket.OPCODE_RELEASE;
import static org.mailslot.names.NameServicePacket.TYPE_NB;
import static org.mailslot.names.NameServicePacket.TYPE_NBSTAT;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mailslot.net.LocalAddresses;
import org.mailslot.net.NameServiceLookup;
import org.mailslot.net.RawDatagramHandler;
import org.mailslot.net.UdpEndpoint;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node of the NetBIOS name service (RFC 1001 §15, RFC 1002 §5.1) of the node type its settings give: a B node
 * broadcasts, a P node speaks only to its WINS server, an M node broadcasts first and then asks WINS, an H node
 * asks WINS first and broadcasts when WINS has no answer ({@link NodeProcedures}). On {@link #start} it registers
 * each of its names and fails with a {@link NameConflictException} when another node or the WINS server refuses
 * one (or a {@link WinsUnavailableException} when a P or M node's server is silent); names the WINS server granted
 * are refreshed at half their TTL. While open it answers name queries and node status requests for its names and
 * defends its unique names against later registrations (a P node hears no broadcasts); {@link #query} asks for
 * someone else's name; {@link #close} releases its names.
 *
 * <p>Every packet read is handled on the endpoint's reader thread; malformed ones are dropped and counted in
 * {@link #counters()}. Thread-safe.
 */
public final class NameService implements NameServiceLookup, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NameService.class);

    private final NameServiceSettings settings;
    private final NameServiceCounters counters = new NameServiceCounters();
    private final NameExchange exchange = new NameExchange(new Link(this));
    private final NodeProcedures procedures;
    private final List<OwnedName> owned;
    private volatile UdpEndpoint endpoint;
    private volatile Inet4Address address;
    private volatile boolean open = true;

    private NameService(NameServiceSettings settings, NameScheduler scheduler) {
        this.settings = settings;
        this.owned = settings.names();
        BroadcastProcedures broadcast = new BroadcastProcedures(exchange, settings, counters);
        WinsClient wins = settings.wins() == null ? null : new WinsClient(exchange, settings.wins(), counters);
        this.procedures = new NodeProcedures(settings.nodeType(), broadcast, wins, scheduler, counters);
    }

    /**
     * Binds the name-service port and registers every name of the settings.
     *
     * @throws NameConflictException    when another node or the WINS server refuses one of our names (nothing
     *                                  stays bound, and the names already claimed are released)
     * @throws WinsUnavailableException when a P or M node's WINS server does not answer
     * @throws java.net.BindException   when the port cannot be bound, saying what to change
     * @throws IOException              when the socket cannot be set up otherwise
     */
    public static NameService start(NameServiceSettings settings) throws IOException {
        Objects.requireNonNull(settings, "settings");
        return start(settings, NameScheduler.daemon(settings.endpoint().threadName() + "-refresh"));
    }

    /**
     * Binds the name-service port and registers every name, with the given scheduler for refreshes (tests pass one
     * they run by hand). The service closes the scheduler when it closes.
     *
     * @throws IOException as {@link #start(NameServiceSettings)}
     */
    public static NameService start(NameServiceSettings settings, NameScheduler scheduler) throws IOException {
        NameService service = new NameService(Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(scheduler, "scheduler"));
        try {
            service.endpoint = UdpEndpoint.open(settings.endpoint(), new Reader(service));
        } catch (IOException | RuntimeException e) {
            scheduler.close();
            throw e;
        }
        try {
            if (!(LocalAddresses.advertised(service.endpoint.localAddress().getAddress()) instanceof Inet4Address ip)) {
                throw new IOException("no IPv4 address to register names for");
            }
            service.address = ip;
            for (OwnedName name : service.owned) {
                service.procedures.register(name, ip);
            }
        } catch (IOException | RuntimeException e) {
            service.close();
            throw e;
        }
        LOG.info("name service on {} ({} node{}): registered {}", service.endpoint.localAddress(),
                settings.nodeType(), settings.wins() == null ? "" : ", WINS server " + settings.wins().serverText(),
                service.owned.isEmpty() ? "no name (queries only)" : service.owned);
        return service;
    }

    /**
     * Asks who owns {@code name}, as our node type asks: by broadcast, the WINS server, or both in the node
     * type's order; each step sent up to its retry count.
     *
     * @return the first positive answer's owners and TTL, or empty when nobody answered
     */
    public Optional<Answer> query(NetbiosName name) throws IOException {
        return procedures.query(name);
    }

    /**
     * Asks the node at {@code target} for its name table (what {@code nmblookup -A} and {@code nbtstat -A} ask).
     *
     * @return its node status, or empty when it did not answer in time
     */
    public Optional<NodeStatus> status(InetSocketAddress target) throws IOException {
        try (NameExchange.Transaction transaction = exchange.open()) {
            NameServicePacket request = NamePackets.statusRequest(transaction.id(), NetbiosName.WILDCARD);
            for (int attempt = 0; attempt < settings.retries(); attempt++) {
                exchange.send(request, target);
                Optional<PendingRequests.Answer> answer = transaction.await(settings.retryInterval());
                while (answer.isPresent()) {
                    Optional<NodeStatus> status = statusOf(answer.get().packet());
                    if (status.isPresent()) {
                        return status;
                    }
                    answer = transaction.poll();
                }
            }
            return Optional.empty();
        }
    }

    private Optional<NodeStatus> statusOf(NameServicePacket packet) {
        if (packet.answers().isEmpty() || packet.answers().get(0).type() != TYPE_NBSTAT) {
            return Optional.empty();
        }
        try {
            return Optional.of(NameServiceCodec.nodeStatus(packet.answers().get(0)));
        } catch (NameServiceFormatException e) {
            counters.malformed(e.reason().name());
            return Optional.empty();
        }
    }

    @Override
    public Optional<Resolved> lookup(String computerName, int suffix, String scope) throws IOException {
        return query(NetbiosName.of(computerName, suffix, scope))
                .map(answer -> new Resolved(answer.owners().get(0).address(), answer.ttl()));
    }

    void onPacket(ByteBuffer payload, InetSocketAddress source) {
        counters.received();
        NameServicePacket packet;
        try {
            packet = NameServiceCodec.decode(payload);
        } catch (NameServiceFormatException e) {
            counters.malformed(e.reason().name());
            LOG.debug("malformed name-service packet from {}: {}", source, e.getMessage());
            return;
        }
        if (packet.response()) {
            if (!exchange.deliver(packet, source)) {
                counters.dropped("UNEXPECTED_RESPONSE");
            }
            return;
        }
        if (source.equals(endpoint.localAddress()) || packet.questions().size() != 1) {
            counters.dropped(packet.questions().size() != 1 ? "NOT_ONE_QUESTION" : "OWN_ECHO");
            return;
        }
        if (settings.nodeType() == NodeType.P && packet.has(NameServicePacket.FLAG_B)) {
            // RFC 1001 §10: a P node neither listens to nor answers broadcasts; its WINS server speaks for it.
            counters.dropped("BROADCAST_TO_P_NODE");
            return;
        }
        try {
            switch (packet.opcode()) {
                case OPCODE_QUERY -> answerQuery(packet, source);
                case OPCODE_REGISTRATION -> defend(packet, source);
                case OPCODE_RELEASE -> counters.dropped("RELEASE_SEEN");
                default -> counters.dropped("OPCODE_" + packet.opcode());
            }
        } catch (IOException e) {
            LOG.warn("name service: answering {} failed: {}", source, e.toString());
        }
    }

    private void answerQuery(NameServicePacket query, InetSocketAddress source) throws IOException {
        NameQuestion question = query.question();
        if (question.type() == TYPE_NBSTAT && (question.name().isWildcard() || find(question.name()) != null)) {
            reply(NamePackets.statusResponse(query, nodeStatus()), source);
            counters.answered("STATUS");
            return;
        }
        OwnedName ours = find(question.name());
        if (question.type() != TYPE_NB || ours == null) {
            counters.dropped("NOT_OUR_NAME");
            return;
        }
        reply(NamePackets.positiveQueryResponse(query, List.of(new NameAddress(ours.group(), settings.nodeType(),
                address)), settings.answerTtl()), source);
        counters.answered("QUERY");
    }

    // A unique name of ours is defended against anyone; a group name of ours only against a unique registration.
    private void defend(NameServicePacket registration, InetSocketAddress source) throws IOException {
        OwnedName ours = find(registration.question().name());
        if (ours == null || registration.additionals().isEmpty()) {
            counters.dropped("NOT_OUR_NAME");
            return;
        }
        boolean theirsIsGroup;
        try {
            List<NameAddress> claimed = NameServiceCodec.nameAddresses(registration.additionals().get(0));
            if (claimed.isEmpty() || claimed.get(0).address().equals(address)) {
                counters.dropped("OWN_ECHO");
                return;
            }
            theirsIsGroup = claimed.get(0).group();
        } catch (NameServiceFormatException e) {
            counters.malformed(e.reason().name());
            return;
        }
        if (ours.group() && theirsIsGroup) {
            counters.dropped("GROUP_MEMBER");
            return;
        }
        LOG.warn("name service: {} tried to register {}, which we own; defending it", source, ours);
        reply(NamePackets.negativeRegistrationResponse(registration), source);
        counters.answered("DEFENCE");
    }

    private void broadcastRaw(ByteBuffer packet) throws IOException {
        int port = settings.peerPort();
        if (port == 0 || port == endpoint.localAddress().getPort()) {
            endpoint.sendToGroup(packet);
            return;
        }
        int start = packet.position();
        for (InetSocketAddress target : endpoint.groupTargets()) {
            packet.position(start);
            endpoint.send(packet, new InetSocketAddress(target.getAddress(), port));
        }
    }

    private void reply(NameServicePacket packet, InetSocketAddress target) throws IOException {
        exchange.send(packet, target);
    }

    private OwnedName find(NetbiosName name) {
        for (OwnedName ours : owned) {
            if (ours.name().equals(name)) {
                return ours;
            }
        }
        return null;
    }

    /** Our node status: every owned name, active, unit id zero. */
    public NodeStatus nodeStatus() {
        List<StatusName> names = new ArrayList<>(owned.size());
        for (OwnedName name : owned) {
            names.add(new StatusName(NetbiosName.of(name.name().name(), name.name().suffix()), name.group(),
                    settings.nodeType(), true, false));
        }
        return new NodeStatus(names, new byte[6]);
    }

    /** The names this node owns. */
    public List<OwnedName> names() {
        return owned;
    }

    /** The address and port the name service listens on. */
    public InetSocketAddress localAddress() {
        return endpoint.localAddress();
    }

    /** The address our NB records carry. */
    public Inet4Address address() {
        return address;
    }

    /** A snapshot of the counters: packets received, answered by kind, dropped and malformed by reason. */
    public NameServiceCounters.Snapshot counters() {
        return counters.snapshot();
    }

    /** Our node type: how we register, query and release (see {@link NodeProcedures}). */
    public NodeType nodeType() {
        return settings.nodeType();
    }

    /** The WINS server we use, or empty for a B node. */
    public Optional<WinsSettings> wins() {
        return Optional.ofNullable(settings.wins());
    }

    /** @return true while the WINS server holds {@code name} for us (granted, and refreshed since) */
    public boolean registeredWithWins(OwnedName name) {
        return procedures.held(name).filter(h -> h == NodeProcedures.Held.WINS).isPresent();
    }

    /** Stops refreshing, releases every name as our node type does, then frees the socket. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (!open) {
                return;
            }
            open = false;
        }
        procedures.close();
        for (OwnedName name : owned) {
            try {
                procedures.release(name);
            } catch (IOException | RuntimeException e) {
                LOG.warn("name service: releasing {} failed: {}", name, e.toString());
            }
        }
        endpoint.close();
    }

    /**
     * A positive query answer.
     *
     * @param owners the name's owners (one for a unique name)
     * @param ttl    how long, in seconds, the answer may be cached
     */
    public record Answer(List<NameAddress> owners, long ttl) {
    }

    private record Link(NameService service) implements NameExchange.Link {
        @Override
        public void send(ByteBuffer packet, InetSocketAddress target) throws IOException {
            service.endpoint.send(packet, target);
        }

        @Override
        public void broadcast(ByteBuffer packet) throws IOException {
            service.broadcastRaw(packet);
        }
    }

    private record Reader(NameService service) implements RawDatagramHandler {
        @Override
        public void onDatagram(ByteBuffer payload, InetSocketAddress source) {
            service.onPacket(payload, source);
        }
    }
}
