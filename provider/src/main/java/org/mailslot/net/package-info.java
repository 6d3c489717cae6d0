/**
 * The network edge of a mailslot host: UDP sockets on {@link java.nio.channels.DatagramChannel}, one reader
 * thread per endpoint, unicast, subnet broadcast and optional multicast sends, and resolution of NetBIOS
 * computer names to socket addresses (static table, the name service through
 * {@link org.mailslot.net.NameServiceLookup}, names learned from received datagrams, DNS).
 *
 * <p>May depend on the JDK, slf4j-api, {@code org.mailslot.concurrent} and {@code org.mailslot.wire} (it hands
 * decoded datagrams up and takes datagrams to encode); it knows nothing about slots, queues or JMS.
 */
package org.mailslot.net;
