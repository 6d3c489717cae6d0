package org.mailslot.slot;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.mailslot.wire.WireFormatException;

/**
 * A snapshot of a host's counters. Every datagram received is either delivered or dropped with a reason, so for a
 * host that does not write itself, {@code received == remoteDelivered + totalDrops()} once it is idle and no slot
 * has been closed. (Local writes add to {@code localWrites}, or to QUEUE_FULL or UNKNOWN_SLOT when refused; closing
 * a slot adds its unread messages to DISCARDED_ON_CLOSE.)
 *
 * @param received        datagrams read from the network (including malformed ones)
 * @param remoteDelivered messages from datagrams queued into a slot
 * @param localWrites     messages written on this host and queued into a slot without the network
 * @param sent            datagrams sent (a group write sent to two broadcast addresses counts once)
 * @param sendFailures    writes that failed in the socket
 * @param drops           drops per reason (every reason present, zero when none)
 * @param malformed       malformed datagrams per codec reason (only reasons seen)
 */
public record HostCounters(long received, long remoteDelivered, long localWrites, long sent, long sendFailures,
        Map<DropReason, Long> drops, Map<WireFormatException.Reason, Long> malformed) {

    /**
     * Copies the maps, so the snapshot cannot change.
     *
     * @param received        datagrams read from the network (including malformed ones)
     * @param remoteDelivered messages from datagrams queued into a slot
     * @param localWrites     messages written on this host and queued into a slot without the network
     * @param sent            datagrams sent (a group write sent to two broadcast addresses counts once)
     * @param sendFailures    writes that failed in the socket
     * @param drops           drops per reason (every reason present, zero when none)
     * @param malformed       malformed datagrams per codec reason (only reasons seen)
     */
    public HostCounters {
        drops = Collections.unmodifiableMap(new EnumMap<>(drops));
        malformed = malformed.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(malformed));
    }

    /** {@return all counters zero: what a host that never ran reports} */
    public static HostCounters zero() {
        Map<DropReason, Long> drops = new EnumMap<>(DropReason.class);
        for (DropReason reason : DropReason.values()) {
            drops.put(reason, 0L);
        }
        return new HostCounters(0, 0, 0, 0, 0, drops, Map.of());
    }

    /**
     * The count for one drop reason.
     *
     * @param reason the reason
     * @return how many datagrams or writes were dropped for it
     */
    public long drops(DropReason reason) {
        return drops.getOrDefault(reason, 0L);
    }

    /** {@return the total of all drops} */
    public long totalDrops() {
        return drops.values().stream().mapToLong(Long::longValue).sum();
    }

    /** {@return messages queued into slots, from the network and from local writes} */
    public long delivered() {
        return remoteDelivered + localWrites;
    }
}
