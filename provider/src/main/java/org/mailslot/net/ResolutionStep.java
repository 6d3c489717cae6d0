package org.mailslot.net;

/** One source of name resolution; {@link ResolverSettings#order()} lists the ones in use, first asked first. */
public enum ResolutionStep {
    /** The operator's static table (and the entries of an LMHOSTS file). */
    STATIC,
    /**
     * A NetBIOS name query as the node type asks (broadcast on UDP 137, the WINS server, or both), answers cached for
     * the TTL they carry.
     */
    NAME_SERVICE,
    /** Names learned from datagrams addressed to us or our domain. */
    LEARNED,
    /** The JDK resolver (hosts file, then DNS). */
    DNS
}
