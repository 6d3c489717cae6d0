package org.mailslot.jms;

import jakarta.jms.InvalidDestinationException;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.mailslot.jms.payload.PayloadFormat;
import org.mailslot.slot.MailslotName;
import org.mailslot.slot.MailslotNameException;
import org.mailslot.names.NameType;

/**
 * Parses JMS destination names into mailslot names (DESIGN §3, MAILSLOT-PROTOCOL §1.1). A bare name means the local
 * slot for a queue ({@code "orders"} is {@code \\.\mailslot\orders}) and the caller's domain for a topic
 * ({@code "status"} is {@code \\*\mailslot\status}); full UNC names {@code \\server\mailslot\path} are accepted for
 * both. The name rules are those of {@link MailslotName}, the one grammar of the product. A name may end in
 * {@code ?payload=jms} or {@code ?payload=raw} to choose how messages to it travel, overriding the factory's
 * {@code jms.payload}. A broken rule is an {@link InvalidDestinationException} that names the rule, with the
 * {@link MailslotNameException} as its cause and linked exception.
 */
public final class MailslotDestinations {

    /** Longest NetBIOS computer or domain name. */
    public static final int MAX_SERVER_LENGTH = MailslotName.MAX_SERVER_LENGTH;

    private static final String PAYLOAD_OPTION = "payload=";
    private static final String NAME_TYPE_OPTION = "nameType=";

    private MailslotDestinations() {
    }

    /**
     * The queue for {@code name}: a bare slot path is local ({@code \\.\mailslot\name}).
     *
     * @param name a slot path or a UNC name, with optional {@code ?payload=} and {@code ?nameType=} options
     * @return the queue
     * @throws InvalidDestinationException saying which rule the name breaks
     */
    public static MailslotQueue parseQueue(String name) throws InvalidDestinationException {
        return new MailslotQueue(parse(name, false));
    }

    /**
     * The topic for {@code name}: a bare slot path is the caller's domain ({@code \\*\mailslot\name}).
     *
     * @param name a slot path or a UNC name, with optional {@code ?payload=} and {@code ?nameType=} options
     * @return the topic
     * @throws InvalidDestinationException saying which rule the name breaks
     */
    public static MailslotTopic parseTopic(String name) throws InvalidDestinationException {
        return new MailslotTopic(parse(name, true));
    }

    /**
     * The queue of a parsed slot name; its given name is the UNC form.
     *
     * @param name the slot name, already valid
     * @return the queue
     */
    public static MailslotQueue queue(MailslotName name) {
        return new MailslotQueue(new DestinationName(name.toString(), name, null));
    }

    /**
     * The topic of a parsed slot name; its given name is the UNC form.
     *
     * @param name the slot name, already valid
     * @return the topic
     */
    public static MailslotTopic topic(MailslotName name) {
        return new MailslotTopic(new DestinationName(name.toString(), name, null));
    }

    /**
     * Splits a name into its slot name and an optional {@code ?payload=jms|raw} suffix (DESIGN §5: the payload is
     * chosen per destination; '?' cannot occur in a mailslot name, so the suffix is unambiguous).
     *
     * @param bareIsDomain whether a bare slot path means {@code \\*\mailslot\path} (topics) rather than
     *                     {@code \\.\mailslot\path}
     */
    static DestinationName parse(String name, boolean bareIsDomain) throws InvalidDestinationException {
        int query = name == null ? -1 : name.indexOf('?');
        if (query < 0) {
            return new DestinationName(name, slotName(name, name, bareIsDomain), null);
        }
        PayloadFormat payload = null;
        NameType nameType = NameType.DEFAULT;
        for (String option : name.substring(query + 1).split("&", -1)) {
            if (option.regionMatches(true, 0, NAME_TYPE_OPTION, 0, NAME_TYPE_OPTION.length())) {
                nameType = nameTypeOption(name, option.substring(NAME_TYPE_OPTION.length()));
            } else {
                payload = payloadOption(name, option);
            }
        }
        return new DestinationName(name, slotName(name, name.substring(0, query), bareIsDomain), payload, nameType);
    }

    private static NameType nameTypeOption(String name, String value) throws InvalidDestinationException {
        try {
            return NameType.parse(value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, e.getMessage(), "write ?" + NAME_TYPE_OPTION + "1D (or 1B, 1E, 1C, 03, 00, msbrowse)",
                    null);
        }
    }

    private static MailslotName slotName(String given, String name, boolean bareIsDomain)
            throws InvalidDestinationException {
        if (name == null || name.isEmpty()) {
            throw invalid(given, "the name is empty", "give a slot name such as \"orders\" or \\\\.\\mailslot\\orders",
                    null);
        }
        try {
            if (name.startsWith("\\\\")) {
                return MailslotName.parse(name);
            }
            return bareIsDomain ? MailslotName.primaryDomain(name) : MailslotName.local(name);
        } catch (MailslotNameException e) {
            throw invalid(given, e.getMessage(), "fix the name", e);
        }
    }

    private static PayloadFormat payloadOption(String name, String option) throws InvalidDestinationException {
        String advice = "write ?" + PAYLOAD_OPTION + "jms or ?" + PAYLOAD_OPTION + "raw, or leave the suffix out"
                + " to use the factory's jms.payload";
        if (!option.regionMatches(true, 0, PAYLOAD_OPTION, 0, PAYLOAD_OPTION.length())) {
            throw invalid(name, "after '?' only the options " + PAYLOAD_OPTION + "jms|raw and " + NAME_TYPE_OPTION
                    + "<hex> may follow (joined by '&'), not \"" + option + "\"", advice, null);
        }
        String value = option.substring(PAYLOAD_OPTION.length());
        try {
            return PayloadFormat.parse(value);
        } catch (IllegalArgumentException e) {
            throw invalid(name, "the payload \"" + value + "\" is neither jms nor raw, the two allowed values",
                    advice, e);
        }
    }

    private static InvalidDestinationException invalid(String name, String rule, String advice, Exception cause) {
        return (InvalidDestinationException) JmsExceptions.create(ErrorKind.INVALID_DESTINATION,
                "Invalid mailslot destination \"" + name + "\": " + rule + "; " + advice + ".", cause);
    }
}
