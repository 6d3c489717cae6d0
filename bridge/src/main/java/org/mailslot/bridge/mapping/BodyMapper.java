package org.mailslot.bridge.mapping;

import org.mailslot.wire.MailslotDatagram;

/**
 * Decides what a datagram's data becomes in the broker. {@link EnvelopeBodyMapper} turns the provider's JMS
 * envelope into the message it encodes and keeps every other datagram's bytes as they are.
 */
@FunctionalInterface
public interface BodyMapper {

    MappedBody map(MailslotDatagram datagram);
}
