package org.mailslot.slot;

/**
 * Where a write goes, decided once by {@link MailslotHost#target(MailslotName)}: the name, whether it is a group
 * write (domain or {@code *}: a broadcast) or a unique one, and the largest message the write may carry. A sender
 * that checks a message against {@link #maxPayload()} first (to fail before doing anything else) passes the same
 * target to {@link MailslotHost#send(WriteTarget, byte[], int)}, which neither decides nor checks again.
 *
 * @param name       the name written to
 * @param type       the NetBIOS name type of the server part the datagram is addressed to ({@code <00>} mostly)
 * @param group      true for a group datagram to every host of a domain
 * @param maxPayload the largest message in bytes: the wire limit of a network write, unbounded for a local one
 * @param limitRule  the rule behind {@code maxPayload} and the setting that chose it, for the refusal's message
 */
public record WriteTarget(MailslotName name, org.mailslot.names.NameType type, boolean group, int maxPayload,
        String limitRule) {

    /**
     * Checks a message against this target's limit, before it is sent.
     *
     * @param size the message's length in bytes
     * @return true when it is not above {@link #maxPayload()}
     */
    public boolean fits(int size) {
        return size <= maxPayload;
    }
}
