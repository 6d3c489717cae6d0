package org.mailslot.bridge.mapping;

import org.mailslot.wire.MailslotDatagram;

/** Every datagram's data stays raw bytes: what a Windows program wrote is what a JMS client reads. */
public final class RawBodyMapper implements BodyMapper {

    @Override
    public MappedBody map(MailslotDatagram datagram) {
        return new MappedBody.RawBytes(datagram.data());
    }
}
