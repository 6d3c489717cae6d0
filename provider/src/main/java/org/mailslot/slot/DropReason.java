package org.mailslot.slot;

/** Why a received datagram or a queued message was not delivered to a reader. */
public enum DropReason {
    /** Addressed to a name this host does not answer to (another computer, another domain or scope). */
    NOT_FOR_US,
    /**
     * Addressed to our computer name, domain or {@code *}, but with a name type this host does not receive (a
     * browser's {@code <1D>}, a domain controller's {@code <1C>}, ...; see {@link ReceivingNames}).
     */
    UNWANTED_NAME_TYPE,
    /** Addressed to us, but no slot of that name exists here. */
    UNKNOWN_SLOT,
    /** Larger than the slot's maximum message size. */
    OVERSIZE,
    /** Not a well-formed mailslot datagram; {@link HostCounters#malformed()} breaks this down by codec reason. */
    MALFORMED,
    /** A copy of a datagram already delivered within the duplicate window. */
    DUPLICATE,
    /**
     * A datagram this host sent itself, come back through its own group socket (broadcast and multicast reach the
     * sender too). Its slots already got the write directly, so it is dropped before it is decoded.
     */
    OWN_ECHO,
    /** The slot's byte quota (or its receiver's quota) is used up by unread messages. */
    QUEUE_FULL,
    /**
     * The slot's {@link SlotReceiver} could not read the message: for the JMS provider, a payload that is neither a
     * raw body it may deliver nor a valid envelope.
     */
    UNREADABLE,
    /**
     * For the JMS provider: a datagram that starts with the envelope magic {@code E5 4D} but is not a valid
     * envelope. Either a corrupt envelope, or a raw body (a Windows program's) that happens to begin with those two
     * bytes; a consumer of {@code x?payload=raw} reads such a slot as raw.
     */
    BAD_ENVELOPE,
    /** Unread when its slot was closed; closing a slot discards its messages, as on Windows. */
    DISCARDED_ON_CLOSE
}
