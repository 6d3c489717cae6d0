package org.mailslot.bridge.mapping;

import org.mailslot.jms.payload.EnvelopeCodec;
import org.mailslot.jms.payload.EnvelopeFormatException;
import org.mailslot.wire.MailslotDatagram;

/**
 * Recognises the provider's JMS envelope (magic {@code E5 4D}) and returns the message it encodes; every other
 * datagram stays raw bytes, so what a Windows program wrote is what a JMS client reads.
 */
public final class EnvelopeBodyMapper implements BodyMapper {

    @Override
    public MappedBody map(MailslotDatagram datagram) {
        byte[] data = datagram.data();
        if (!EnvelopeCodec.hasMagic(data, 0, data.length)) {
            return new MappedBody.RawBytes(data);
        }
        try {
            return new MappedBody.JmsEnvelope(EnvelopeCodec.decode(data));
        } catch (EnvelopeFormatException e) {
            return new MappedBody.UnreadableEnvelope(data, e.getMessage());
        }
    }
}
