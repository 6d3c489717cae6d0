package org.mailslot.wire;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * One mailslot write as carried by one NetBIOS datagram: the header fields that matter, both names, the
 * transaction name and the message bytes. Fields that receivers ignore (SMB flags, class, timeout...) are
 * chosen by the {@link SmbProfile} when encoding and dropped when decoding.
 *
 * <p>{@code data} is not copied (the codec hands over arrays it just filled): do not change it after passing
 * it in. {@code equals}, {@code hashCode} and {@code toString} look at its content.
 *
 * @param type         DIRECT_UNIQUE for a computer, DIRECT_GROUP for a domain, BROADCAST (received only)
 * @param nodeType     the sender's node type, carried in the FLAGS byte
 * @param datagramId   DGM_ID, 0..65535, chosen by the sender
 * @param sourceIp     the sender's IPv4 address as a big-endian int, as on the wire
 * @param sourcePort   the sender's UDP port, 0..65535 (normally 138)
 * @param source       the sender's NetBIOS name
 * @param destination  the target NetBIOS name
 * @param mailslotName the transaction name, e.g. {@code \MAILSLOT\TEST}: the prefix {@code \MAILSLOT\} (any case)
 *                     and a non-empty rest without control characters, at most
 *                     {@value #MAX_MAILSLOT_NAME_LENGTH} characters in all; on the wire each character is one byte
 *                     of the codec's {@link OemCodePage}
 * @param priority     0..9, higher is more urgent (Windows ignores it)
 * @param data         the message
 */
public record MailslotDatagram(
        DatagramType type, NodeType nodeType, int datagramId,
        int sourceIp, int sourcePort,
        NetbiosName source, NetbiosName destination,
        String mailslotName, int priority,
        byte[] data) {

    /** The transaction-name prefix Windows sends. */
    public static final String MAILSLOT_PREFIX = "\\MAILSLOT\\";
    /** Longest transaction name accepted, in characters (MAX_PATH-sized, far above what fits a Windows write). */
    public static final int MAX_MAILSLOT_NAME_LENGTH = 255;
    /** Highest priority value. */
    public static final int MAX_PRIORITY = 9;

    /** Validates every field; throws {@link IllegalArgumentException} naming the field. */
    public MailslotDatagram {
        requireNonNull(type, "type");
        requireNonNull(nodeType, "nodeType");
        requireNonNull(source, "source");
        requireNonNull(destination, "destination");
        requireNonNull(mailslotName, "mailslotName");
        requireNonNull(data, "data");
        requireRange(datagramId, 0, 0xFFFF, "datagramId");
        requireRange(sourcePort, 0, 0xFFFF, "sourcePort");
        requireRange(priority, 0, MAX_PRIORITY, "priority");
        String problem = MailslotNames.problemWith(mailslotName);
        if (problem != null) {
            throw new IllegalArgumentException("mailslot name '" + mailslotName + "' " + problem);
        }
    }

    /** @return the transaction name without its {@code \MAILSLOT\} prefix, e.g. {@code TEST} */
    public String slotPath() {
        return mailslotName.substring(MAILSLOT_PREFIX.length());
    }

    /** @return {@link #sourceIp} as an address */
    public Inet4Address sourceAddress() {
        byte[] octets = {(byte) (sourceIp >>> 24), (byte) (sourceIp >>> 16), (byte) (sourceIp >>> 8),
                (byte) sourceIp};
        try {
            return (Inet4Address) InetAddress.getByAddress(octets);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("four octets are always a valid IPv4 address", impossible);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailslotDatagram that
                && type == that.type && nodeType == that.nodeType && datagramId == that.datagramId
                && sourceIp == that.sourceIp && sourcePort == that.sourcePort && priority == that.priority
                && source.equals(that.source) && destination.equals(that.destination)
                && mailslotName.equals(that.mailslotName) && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        int hash = type.hashCode();
        hash = 31 * hash + nodeType.hashCode();
        hash = 31 * hash + datagramId;
        hash = 31 * hash + sourceIp;
        hash = 31 * hash + sourcePort;
        hash = 31 * hash + source.hashCode();
        hash = 31 * hash + destination.hashCode();
        hash = 31 * hash + mailslotName.hashCode();
        hash = 31 * hash + priority;
        return 31 * hash + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "MailslotDatagram[" + type + ", node " + nodeType + ", id 0x" + Hex.shortText(datagramId)
                + ", from " + sourceAddress().getHostAddress() + ':' + sourcePort + ' ' + source
                + " to " + destination + ' ' + mailslotName + ", priority " + priority
                + ", " + data.length + " bytes " + preview(data) + ']';
    }

    private static String preview(byte[] data) {
        int shown = Math.min(data.length, 32);
        StringBuilder hex = new StringBuilder(shown * 2 + 3);
        for (int i = 0; i < shown; i++) {
            hex.append(Hex.digit(data[i] >> 4)).append(Hex.digit(data[i]));
        }
        return shown < data.length ? hex.append("...").toString() : hex.toString();
    }

    private static void requireNonNull(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " must not be null");
        }
    }

    private static void requireRange(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " " + value + " is outside " + min + ".." + max);
        }
    }
}
