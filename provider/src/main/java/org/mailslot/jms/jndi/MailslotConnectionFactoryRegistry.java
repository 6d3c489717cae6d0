package org.mailslot.jms.jndi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.jms.MailslotOptions;

/**
 * One connection factory per URI for the whole JVM, so every JNDI context hands out the same factory, and with it
 * the same mailslot host, for the same configuration. Factories are never dropped: a closed one starts a new host
 * on its next connection.
 */
final class MailslotConnectionFactoryRegistry {

    /** The URI of a local-only factory. */
    static final String LOCAL_URI = MailslotOptions.SCHEME + "://" + MailslotOptions.LOCAL;

    private static final Map<String, MailslotConnectionFactory> FACTORIES = new ConcurrentHashMap<>();

    private MailslotConnectionFactoryRegistry() {
    }

    /**
     * The factory for the URI, created on first use.
     *
     * @throws IllegalArgumentException when the URI is malformed or names an unknown option
     */
    static MailslotConnectionFactory shared(String uri) {
        MailslotConnectionFactory existing = FACTORIES.get(uri);
        if (existing != null) {
            return existing;
        }
        // Parse outside computeIfAbsent so a bad URI throws its own message and leaves nothing behind.
        MailslotConnectionFactory created = new MailslotConnectionFactory(uri);
        MailslotConnectionFactory raced = FACTORIES.putIfAbsent(uri, created);
        return raced != null ? raced : created;
    }
}
