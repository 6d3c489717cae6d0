package org.mailslot.bridge.ingress;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Optional;
import org.mailslot.bridge.mapping.DatagramMapper;
import org.mailslot.bridge.mapping.IngressMessage;
import org.mailslot.bridge.mapping.ReceivedDatagram;
import org.mailslot.bridge.mapping.SlotPath;
import org.mailslot.bridge.metrics.BridgeCounters;
import org.mailslot.bridge.metrics.DropReason;
import org.mailslot.wire.MailslotDatagram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingress for one datagram the mailslot host's endpoint decoded: check, map, hand to the sink. Called on the UDP
 * reader thread for each received datagram; never blocks and never throws for bad input: every datagram is either
 * forwarded or counted as dropped with its reason.
 */
public final class IngressPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(IngressPipeline.class);

    private final IngressPolicy policy;
    private final DatagramMapper mapper;
    private final String reservedAddress;
    private final IngressSink sink;
    private final BridgeCounters counters;
    // The slot of the previous datagram and its address: a sender usually writes to one slot over and over, and
    // reusing them saves parsing the name and building the address (and, later, re-hashing the same strings).
    // Immutable, so a reader that sees it sees it whole.
    private LastSlot lastSlot;

    private record LastSlot(String wireName, SlotPath slot, String address) {
    }

    /**
     * @param reservedAddress the egress address: a slot that maps to it is dropped, or it would be sent back out
     */
    public IngressPipeline(IngressPolicy policy, DatagramMapper mapper, String reservedAddress, IngressSink sink,
                           BridgeCounters counters) {
        this.policy = policy;
        this.mapper = mapper;
        this.reservedAddress = reservedAddress;
        this.sink = sink;
        this.counters = counters;
    }

    /** One well-formed datagram addressed to the bridge: checked, mapped and offered to the sink, or dropped. */
    public void onDecoded(MailslotDatagram datagram, InetSocketAddress source, Instant receivedAt) {
        counters.received();
        LastSlot last = lastSlot;
        if (last == null || !last.wireName().equals(datagram.mailslotName())) {
            SlotPath parsed;
            try {
                parsed = SlotPath.fromWireName(datagram.mailslotName());
            } catch (IllegalArgumentException e) {
                drop(DropReason.MALFORMED, source, e.getMessage());
                return;
            }
            last = new LastSlot(datagram.mailslotName(), parsed, mapper.addressOf(parsed));
            lastSlot = last;
        }
        SlotPath slot = last.slot();
        String address = last.address();
        if (address.equals(reservedAddress)) {
            drop(DropReason.RESERVED_ADDRESS, source, slot.asSent());
            return;
        }
        Optional<DropReason> refused = policy.check(slot, address, source.getAddress(), datagram.datagramId(),
                datagram.data());
        if (refused.isPresent()) {
            drop(refused.get(), source, slot.asSent());
            return;
        }
        IngressMessage message = mapper.map(new ReceivedDatagram(datagram, source, receivedAt), slot, address);
        if (!sink.offer(message)) {
            drop(DropReason.BUFFER_FULL, source, slot.asSent());
        }
    }

    /**
     * For an endpoint that applies its own receive rules (addressing, its own echoes): one well-formed datagram
     * it refused, counted as received and dropped.
     */
    public void onRefused(InetSocketAddress source, DropReason reason, String detail) {
        counters.received();
        drop(reason, source, detail);
    }

    /** One datagram the endpoint's codec rejected, and why: counted as received and dropped as malformed. */
    public void onMalformed(InetSocketAddress source, String why) {
        counters.received();
        drop(DropReason.MALFORMED, source, why);
    }

    private void drop(DropReason reason, InetSocketAddress source, String detail) {
        counters.dropped(reason);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Dropped a datagram from {} ({}): {}", source, reason, detail);
        }
    }
}
