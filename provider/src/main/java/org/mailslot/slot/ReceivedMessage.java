package org.mailslot.slot;

import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Objects;

/**
 * One message read from a mailslot, with where it came from.
 *
 * @param data           the message bytes (the caller owns this array)
 * @param slot           the local name of the slot it was read from
 * @param sourceComputer the computer name of the writer: from the datagram's source name, or this host's name for
 *                       a local write
 * @param sourceAddress  the UDP source address and port, or {@code null} for a local write
 * @param priority       the write priority 0..9 (Windows writers send 0)
 * @param delivery       how it arrived
 * @param destinationType the NetBIOS name type (suffix) the datagram was addressed to, e.g. 0x1D; 0 for a local
 *                       write
 * @param wireName       the transaction name as the writer spelled it ({@code \MAILSLOT\Alerts})
 */
public record ReceivedMessage(byte[] data, MailslotName slot, String sourceComputer,
        InetSocketAddress sourceAddress, int priority, Delivery delivery, int destinationType, String wireName) {

    /**
     * A message addressed to name type {@code <00>}, under the slot's own name.
     *
     * @param data           the message bytes (the caller owns this array)
     * @param slot           the local name of the slot it was read from
     * @param sourceComputer the computer name of the writer
     * @param sourceAddress  the UDP source address and port, or {@code null} for a local write
     * @param priority       the write priority 0..9
     * @param delivery       how it arrived
     */
    public ReceivedMessage(byte[] data, MailslotName slot, String sourceComputer, InetSocketAddress sourceAddress,
            int priority, Delivery delivery) {
        this(data, slot, sourceComputer, sourceAddress, priority, delivery, 0, slot.wireName());
    }

    /** How a message reached the slot. */
    public enum Delivery {
        /** Written on this host through {@code \\.\mailslot\...} (or through its own computer or domain name). */
        LOCAL,
        /** A unique datagram (0x10) addressed to this computer. */
        UNIQUE,
        /** A group datagram (0x11, or a 0x12 broadcast) addressed to a domain or to everyone. */
        GROUP
    }

    /**
     * Refuses a null data, slot, source computer or delivery.
     *
     * @param data            the message bytes (the caller owns this array)
     * @param slot            the local name of the slot it was read from
     * @param sourceComputer  the computer name of the writer: from the datagram's source name, or this host's name for
     *                        a local write
     * @param sourceAddress   the UDP source address and port, or {@code null} for a local write
     * @param priority        the write priority 0..9 (Windows writers send 0)
     * @param delivery        how it arrived
     * @param destinationType the NetBIOS name type (suffix) the datagram was addressed to, e.g. 0x1D; 0 for a local
     *                        write
     * @param wireName        the transaction name as the writer spelled it ({@code \MAILSLOT\Alerts})
     */
    public ReceivedMessage {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(sourceComputer, "sourceComputer");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(wireName, "wireName");
    }

    /** {@return true when the message came over the network} */
    public boolean isRemote() {
        return sourceAddress != null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReceivedMessage that && Arrays.equals(data, that.data) && slot.equals(that.slot)
                && sourceComputer.equals(that.sourceComputer) && Objects.equals(sourceAddress, that.sourceAddress)
                && priority == that.priority && delivery == that.delivery && destinationType == that.destinationType
                && wireName.equals(that.wireName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(data), slot, sourceComputer, sourceAddress, priority, delivery,
                destinationType, wireName);
    }

    @Override
    public String toString() {
        return "ReceivedMessage[" + data.length + " bytes, slot=" + slot + ", from=" + sourceComputer
                + (sourceAddress == null ? "" : "@" + sourceAddress) + ", priority=" + priority + ", " + delivery + "]";
    }
}
