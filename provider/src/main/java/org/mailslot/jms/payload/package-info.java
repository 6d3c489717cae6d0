/**
 * The two payload forms a mailslot datagram can carry (DESIGN §5): the compact binary {@code jms} envelope that keeps
 * headers, properties and all body types ({@link org.mailslot.jms.payload.EnvelopeCodec}), and {@code raw} body bytes
 * as Windows programs write them ({@link org.mailslot.jms.payload.RawPayload}); {@link
 * org.mailslot.jms.payload.PayloadDecoder} tells them apart. Pure: bytes in, messages out, no I/O, no logging. May
 * depend on {@code org.mailslot.jms.message}, {@code org.mailslot.jms} and {@code org.mailslot.jms.exceptions}.
 */
package org.mailslot.jms.payload;
