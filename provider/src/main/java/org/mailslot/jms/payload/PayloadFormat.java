package org.mailslot.jms.payload;

import java.util.Locale;

/** How a message travels in a mailslot datagram (option {@code jms.payload}). */
public enum PayloadFormat {
    /** The compact binary envelope: headers, properties and any body type survive. */
    JMS,
    /** Only the body bytes, exactly what a Windows program writes or reads: Text and Bytes messages only. */
    RAW;

    /**
     * Parses an option value, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static PayloadFormat parse(String value) {
        for (PayloadFormat format : values()) {
            if (format.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown payload format \"" + value + "\"; use "
                + JMS.name().toLowerCase(Locale.ROOT) + " or " + RAW.name().toLowerCase(Locale.ROOT) + ".");
    }
}
