package org.mailslot.names;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * Another node owns a name this node tried to register: it answered the broadcast registration with a negative
 * response (RFC 1002 §5.1.1.1), or the WINS server refused the registration (RFC 1002 §5.1.2.1; the server first
 * challenges the name's owner, and refuses when the owner still answers for it). The node must not start with that
 * name.
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
        this("NetBIOS name " + name.name() + " is already owned by " + owner.getAddress().getHostAddress()
                + " (it answered our registration with RCODE " + rcode + (rcode == NameServicePacket.RCODE_ACT_ERR
                        ? ", ACT_ERR" : "") + "): choose another computer name, or stop the node that owns it",
                name, owner);
    }

    private NameConflictException(String message, OwnedName name, InetSocketAddress owner) {
        super(message);
        this.name = name;
        this.owner = owner;
    }

    /**
     * The WINS server at {@code server} refused to register {@code name}.
     *
     * @param name   the name that could not be registered
     * @param server the WINS server
     * @param rcode  the RCODE of its answer
     * @return the exception, naming the name, the server and why
     */
    public static NameConflictException refusedByWins(OwnedName name, InetSocketAddress server, int rcode) {
        String why = switch (rcode) {
            case NameServicePacket.RCODE_ACT_ERR -> "ACT_ERR: another node owns it and still answers for it";
            case NameServicePacket.RCODE_RFS_ERR -> "RFS_ERR: the server's policy refuses it (a static or group"
                    + " entry, or one of the server's own names)";
            case NameServicePacket.RCODE_CFT_ERR -> "CFT_ERR: the name is in conflict";
            default -> "the name cannot be registered";
        };
        return new NameConflictException("NetBIOS name " + name.name() + " was refused by the WINS server "
                + server.getAddress().getHostAddress() + ":" + server.getPort() + " (RCODE " + rcode + ", " + why
                + "): choose another computer name, or stop the node that owns it", name, server);
    }

    /** @return the name that could not be registered */
    public OwnedName name() {
        return name;
    }

    /** @return the node that defended it, or the WINS server that refused it */
    public InetSocketAddress owner() {
        return owner;
    }
}
