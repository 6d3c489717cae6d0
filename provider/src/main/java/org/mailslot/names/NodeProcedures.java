package org.mailslot.names;

import java.io.IOException;
import java.net.Inet4Address;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What our node type does to register, find and release a name, and how each of our names is held:
 *
 * <table>
 * <caption>Procedures by node type</caption>
 * <tr><th>node</th><th>register</th><th>query</th><th>release</th></tr>
 * <tr><td>B</td><td>broadcast</td><td>broadcast</td><td>broadcast</td></tr>
 * <tr><td>P</td><td>WINS; silence fails the start</td><td>WINS</td><td>WINS</td></tr>
 * <tr><td>M</td><td>broadcast, then WINS; silence fails the start</td><td>broadcast, then WINS</td>
 * <td>WINS and broadcast</td></tr>
 * <tr><td>H</td><td>WINS; on silence broadcast, WINS asked again later</td><td>WINS, then broadcast</td>
 * <td>WINS, broadcast when WINS did not confirm</td></tr>
 * </table>
 *
 * <p>RFC 1002 §5.1.1-§5.1.3 for B, P and M; the H node as Windows runs it ([MS-NBTE] §3.1.3, §3.1.7). A name the
 * WINS server granted is refreshed at half its TTL (the TTL taken as at least 5 minutes, [MS-NBTE] §3.1.4.1). A
 * refusal at refresh time, or a name an H node could only claim by broadcast, is tried again every {@link
 * #RETRY_DELAY}.
 */
final class NodeProcedures implements AutoCloseable {

    /** [MS-NBTE] §3.1.4.1: the refresh timeout is the TTL granted, but never less than 5 minutes. */
    static final long MIN_REFRESH_TIMEOUT_SECONDS = 300;
    /** How soon a name the WINS server did not take is offered again. */
    static final Duration RETRY_DELAY = Duration.ofSeconds(MIN_REFRESH_TIMEOUT_SECONDS / 2);

    private static final Logger LOG = LoggerFactory.getLogger(NodeProcedures.class);

    private final NodeType nodeType;
    private final BroadcastProcedures broadcast;
    private final WinsClient wins;
    private final NameScheduler scheduler;
    private final NameServiceCounters counters;
    private final Map<OwnedName, Held> held = new ConcurrentHashMap<>();
    private volatile Inet4Address address;
    private volatile boolean closed;

    NodeProcedures(NodeType nodeType, BroadcastProcedures broadcast, WinsClient wins, NameScheduler scheduler,
            NameServiceCounters counters) {
        if (nodeType != NodeType.B && wins == null) {
            throw new IllegalArgumentException("a " + nodeType + " node needs a WINS server");
        }
        this.nodeType = nodeType;
        this.broadcast = broadcast;
        this.wins = wins;
        this.scheduler = scheduler;
        this.counters = counters;
    }

    /**
     * Claims {@code name} as our node type does.
     *
     * @throws NameConflictException    when another node or the WINS server refuses it
     * @throws WinsUnavailableException when a P or M node's WINS server does not answer
     */
    void register(OwnedName name, Inet4Address ours) throws IOException {
        this.address = ours;
        switch (nodeType) {
            case B -> {
                broadcast.register(name, ours, nodeType);
                held.put(name, Held.BROADCAST);
            }
            case P -> registerWithWins(name, ours, false);
            case M -> {
                broadcast.register(name, ours, nodeType);
                held.put(name, Held.BROADCAST);
                registerWithWins(name, ours, false);
            }
            case H -> registerWithWins(name, ours, true);
        }
    }

    private void registerWithWins(OwnedName name, Inet4Address ours, boolean broadcastWhenSilent) throws IOException {
        WinsClient.Reply reply = wins.register(name, ours, nodeType);
        switch (reply.kind()) {
            case GRANTED -> granted(name, reply.ttl());
            case REFUSED -> throw NameConflictException.refusedByWins(name, wins.settings().server(), reply.rcode());
            case SILENT -> {
                if (!broadcastWhenSilent) {
                    throw new WinsUnavailableException(name, wins.settings(), nodeType);
                }
                LOG.warn("name service: the WINS server {} did not answer the registration of {}; claimed it by"
                        + " broadcast, asking the server again every {} s", wins.settings().serverText(), name,
                        RETRY_DELAY.toSeconds());
                counters.answered("WINS_FALLBACK_BROADCAST");
                broadcast.register(name, ours, nodeType);
                held.put(name, Held.BROADCAST);
                later(name, RETRY_DELAY);
            }
        }
    }

    private void granted(OwnedName name, long ttl) {
        held.put(name, Held.WINS);
        if (ttl > 0) {
            later(name, Duration.ofSeconds(Math.max(ttl, MIN_REFRESH_TIMEOUT_SECONDS) / 2));
        }
    }

    /** The delay until the next refresh or retry of {@code name} is scheduled now. */
    private void later(OwnedName name, Duration delay) {
        if (!closed) {
            scheduler.schedule(() -> renew(name), delay);
        }
    }

    // A WINS-held name is refreshed; a name an H node holds by broadcast is offered to the WINS server again.
    void renew(OwnedName name) {
        if (closed) {
            return;
        }
        try {
            boolean refresh = held.get(name) == Held.WINS;
            WinsClient.Reply reply = refresh ? wins.refresh(name, address, nodeType)
                    : wins.register(name, address, nodeType);
            switch (reply.kind()) {
                case GRANTED -> {
                    counters.answered(refresh ? "WINS_REFRESHED" : "WINS_REGISTERED_LATE");
                    granted(name, reply.ttl());
                }
                case REFUSED -> {
                    counters.dropped(refresh ? "WINS_REFRESH_REFUSED" : "WINS_REGISTRATION_REFUSED");
                    LOG.warn("name service: the WINS server {} refused the {} of {} (RCODE {}); still answering for"
                            + " it, asking again in {} s", wins.settings().serverText(),
                            refresh ? "refresh" : "registration", name, reply.rcode(), RETRY_DELAY.toSeconds());
                    later(name, RETRY_DELAY);
                }
                case SILENT -> {
                    counters.dropped("WINS_SILENT");
                    LOG.debug("name service: the WINS server {} did not answer for {}; asking again in {} s",
                            wins.settings().serverText(), name, RETRY_DELAY.toSeconds());
                    later(name, RETRY_DELAY);
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("name service: renewing {} with the WINS server failed: {}", name, e.toString());
            later(name, RETRY_DELAY);
        }
    }

    /** Finds {@code name} as our node type does: the first positive answer, or empty. */
    Optional<NameService.Answer> query(NetbiosName name) throws IOException {
        return switch (nodeType) {
            case B -> broadcast.query(name);
            case P -> fromWins(name);
            case M -> {
                Optional<NameService.Answer> local = broadcast.query(name);
                yield local.isPresent() ? local : fromWins(name);
            }
            case H -> {
                Optional<NameService.Answer> served = fromWins(name);
                yield served.isPresent() ? served : broadcast.query(name);
            }
        };
    }

    private Optional<NameService.Answer> fromWins(NetbiosName name) throws IOException {
        WinsClient.Lookup lookup = wins.query(name);
        return lookup.kind() == WinsClient.Lookup.Result.FOUND ? Optional.of(lookup.answer()) : Optional.empty();
    }

    /** Releases {@code name} wherever it is held (the WINS server and, for M and H nodes, the broadcast area). */
    void release(OwnedName name) throws IOException {
        Held how = held.remove(name);
        if (how == null) {
            return;
        }
        boolean confirmed = false;
        if (wins != null && (how == Held.WINS || nodeType == NodeType.M)) {
            confirmed = wins.release(name, address, nodeType).kind() == WinsClient.Reply.Verdict.GRANTED;
        }
        if (nodeType == NodeType.B || nodeType == NodeType.M || (nodeType == NodeType.H && !confirmed)) {
            broadcast.release(name, address, nodeType);
        }
    }

    /** @return how {@code name} is held now, or empty when it is not (yet) */
    Optional<Held> held(OwnedName name) {
        return Optional.ofNullable(held.get(name));
    }

    /** Stops every refresh and retry; names stay as they are held until {@link #release}d. */
    @Override
    public void close() {
        closed = true;
        scheduler.close();
    }

    /** How a name of ours is held. */
    enum Held {
        /** Claimed in the broadcast area only. */
        BROADCAST,
        /** Registered with the WINS server (an M node's name is also claimed in the broadcast area). */
        WINS
    }
}
