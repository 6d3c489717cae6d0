package org.mailslot.net;

/** One source of name resolution; {@link ResolverSettings#order()} lists the ones in use, first asked first. */
public enum ResolutionStep {
    /** The operator's static table. */
    STATIC,
    /** A NetBIOS name query (broadcast on UDP 137), answers cached for the TTL they carry. */
    NAME_SERVICE,
    /** Names learned from datagrams addressed to us or our domain. */
    LEARNED,
    /** The JDK resolver (hosts file, then DNS). */
    DNS
}
