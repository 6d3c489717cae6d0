package org.mailslot.bridge.mapping;

import java.util.Objects;

/** Why an egress message cannot go out as a datagram; the egress loop sends it to the dead-letter address. */
public record EgressRejection(Reason reason, String detail) {

    public EgressRejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** The kinds of rejection, carried as the {@link MailslotProperties#REJECT_REASON} property. */
    public enum Reason {
        /** No {@link MailslotProperties#TARGET} property, or not a string. */
        MISSING_TARGET,
        /** The target is not {@code \\HOST\mailslot\x}, {@code \\DOMAIN\mailslot\x} or {@code \\*\mailslot\x}. */
        BAD_TARGET,
        /** The body is larger than a datagram to that target may carry. */
        OVERSIZE,
        /** The body is not bytes or text (map, stream and object messages have no datagram form). */
        UNSUPPORTED_BODY,
        /** The target computer's name does not resolve (no static name, not learned, not in DNS) or is unreachable. */
        UNRESOLVED_TARGET,
        /** The datagram could not be sent (socket error) or handling the message failed otherwise. */
        SEND_FAILED
    }
}
