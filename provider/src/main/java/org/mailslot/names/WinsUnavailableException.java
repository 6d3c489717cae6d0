package org.mailslot.names;

import java.io.IOException;

/**
 * The WINS server did not answer a registration, and the node type has no broadcast to fall back on: a P node
 * (RFC 1002 §5.1.2.1: "the name server is down, the name cannot be claimed") or the WINS step of an M node.
 */
public final class WinsUnavailableException extends IOException {

    private static final long serialVersionUID = 1L;

    /**
     * @param name     the name that could not be registered
     * @param settings the WINS server and how long it was asked
     * @param nodeType our node type, for the advice
     */
    public WinsUnavailableException(OwnedName name, WinsSettings settings, org.mailslot.wire.NodeType nodeType) {
        super("the WINS server " + settings.serverText() + " did not answer the registration of NetBIOS name "
                + name.name() + " (" + settings.retries() + " tries, " + settings.retryInterval().toMillis()
                + " ms apart); a " + nodeType + " node cannot claim a name without it: check the WINS server address"
                + " and that UDP " + settings.server().getPort() + " reaches it, or choose node type H, which falls"
                + " back to broadcast");
    }
}
