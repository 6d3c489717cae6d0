package org.mailslot.bridge.mapping;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The broker's duplicate-detection id ({@code _AMQ_DUPL_ID}) of each forwarded datagram: a run id drawn when the
 * bridge starts and a sequence number, so it is unique per datagram, across restarts too. The broker then drops
 * only a second send of one message (the publisher resending after a lost connection), never a later datagram.
 * Copies of one write are recognised before that, within a time window, by the ingress duplicate window: the
 * broker's id cache has no time limit, so keying it on the datagram would lose every repeat of a reused DGM_ID
 * forever. Thread-safe.
 */
public final class DuplicateId {

    private final String run;
    private final AtomicLong sequence = new AtomicLong();

    public DuplicateId() {
        this(new SecureRandom().nextLong());
    }

    DuplicateId(long run) {
        this.run = Long.toHexString(run) + '-';
    }

    /** The next id. */
    public String next() {
        return run + Long.toHexString(sequence.incrementAndGet());
    }
}
