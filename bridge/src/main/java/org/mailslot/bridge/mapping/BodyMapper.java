package org.mailslot.bridge.mapping;

import org.mailslot.wire.MailslotDatagram;

/**
 * Decides what a datagram's data becomes in the broker. {@link RawBodyMapper} keeps the bytes as they are; the
 * envelope-aware mapper (once the provider's payload codec exists) recognises the JMS envelope and returns the
 * message it encodes, falling back to raw bytes for everything else.
 */
@FunctionalInterface
public interface BodyMapper {

    MappedBody map(MailslotDatagram datagram);
}
