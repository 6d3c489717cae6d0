package org.mailslot.bridge.ingress;

import java.util.Optional;
import org.mailslot.bridge.mapping.SlotPath;
import org.mailslot.bridge.metrics.DropReason;

/** The checks a decoded datagram passes before it is forwarded: slot allow-list, then per-source rate. */
public final class IngressPolicy {

    private final SlotAllowList allowList;
    private final SourceRateLimiter rateLimiter;

    public IngressPolicy(SlotAllowList allowList, SourceRateLimiter rateLimiter) {
        this.allowList = allowList;
        this.rateLimiter = rateLimiter;
    }

    /**
     * @return empty to forward, else why not. A disallowed datagram does not use up its source's rate, so
     *         noise on other slots cannot starve the slots that are forwarded.
     */
    public Optional<DropReason> check(SlotPath slot, int sourceIp) {
        if (!allowList.allows(slot.asSent())) {
            return Optional.of(DropReason.DISALLOWED_SLOT);
        }
        if (!rateLimiter.tryAcquire(sourceIp)) {
            return Optional.of(DropReason.RATE_LIMITED);
        }
        return Optional.empty();
    }
}
