package org.mailslot.bridge.ingress;

import org.mailslot.bridge.mapping.IngressMessage;

/** Takes ingress messages toward the broker without ever blocking the caller (the UDP reader). */
@FunctionalInterface
public interface IngressSink {

    /**
     * Hands over one message.
     *
     * @return false if it cannot be taken now (buffer full, closing); the caller counts the drop
     */
    boolean offer(IngressMessage message);
}
