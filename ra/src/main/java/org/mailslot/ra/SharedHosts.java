package org.mailslot.ra;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.mailslot.jms.MailslotConnectionFactory;

/**
 * One {@link MailslotConnectionFactory} (so one mailslot host and its sockets) per settings URI, shared by every
 * pool and endpoint of the adapter that names that URI. A factory is created by its first lease and closed, which
 * frees its UDP port, when its last lease is released or the adapter stops.
 */
public final class SharedHosts {

    private final Map<String, Entry> entries = new HashMap<>();
    private boolean stopped;

    /** A hold on a shared factory; {@link #close()} gives it back (idempotent). */
    public final class Lease implements AutoCloseable {
        private final String uri;
        private final MailslotConnectionFactory factory;
        private boolean released;

        private Lease(String uri, MailslotConnectionFactory factory) {
            this.uri = uri;
            this.factory = factory;
        }

        /** {@return the shared factory; its connections are physical provider connections} */
        public MailslotConnectionFactory factory() {
            return factory;
        }

        @Override
        public void close() {
            synchronized (SharedHosts.this) {
                if (released) {
                    return;
                }
                released = true;
                release(uri);
            }
        }
    }

    private static final class Entry {
        final MailslotConnectionFactory factory;
        int leases;

        Entry(MailslotConnectionFactory factory) {
            this.factory = factory;
        }
    }

    /**
     * Leases the factory for {@code uri}, creating it on first use.
     *
     * @param uri the effective settings URI
     * @return the lease; closing it returns the factory, and the last lease closes it
     * @throws IllegalArgumentException when the URI is malformed (naming the part)
     * @throws IllegalStateException after {@link #closeAll()}
     */
    public synchronized Lease acquire(String uri) {
        Objects.requireNonNull(uri, "uri");
        if (stopped) {
            throw new IllegalStateException("The mailslot resource adapter is stopped");
        }
        Entry entry = entries.get(uri);
        if (entry == null) {
            entry = new Entry(new MailslotConnectionFactory(uri));
            entries.put(uri, entry);
        }
        entry.leases++;
        return new Lease(uri, entry.factory);
    }

    private void release(String uri) {
        Entry entry = entries.get(uri);
        if (entry != null && --entry.leases == 0) {
            entries.remove(uri);
            entry.factory.close();
        }
    }

    /** {@return the URIs whose factories are open now, for diagnostics} */
    public synchronized List<String> openUris() {
        return List.copyOf(entries.keySet());
    }

    /** Closes every factory, leased or not; later leases are refused. */
    public synchronized void closeAll() {
        stopped = true;
        for (Entry entry : entries.values()) {
            entry.factory.close();
        }
        entries.clear();
    }
}
