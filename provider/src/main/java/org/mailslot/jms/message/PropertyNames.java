package org.mailslot.jms.message;

import java.util.Map;
import java.util.Set;

/**
 * The naming and typing rules for message properties (Jakarta Messaging 3.1 §3.5.1, §3.5.9): a name is a Java
 * identifier that is not a selector keyword, names starting with {@code JMS} are reserved except the JMSX properties
 * listed here and provider-specific {@code JMS_} names, and JMSX properties have fixed types.
 */
public final class PropertyNames {

    /** Number of delivery attempts, set by the provider on receipt; 1 on first delivery. */
    public static final String JMSX_DELIVERY_COUNT = "JMSXDeliveryCount";
    /** Message group, set by clients. */
    public static final String JMSX_GROUP_ID = "JMSXGroupID";
    /** Sequence number within the group, set by clients. */
    public static final String JMSX_GROUP_SEQ = "JMSXGroupSeq";
    /** Sending user, when a credentials table is configured. */
    public static final String JMSX_USER_ID = "JMSXUserID";
    /** Sending application. */
    public static final String JMSX_APP_ID = "JMSXAppID";

    /** On a dead-lettered message: how many times it was delivered before it went to the dead-letter queue. */
    public static final String DEAD_LETTER_DELIVERY_COUNT = "MailslotDeliveryCount";
    /** On a dead-lettered message: why it came back the last time (a listener's exception, a rollback). */
    public static final String DEAD_LETTER_REASON = "MailslotDeadLetterReason";
    /** On a dead-lettered message: the queue or subscription it was taken from. */
    public static final String DEAD_LETTER_SOURCE = "MailslotDeadLetterSource";

    private static final Map<String, Class<?>> JMSX_TYPES = Map.of(
            JMSX_DELIVERY_COUNT, Integer.class,
            JMSX_GROUP_ID, String.class,
            JMSX_GROUP_SEQ, Integer.class,
            JMSX_USER_ID, String.class,
            JMSX_APP_ID, String.class);

    private static final Set<String> KEYWORDS = Set.of("NULL", "TRUE", "FALSE", "NOT", "AND", "OR", "BETWEEN",
            "LIKE", "IN", "IS", "ESCAPE");

    private PropertyNames() {
    }

    /**
     * The JMSX properties this provider supports, for {@code ConnectionMetaData.getJMSXPropertyNames()}: the
     * delivery count it sets and the group properties clients set. JMSXUserID and JMSXAppID are accepted on
     * messages (other providers set them) but never set by this provider.
     */
    public static Set<String> supportedJmsx() {
        return Set.of(JMSX_DELIVERY_COUNT, JMSX_GROUP_ID, JMSX_GROUP_SEQ);
    }

    /**
     * Checks a property name.
     *
     * @throws IllegalArgumentException naming the rule when the name is null, empty, not an identifier, a selector
     *                                  keyword or a reserved {@code JMS} name
     */
    public static void validate(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("Property name is " + (name == null ? "null" : "empty")
                    + "; give a Java identifier such as \"orderId\".");
        }
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            throw badName(name, "it does not start with a letter, '_' or '$'");
        }
        for (int i = 1; i < name.length(); i++) {
            if (!Character.isJavaIdentifierPart(name.charAt(i))) {
                throw badName(name, "character '" + name.charAt(i) + "' at index " + i + " is not allowed in an"
                        + " identifier");
            }
        }
        if (isKeyword(name)) {
            throw badName(name, "it is a message selector keyword");
        }
        if (name.startsWith("JMS") && !name.startsWith("JMS_") && !JMSX_TYPES.containsKey(name)) {
            throw badName(name, "names starting with JMS are reserved for the specification (only "
                    + JMSX_TYPES.keySet().stream().sorted().toList() + " and provider-specific JMS_ names are"
                    + " allowed)");
        }
    }

    private static boolean isKeyword(String name) {
        // validate runs for every property of every decoded message: compare without building an upper-case copy
        if (name.length() < 2 || name.length() > 7) {
            return false;
        }
        for (String keyword : KEYWORDS) {
            if (keyword.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** The type a JMSX property must have, or null for other names. */
    static Class<?> requiredType(String name) {
        return JMSX_TYPES.get(name);
    }

    private static IllegalArgumentException badName(String name, String rule) {
        return new IllegalArgumentException("Invalid property name \"" + name + "\": " + rule
                + " (Jakarta Messaging 3.1 §3.5.1); choose another name.");
    }
}
