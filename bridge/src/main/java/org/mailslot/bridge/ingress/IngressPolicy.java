package org.mailslot.bridge.ingress;

import java.net.InetAddress;
import java.util.Optional;
import org.mailslot.bridge.mapping.SlotPath;
import org.mailslot.bridge.metrics.DropReason;

/**
 * The checks a decoded datagram passes before it is forwarded, in order: slot allow-list, duplicate window,
 * per-source rate, slot budget. Keyed on the UDP source address, which a sender cannot choose freely the way it
 * writes the NetBIOS header. Used by the UDP reader thread only.
 */
public final class IngressPolicy {

    private final SlotAllowList allowList;
    private final DuplicateWindow duplicates;
    private final SourceRateLimiter rateLimiter;
    private final SlotBudget slots;

    public IngressPolicy(SlotAllowList allowList, DuplicateWindow duplicates, SourceRateLimiter rateLimiter,
                         SlotBudget slots) {
        this.allowList = allowList;
        this.duplicates = duplicates;
        this.rateLimiter = rateLimiter;
        this.slots = slots;
    }

    /**
     * @param address the broker address the slot maps to
     * @return empty to forward, else why not. Each check runs only when the earlier ones passed: a disallowed
     *         datagram or a copy does not use up its source's rate, and a datagram refused for its rate does not
     *         take a slot.
     */
    public Optional<DropReason> check(SlotPath slot, String address, InetAddress source, int datagramId,
                                      byte[] data) {
        if (!allowList.allows(slot.asSent())) {
            return Optional.of(DropReason.DISALLOWED_SLOT);
        }
        if (!duplicates.firstSighting(source, datagramId, slot, data)) {
            return Optional.of(DropReason.DUPLICATE);
        }
        if (!rateLimiter.tryAcquire(source)) {
            return Optional.of(DropReason.RATE_LIMITED);
        }
        if (!slots.admit(address)) {
            return Optional.of(DropReason.SLOT_LIMIT);
        }
        return Optional.empty();
    }
}
