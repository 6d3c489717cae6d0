package org.mailslot.ra;

import jakarta.resource.spi.InvalidPropertyException;
import org.mailslot.jms.MailslotOptions;

/** Checks of configuration values that name the property at fault. */
public final class Settings {

    private Settings() {
    }

    /**
     * The URI to use: {@code own} when given, else the adapter's.
     *
     * @param own        a pool's or activation's own URI, possibly blank
     * @param adapterUri the adapter's URI
     * @return the URI that applies
     */
    public static String effectiveUri(String own, String adapterUri) {
        return own == null || own.isBlank() ? adapterUri : own.trim();
    }

    /**
     * Parses {@code uri} as a mailslot settings URI.
     *
     * @param property the bean property the URI came from, for the message
     * @param uri      the value
     * @throws InvalidPropertyException naming {@code property} and what is wrong with the value
     */
    public static void validateUri(String property, String uri) throws InvalidPropertyException {
        if (uri == null || uri.isBlank()) {
            throw invalid(property, "must be a mailslot settings URI such as mailslot://127.0.0.1:138?computerName=APP1"
                    + " or mailslot://local, got nothing");
        }
        try {
            MailslotOptions.parse(uri.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(property, "is not a valid mailslot settings URI: " + e.getMessage());
        }
    }

    /**
     * An {@link InvalidPropertyException} whose message starts with the property name.
     *
     * @param property the bean property at fault
     * @param problem  what is wrong and what it accepts, to follow the name
     * @return the exception, for the caller to throw
     */
    public static InvalidPropertyException invalid(String property, String problem) {
        return new InvalidPropertyException("Mailslot resource adapter property '" + property + "' " + problem);
    }
}
