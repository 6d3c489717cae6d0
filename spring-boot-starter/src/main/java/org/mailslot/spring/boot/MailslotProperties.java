package org.mailslot.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code spring.mailslot.*} properties: the factory's URI and an optional client ID.
 */
@ConfigurationProperties("spring.mailslot")
public class MailslotProperties {

    /** Default URI: queues and topics inside this JVM, no sockets. */
    public static final String LOCAL = "mailslot://local";

    private String url = LOCAL;
    private String clientId;

    /**
     * The factory's URI, {@code mailslot://ADDRESS[:PORT]?options} (every option is in the provider's
     * {@code docs/configuration.md}).
     *
     * @return the URI, {@value #LOCAL} unless set
     */
    public String getUrl() {
        return url;
    }

    /**
     * Sets the factory's URI.
     *
     * @param url a {@code mailslot://} URI
     */
    public void setUrl(String url) {
        this.url = url;
    }

    /**
     * The client ID every connection gets, for durable subscriptions.
     *
     * @return the client ID, or null for none
     */
    public String getClientId() {
        return clientId;
    }

    /**
     * Sets the client ID every connection gets.
     *
     * @param clientId the client ID, or null for none
     */
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }
}
