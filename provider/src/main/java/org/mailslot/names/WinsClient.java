package org.mailslot.names;

import static org.mailslot.names.NameServicePacket.OPCODE_QUERY;
import static org.mailslot.names.NameServicePacket.OPCODE_REFRESH;
import static org.mailslot.names.NameServicePacket.OPCODE_REFRESH_ALTERNATIVE;
import static org.mailslot.names.NameServicePacket.OPCODE_REGISTRATION;
import static org.mailslot.names.NameServicePacket.OPCODE_WACK;

import java.io.IOException;
import java.net.Inet4Address;
import java.time.Duration;
import java.util.Optional;
import java.util.function.IntFunction;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;

/**
 * The unicast half of the name service (RFC 1002 §5.1.2, the P-node procedures): registration, refresh, query and
 * release sent to the WINS server, UCAST_REQ_RETRY_COUNT times, UCAST_REQ_RETRY_TIMEOUT apart. A "wait for
 * acknowledgement" from the server extends the wait by the time it names (at most {@link
 * WinsSettings#maxWackWait()}). Only answers from the server's address count; anything else that carries the id
 * of one of our requests is dropped and counted as {@code NOT_FROM_WINS}.
 */
final class WinsClient {

    private final NameExchange exchange;
    private final WinsSettings settings;
    private final NameServiceCounters counters;

    WinsClient(NameExchange exchange, WinsSettings settings, NameServiceCounters counters) {
        this.exchange = exchange;
        this.settings = settings;
        this.counters = counters;
    }

    WinsSettings settings() {
        return settings;
    }

    /** Registers {@code name} (RD set); a granted reply carries the TTL the server gave. */
    Reply register(OwnedName name, Inet4Address address, NodeType nodeType) throws IOException {
        return request(id -> NamePackets.registration(id, name.name(), name.group(), nodeType, address,
                settings.requestedTtl(), false));
    }

    /** Refreshes {@code name}; servers answer under the registration opcode (nmbd) or the refresh one. */
    Reply refresh(OwnedName name, Inet4Address address, NodeType nodeType) throws IOException {
        return request(id -> NamePackets.refresh(id, name.name(), name.group(), nodeType, address,
                settings.requestedTtl(), settings.refreshOpcode()));
    }

    /** Releases {@code name}. */
    Reply release(OwnedName name, Inet4Address address, NodeType nodeType) throws IOException {
        return request(id -> NamePackets.release(id, name.name(), name.group(), nodeType, address, false));
    }

    /** Asks the server who owns {@code name}. */
    Lookup query(NetbiosName name) throws IOException {
        try (NameExchange.Transaction transaction = exchange.open()) {
            NameServicePacket request = NamePackets.query(transaction.id(), name, false);
            for (int attempt = 0; attempt < settings.retries(); attempt++) {
                exchange.send(request, settings.server());
                Optional<NameServicePacket> answer = awaitFinal(transaction, OPCODE_QUERY);
                if (answer.isPresent()) {
                    if (answer.get().rcode() != 0) {
                        return new Lookup(Lookup.Result.NOT_FOUND, null, answer.get().rcode());
                    }
                    Optional<NameService.Answer> positive = BroadcastProcedures.positive(answer.get(), name,
                            counters);
                    return positive.map(a -> new Lookup(Lookup.Result.FOUND, a, 0))
                            .orElseGet(() -> new Lookup(Lookup.Result.NOT_FOUND, null, 0));
                }
            }
            return new Lookup(Lookup.Result.SILENT, null, 0);
        }
    }

    private Reply request(IntFunction<NameServicePacket> build) throws IOException {
        try (NameExchange.Transaction transaction = exchange.open()) {
            NameServicePacket request = build.apply(transaction.id());
            for (int attempt = 0; attempt < settings.retries(); attempt++) {
                exchange.send(request, settings.server());
                Optional<NameServicePacket> answer = awaitFinal(transaction, request.opcode());
                if (answer.isPresent()) {
                    NameServicePacket reply = answer.get();
                    long ttl = reply.answers().isEmpty() ? 0 : reply.answers().get(0).ttl();
                    return reply.rcode() == 0 ? new Reply(Reply.Verdict.GRANTED, ttl, 0)
                            : new Reply(Reply.Verdict.REFUSED, 0, reply.rcode());
                }
            }
            return new Reply(Reply.Verdict.SILENT, 0, 0);
        }
    }

    // Waits one retry interval for the server's final answer; a WACK from the server moves the deadline.
    private Optional<NameServicePacket> awaitFinal(NameExchange.Transaction transaction, int requestOpcode) {
        long deadline = System.nanoTime() + settings.retryInterval().toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            Optional<PendingRequests.Answer> answer = transaction.await(Duration.ofNanos(left));
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            if (!answer.get().source().getAddress().equals(settings.server().getAddress())) {
                counters.dropped("NOT_FROM_WINS");
                continue;
            }
            NameServicePacket packet = answer.get().packet();
            if (packet.opcode() == OPCODE_WACK) {
                counters.answered("WACK_RECEIVED");
                deadline = System.nanoTime() + wackWait(packet).toNanos();
            } else if (answers(requestOpcode, packet.opcode())) {
                return Optional.of(packet);
            } else {
                counters.dropped("UNEXPECTED_RESPONSE");
            }
        }
    }

    private Duration wackWait(NameServicePacket wack) {
        long seconds = wack.answers().isEmpty() ? 0 : wack.answers().get(0).ttl();
        Duration said = Duration.ofSeconds(seconds);
        return said.compareTo(settings.maxWackWait()) > 0 ? settings.maxWackWait() : said;
    }

    private static boolean answers(int requestOpcode, int responseOpcode) {
        boolean refresh = requestOpcode == OPCODE_REFRESH || requestOpcode == OPCODE_REFRESH_ALTERNATIVE;
        if (refresh) {
            return responseOpcode == OPCODE_REGISTRATION || responseOpcode == OPCODE_REFRESH
                    || responseOpcode == OPCODE_REFRESH_ALTERNATIVE;
        }
        return responseOpcode == requestOpcode;
    }

    /**
     * The server's final word on a registration, refresh or release.
     *
     * @param kind  granted, refused, or no answer at all
     * @param ttl   the TTL granted (registration and refresh)
     * @param rcode the RCODE of a refusal
     */
    record Reply(Verdict kind, long ttl, int rcode) {
        enum Verdict { GRANTED, REFUSED, SILENT }
    }

    /**
     * The server's answer to a query.
     *
     * @param kind   found, not found (a negative answer), or no answer at all
     * @param answer the owners when found
     * @param rcode  the RCODE of a negative answer
     */
    record Lookup(Result kind, NameService.Answer answer, int rcode) {
        enum Result { FOUND, NOT_FOUND, SILENT }
    }
}
