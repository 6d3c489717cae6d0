package org.mailslot.bridge.mapping;

import java.util.Objects;

/** The outcome of mapping one egress message: send it, or reject it with a reason. */
public sealed interface EgressDecision {

    /** Send {@code body} to {@code target}. */
    record Send(EgressTarget target, byte[] body) implements EgressDecision {
        public Send {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(body, "body");
        }
    }

    /** Do not send; dead-letter with the rejection. */
    record Reject(EgressRejection rejection) implements EgressDecision {
        public Reject {
            Objects.requireNonNull(rejection, "rejection");
        }

        public static Reject of(EgressRejection.Reason reason, String detail) {
            return new Reject(new EgressRejection(reason, detail));
        }
    }
}
