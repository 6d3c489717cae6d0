/**
 * The NetBIOS name service (RFC 1001/1002, UDP 137): a pure codec for its packets ({@link
 * org.mailslot.names.NameServiceCodec}: bytes in, records out; {@link org.mailslot.names.NamePackets} builds them),
 * the procedures a mailslot host needs (register, defend, refresh and release its names, answer name queries and
 * node status requests, query other names) in {@link org.mailslot.names.NameService}, as a B, P, M or H node: by
 * broadcast and/or with a WINS server ({@link org.mailslot.names.WinsSettings}); the {@link
 * org.mailslot.net.NameServiceLookup} that plugs its queries into name resolution; and a pure LMHOSTS parser
 * ({@link org.mailslot.names.LmhostsFile}).
 *
 * <p>May depend on the JDK, slf4j-api, {@code org.mailslot.wire} (names) and {@code org.mailslot.net} (the UDP
 * endpoint); it knows nothing about slots or JMS. The codec classes do no I/O and no logging.
 */
package org.mailslot.names;
