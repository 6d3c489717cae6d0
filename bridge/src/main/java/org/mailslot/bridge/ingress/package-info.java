/**
 * Ingress: from the bytes of one received UDP datagram to a message handed to the broker link. Decodes with
 * the wire codec, applies the slot allow-list and the per-source rate limit, maps, and counts every drop.
 * Depends on {@code org.mailslot.wire}, {@code .mapping}, {@code .metrics} and the broker link's
 * {@code IngressSink}; never on sockets, so the UDP endpoint plugs in by calling
 * {@link org.mailslot.bridge.ingress.IngressPipeline#onDatagram}.
 */
package org.mailslot.bridge.ingress;
