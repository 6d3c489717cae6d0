package org.mailslot.bridge.mapping;

/**
 * Names of the message properties the bridge reads and writes. Valid JMS identifiers, so selectors such as
 * {@code MailslotSourceName = 'PLC7'} work.
 */
public final class MailslotProperties {

    /** NetBIOS name of the sending computer (no suffix), e.g. {@code HOSTA}. String. */
    public static final String SOURCE_NAME = "MailslotSourceName";
    /** IP address the datagram came from (UDP source). String. */
    public static final String SOURCE_ADDRESS = "MailslotSourceAddress";
    /** UDP source port. Integer. */
    public static final String SOURCE_PORT = "MailslotSourcePort";
    /**
     * The SOURCE_IP field of the NetBIOS header, as the sender wrote it (dotted IPv4). String. Unlike
     * {@link #SOURCE_ADDRESS} it proves nothing: rate limits and duplicate recognition never use it.
     */
    public static final String HEADER_SOURCE_IP = "MailslotHeaderSourceIp";
    /** NetBIOS name the datagram was addressed to (no suffix), e.g. {@code WORKGROUP}. String. */
    public static final String DESTINATION_NAME = "MailslotDestinationName";
    /** NetBIOS name type (suffix) the datagram was addressed to, two hex digits, e.g. {@code 1D}. String. */
    public static final String DESTINATION_NAME_TYPE = "MailslotDestinationNameType";
    /** NetBIOS datagram type: DIRECT_UNIQUE, DIRECT_GROUP or BROADCAST. String. */
    public static final String DATAGRAM_TYPE = "MailslotDatagramType";
    /** The sender's NetBIOS datagram id (DGM_ID), 0..65535. Integer. */
    public static final String DATAGRAM_ID = "MailslotDatagramId";
    /** The slot path after {@code \MAILSLOT\}, as the sender wrote it, e.g. {@code NET\NETLOGON}. String. */
    public static final String SLOT = "MailslotSlot";
    /** When the bridge received the datagram, milliseconds since the epoch. Long. */
    public static final String RECEIVED_AT = "MailslotReceivedAt";

    /** Ingress: why data that starts like a JMS envelope was forwarded as raw bytes instead. String. */
    public static final String PAYLOAD_ERROR = "MailslotPayloadError";
    /**
     * Ingress: set when a JMS ObjectMessage from the network was forwarded as a BytesMessage of the datagram's data
     * (the provider's envelope) instead of a Java-serialised ObjectMessage; says so and why. String.
     */
    public static final String WITHHELD_BODY = "MailslotWithheldBody";
    /** Ingress from a JMS envelope: the sender's {@code JMSMessageID}, which Artemis replaces with its own. String. */
    public static final String ORIGINAL_MESSAGE_ID = "MailslotMessageId";
    /** Ingress from a JMS envelope: the sender's {@code JMSReplyTo} as a mailslot name. String. */
    public static final String REPLY_TO = "MailslotReplyTo";

    /** Egress: where to send, {@code \\HOST\mailslot\x}, {@code \\DOMAIN\mailslot\x} or {@code \\*\mailslot\x}. */
    public static final String TARGET = "MailslotTarget";
    /** Egress dead letters: why the message was not sent ({@link EgressRejection.Reason} name). String. */
    public static final String REJECT_REASON = "MailslotRejectReason";
    /** Egress dead letters: the rejection in words, naming the rule or limit. String. */
    public static final String REJECT_DETAIL = "MailslotRejectDetail";

    private MailslotProperties() {
    }
}
