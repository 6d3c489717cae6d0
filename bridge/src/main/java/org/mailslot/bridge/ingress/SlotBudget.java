package org.mailslot.bridge.ingress;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * Bounds how many broker addresses datagrams may create ({@code --max-slots}). Every slot costs the broker an
 * address, usually a queue, and their caches (tens of kilobytes of heap each), and a sender can name a new slot in
 * every datagram: without a bound a few thousand datagrams per second exhaust any heap.
 *
 * <p>A slot the bridge has already admitted is always admitted again. A new slot is admitted while fewer than
 * {@code maxSlots} are held; beyond that, the least recently used slot is given up for it if it has been idle for
 * {@code idleDelay} and the broker no longer has its address (the broker's auto-delete settings remove an
 * auto-created address once it is empty, unused and idle that long). Otherwise the new slot is refused, and the
 * caller drops the datagram as {@code SLOT_LIMIT}. Operator-declared slots (the exact slot names of
 * {@code --allow}) are always admitted and never count. The clock is injected (nanoseconds). Used by the UDP reader
 * thread only: not thread-safe.
 */
public final class SlotBudget {

    // How many idle slots one refused newcomer may look at: a flood of new names costs a few lookups each.
    private static final int RECLAIM_TRIES = 4;

    private final int maxSlots;
    private final Set<String> pinned;
    private final long idleNanos;
    private final LongSupplier nanoClock;
    private final Predicate<String> brokerHasAddress;
    // Address to when it was last used; insertion order is kept least recently used first by re-inserting on use.
    private final LinkedHashMap<String, Long> lastUsed = new LinkedHashMap<>(256, 0.75f, true);

    /**
     * @param maxSlots         addresses made from the network, at most
     * @param pinned           operator-declared addresses: always admitted, never counted
     * @param idleDelay        how long a slot must be unused before its place may go to another
     * @param brokerHasAddress whether the broker still has an address (true keeps the slot counted)
     */
    public SlotBudget(int maxSlots, Set<String> pinned, Duration idleDelay, LongSupplier nanoClock,
                      Predicate<String> brokerHasAddress) {
        if (maxSlots < 1) {
            throw new IllegalArgumentException("maxSlots must be at least 1, was " + maxSlots);
        }
        this.maxSlots = maxSlots;
        this.pinned = Set.copyOf(pinned);
        this.idleNanos = idleDelay.toNanos();
        this.nanoClock = nanoClock;
        this.brokerHasAddress = brokerHasAddress;
    }

    /** Whether a datagram for this broker address may be forwarded (creating the address if it is new). */
    public boolean admit(String address) {
        long now = nanoClock.getAsLong();
        if (lastUsed.replace(address, now) != null || pinned.contains(address)) {
            return true;
        }
        if (lastUsed.size() >= maxSlots && !reclaimOne(now)) {
            return false;
        }
        lastUsed.put(address, now);
        return true;
    }

    /** Slots counted against the limit. */
    public int size() {
        return lastUsed.size();
    }

    /** Gives up the least recently used slot if it is idle and gone from the broker. */
    private boolean reclaimOne(long now) {
        for (int tries = 0; tries < RECLAIM_TRIES; tries++) {
            Iterator<Map.Entry<String, Long>> eldestFirst = lastUsed.entrySet().iterator();
            Map.Entry<String, Long> eldest = eldestFirst.next();
            if (now - eldest.getValue() < idleNanos) {
                return false;
            }
            String address = eldest.getKey();
            if (!brokerHasAddress.test(address)) {
                eldestFirst.remove();
                return true;
            }
            // Idle but still in the broker (it holds messages or has a consumer): look at it again later.
            long used = eldest.getValue();
            eldestFirst.remove();
            lastUsed.put(address, used);
        }
        return false;
    }
}
