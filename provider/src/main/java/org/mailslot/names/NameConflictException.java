package org.mailslot.names;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Another node owns a unique name this node tried to register: it answered the registration with a negative
 * response (RFC 1002 §5.1.1.1). The node must not start with that name.
 */
public final class NameConflictException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient OwnedName name;
    private final transient InetSocketAddress owner;

    /**
     * @param name  the name that could not be registered
     * @param owner the node that defended it
     * @param rcode the RCODE of its answer
     */
    public NameConflictException(OwnedName name, InetSocketAddress owner, int rcode) {
        super("NetBIOS name " + name.name() + " is already owned by " + owner.getAddress().getHostAddress()
                + " (it answered our registration with RCODE " + rcode + (rcode == NameServicePacket.RCODE_ACT_ERR
                        ? ", ACT_ERR" : "") + "): choose another computer name, or stop the node that owns it");
        this.name = name;
        this.owner = owner;
    }

    /** @return the name that could not be registered */
    public OwnedName name() {
        return name;
    }

    /** @return the node that defended it */
    public InetSocketAddress owner() {
        return owner;
    }
}
