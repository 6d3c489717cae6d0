/**
 * Ingress: from the bytes of one received UDP datagram to a message handed to the broker side. Decodes with
 * the wire codec, applies the slot allow-list, the duplicate window, the per-source rate limit and the slot
 * budget (all keyed on the UDP source address, never on what the sender wrote in the header), maps, and counts
 * every drop.
 * Depends on {@code org.mailslot.wire}, {@code .mapping}, {@code .config} and {@code .metrics}; the broker side
 * plugs in through {@link org.mailslot.bridge.ingress.IngressSink}. Never touches sockets: the UDP endpoint
 * calls {@link org.mailslot.bridge.ingress.IngressPipeline#onDatagram} for each datagram it receives.
 */
package org.mailslot.bridge.ingress;
