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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.mailslot.net.LocalAddresses;
import org.mailslot.net.NameServiceLookup;
import org.mailslot.net.RawDatagramHandler;
import org.mailslot.net.UdpEndpoint;
import org.mailslot.wire.NetbiosName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A B-node of the NetBIOS name service (RFC 1001 §15, RFC 1002 §5.1): on {@link #start} it broadcasts a
 * registration for each of its names and fails with a {@link NameConflictException} when another node defends
 * one; while open it answers name queries and node status requests for its names and defends its unique names
 * against later registrations; {@link #query} asks the network for someone else's name; {@link #close} broadcasts
 * releases. WINS (P, M and H nodes) is not spoken.
 *
 * <p>Every packet read is handled on the endpoint's reader thread; malformed ones are dropped and counted in
 * {@link #counters()}. Thread-safe.
 */
public final class NameService implements NameServiceLookup, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NameService.class);

    private final NameServiceSettings settings;
    private final NameServiceCounters counters = new NameServiceCounters();
    private final PendingRequests pending = new PendingRequests();
    private final AtomicInteger transactionIds = new AtomicInteger(ThreadLocalRandom.current().nextInt(0x10000));
    private final List<OwnedName> owned;
    private volatile UdpEndpoint endpoint;
    private volatile Inet4Address address;
    private volatile boolean open = true;

    private NameService(NameServiceSettings settings) {
        this.settings = settings;
        this.owned = settings.names();
    }

    /**
     * Binds the name-service port and registers every name of the settings.
     *
     * @throws NameConflictException when another node defends one of our unique names (nothing stays bound)
     * @throws java.net.BindException when the port cannot be bound, saying what to change
     * @throws IOException            when the socket cannot be set up otherwise
     */
    public static NameService start(NameServiceSettings settings) throws IOException {
        NameService service = new NameService(Objects.requireNonNull(settings, "settings"));
        service.endpoint = UdpEndpoint.open(settings.endpoint(), new Reader(service));
        try {
            if (!(LocalAddresses.advertised(service.endpoint.localAddress().getAddress()) instanceof Inet4Address ip)) {
                throw new IOException("no IPv4 address to register names for");
            }
            service.address = ip;
            for (OwnedName name : service.owned) {
                service.register(name);
            }
        } catch (IOException | RuntimeException e) {
            service.open = false;
            service.endpoint.close();
            throw e;
        }
        LOG.info("name service on {}: registered {}", service.endpoint.localAddress(),
                service.owned.isEmpty() ? "no name (queries only)" : service.owned);
        return service;
    }

    private void register(OwnedName name) throws IOException {
        int id = nextId();
        NameServicePacket request = NamePackets.registration(id, name.name(), name.group(), settings.nodeType(),
                address, 0, true);
        PendingRequests.Request answers = pending.open(id);
        try {
            for (int attempt = 0; attempt < settings.retries(); attempt++) {
                broadcast(ByteBuffer.wrap(NameServiceCodec.encode(request)));
                Optional<PendingRequests.Answer> answer = answers.await(settings.retryInterval());
                if (answer.isPresent() && answer.get().packet().rcode() != 0 && !name.group()) {
                    throw new NameConflictException(name, answer.get().source(), answer.get().packet().rcode());
                }
            }
        } finally {
            pending.close(id);
        }
    }

    /**
     * Asks the network who owns {@code name}: a broadcast query, sent up to {@code retries} times, each waiting
     * {@code retryInterval} for a positive answer.
     *
     * @return the first positive answer's owners and TTL, or empty when nobody answered
     */
    public Optional<Answer> query(NetbiosName name) throws IOException {
        return ask(id -> NamePackets.query(id, name, true), null, answer -> positive(answer, name));
    }

    /**
     * Asks the node at {@code target} for its name table (what {@code nmblookup -A} and {@code nbtstat -A} ask).
     *
     * @return its node status, or empty when it did not answer in time
     */
    public Optional<NodeStatus> status(InetSocketAddress target) throws IOException {
        return ask(id -> NamePackets.statusRequest(id, NetbiosName.WILDCARD), target, this::statusOf);
    }

    // Sends a request (to the group when target is null) up to `retries` times and returns the first answer the
    // reader hands back that `accept` takes.
    private <T> Optional<T> ask(IntFunction<NameServicePacket> build, InetSocketAddress target,
            Function<NameServicePacket, Optional<T>> accept) throws IOException {
        int id = nextId();
        PendingRequests.Request answers = pending.open(id);
        try {
            ByteBuffer request = ByteBuffer.wrap(NameServiceCodec.encode(build.apply(id)));
            for (int attempt = 0; attempt < settings.retries(); attempt++) {
                request.rewind();
                if (target == null) {
                    broadcast(request);
                } else {
                    endpoint.send(request, target);
                }
                Optional<PendingRequests.Answer> answer = answers.await(settings.retryInterval());
                while (answer.isPresent()) {
                    Optional<T> taken = accept.apply(answer.get().packet());
                    if (taken.isPresent()) {
                        return taken;
                    }
                    answer = answers.poll();
                }
            }
            return Optional.empty();
        } finally {
            pending.close(id);
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

    private Optional<Answer> positive(NameServicePacket packet, NetbiosName name) {
        if (packet.rcode() != 0 || packet.opcode() != OPCODE_QUERY || packet.answers().isEmpty()) {
            return Optional.empty();
        }
        ResourceRecord record = packet.answers().get(0);
        if (!record.name().equals(name) || record.type() != TYPE_NB) {
            return Optional.empty();
        }
        try {
            List<NameAddress> owners = NameServiceCodec.nameAddresses(record);
            return owners.isEmpty() ? Optional.empty() : Optional.of(new Answer(owners, record.ttl()));
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
            if (!pending.deliver(packet, source)) {
                counters.dropped("UNEXPECTED_RESPONSE");
            }
            return;
        }
        if (source.equals(endpoint.localAddress()) || packet.questions().size() != 1) {
            counters.dropped(packet.questions().size() != 1 ? "NOT_ONE_QUESTION" : "OWN_ECHO");
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

    private void broadcast(ByteBuffer packet) throws IOException {
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
        endpoint.send(ByteBuffer.wrap(NameServiceCodec.encode(packet)), target);
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

    /** Broadcasts a release of every name, then frees the socket. Idempotent. */
    @Override
    public void close() {
        synchronized (this) {
            if (!open) {
                return;
            }
            open = false;
        }
        for (OwnedName name : owned) {
            try {
                broadcast(ByteBuffer.wrap(NameServiceCodec.encode(NamePackets.release(nextId(),
                        name.name(), name.group(), settings.nodeType(), address, true))));
            } catch (IOException e) {
                LOG.warn("name service: releasing {} failed: {}", name, e.toString());
            }
        }
        endpoint.close();
    }

    private int nextId() {
        return transactionIds.getAndIncrement() & 0xFFFF;
    }

    /**
     * A positive query answer.
     *
     * @param owners the name's owners (one for a unique name)
     * @param ttl    how long, in seconds, the answer may be cached
     */
    public record Answer(List<NameAddress> owners, long ttl) {
    }

    private record Reader(NameService service) implements RawDatagramHandler {
        @Override
        public void onDatagram(ByteBuffer payload, InetSocketAddress source) {
            service.onPacket(payload, source);
        }
    }
}
