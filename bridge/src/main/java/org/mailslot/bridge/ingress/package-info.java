/**
 * Ingress: from one datagram the mailslot host's endpoint decoded to a message handed to the broker side. Applies
 * the slot allow-list, the duplicate window, the per-source rate limit and the slot
 * budget (all keyed on the UDP source address, never on what the sender wrote in the header), maps, and counts
 * every drop.
 * Depends on {@code org.mailslot.wire}, {@code .mapping}, {@code .config} and {@code .metrics}; the broker side
 * plugs in through {@link org.mailslot.bridge.ingress.IngressSink}. Never touches sockets nor decodes bytes: the
 * UDP side ({@code org.mailslot.bridge.udp}) calls {@link org.mailslot.bridge.ingress.IngressPipeline#onDecoded},
 * {@code onMalformed} or {@code onRefused} for each datagram the endpoint reads.
 */
package org.mailslot.bridge.ingress;
