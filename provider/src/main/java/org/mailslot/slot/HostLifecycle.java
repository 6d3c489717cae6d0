package org.mailslot.slot;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a {@link MailslotHost} is open, why it closed on its own, and who is told once it has closed. Thread-safe.
 */
final class HostLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(HostLifecycle.class);

    private final String hostName;
    private final List<Runnable> closeListeners = new CopyOnWriteArrayList<>();
    private volatile boolean open = true;
    private volatile Throwable failure;

    HostLifecycle(String hostName) {
        this.hostName = hostName;
    }

    boolean isOpen() {
        return open;
    }

    void requireOpen() throws MailslotClosedException {
        if (!open) {
            throw new MailslotClosedException("mailslot host " + hostName);
        }
    }

    /** Marks the host closed; true for the one caller that closed it, false when it was closed already. */
    synchronized boolean beginClose() {
        if (!open) {
            return false;
        }
        open = false;
        return true;
    }

    /** Records why the host can receive no more; the host closes next. */
    void failed(Throwable cause) {
        failure = cause;
        LOG.error("mailslot host {}: it can receive no more ({}), so the host closes", hostName, cause.toString());
    }

    Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Adds a listener for the close; runs it at once when the host is closed already. */
    void addCloseListener(Runnable listener) {
        closeListeners.add(Objects.requireNonNull(listener, "listener"));
        if (!open && closeListeners.remove(listener)) {
            listener.run();
        }
    }

    /** Runs every close listener once; one that fails is logged and the others still run. */
    // The list is copy-on-write: the loop walks a snapshot, and remove() decides which thread runs a listener.
    @SuppressWarnings("ModifyCollectionInEnhancedForLoop")
    void closed() {
        LOG.info("mailslot host {} closed", hostName);
        for (Runnable listener : closeListeners) {
            if (closeListeners.remove(listener)) {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    LOG.warn("mailslot host {}: a close listener failed", hostName, e);
                }
            }
        }
    }
}
