package org.mailslot.names;

import static org.mailslot.names.NameServicePacket.OPCODE_QUERY;
import static org.mailslot.names.NameServicePacket.TYPE_NB;

import java.io.IOException;
import java.net.Inet4Address;
import java.util.List;
import java.util.Optional;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;

/**
 * The broadcast half of the name service (RFC 1002 §5.1.1, the B-node; the first step of an M node, the fallback
 * of an H node): registration, query and release sent to the broadcast area, BCAST_REQ_RETRY_COUNT times,
 * BCAST_REQ_RETRY_TIMEOUT apart.
 */
final class BroadcastProcedures {

    private final NameExchange exchange;
    private final NameServiceSettings settings;
    private final NameServiceCounters counters;

    BroadcastProcedures(NameExchange exchange, NameServiceSettings settings, NameServiceCounters counters) {
        this.exchange = exchange;
        this.settings = settings;
        this.counters = counters;
    }

    /**
     * Claims {@code name} in the broadcast area: any node that answers a unique name's registration negatively
     * owns it.
     *
     * @throws NameConflictException when another node defends the unique name
     */
    void register(OwnedName name, Inet4Address address, NodeType nodeType) throws IOException {
        try (NameExchange.Transaction transaction = exchange.open()) {
            NameServicePacket request = NamePackets.registration(transaction.id(), name.name(), name.group(),
                    nodeType, address, 0, true);
            for (int attempt = 0; attempt < settings.retries(); attempt++) {
                exchange.broadcast(request);
                Optional<PendingRequests.Answer> answer = transaction.await(settings.retryInterval());
                if (answer.isPresent() && answer.get().packet().rcode() != 0 && !name.group()) {
                    throw new NameConflictException(name, answer.get().source(), answer.get().packet().rcode());
                }
            }
        }
    }

    /** Asks the broadcast area who owns {@code name}: the first positive answer, or empty. */
    Optional<NameService.Answer> query(NetbiosName name) throws IOException {
        try (NameExchange.Transaction transaction = exchange.open()) {
            NameServicePacket request = NamePackets.query(transaction.id(), name, true);
            for (int attempt = 0; attempt < settings.retries(); attempt++) {
                exchange.broadcast(request);
                Optional<PendingRequests.Answer> answer = transaction.await(settings.retryInterval());
                while (answer.isPresent()) {
                    Optional<NameService.Answer> positive = positive(answer.get().packet(), name, counters);
                    if (positive.isPresent()) {
                        return positive;
                    }
                    answer = transaction.poll();
                }
            }
            return Optional.empty();
        }
    }

    /** Tells the broadcast area that {@code name} is free again; no answer is expected (RFC 1002 §5.1.1.4). */
    void release(OwnedName name, Inet4Address address, NodeType nodeType) throws IOException {
        exchange.broadcast(NamePackets.release(exchange.nextId(), name.name(), name.group(), nodeType, address,
                true));
    }

    /** The owners and TTL a positive query answer for {@code name} carries, or empty for anything else. */
    static Optional<NameService.Answer> positive(NameServicePacket packet, NetbiosName name,
            NameServiceCounters counters) {
        if (packet.rcode() != 0 || packet.opcode() != OPCODE_QUERY || packet.answers().isEmpty()) {
            return Optional.empty();
        }
        ResourceRecord record = packet.answers().get(0);
        if (!record.name().equals(name) || record.type() != TYPE_NB) {
            return Optional.empty();
        }
        try {
            List<NameAddress> owners = NameServiceCodec.nameAddresses(record);
            return owners.isEmpty() ? Optional.empty() : Optional.of(new NameService.Answer(owners, record.ttl()));
        } catch (NameServiceFormatException e) {
            counters.malformed(e.reason().name());
            return Optional.empty();
        }
    }
}
