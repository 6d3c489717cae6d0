package org.mailslot.bridge.mapping;

import java.util.Objects;

/**
 * What a datagram's data becomes in the broker. Today only raw bytes; a datagram carrying the provider's JMS
 * envelope will map to a further case holding the JMS message it encodes (see {@link BodyMapper}).
 */
public sealed interface MappedBody {

    /** The datagram's data, byte for byte, as a JMS {@code BytesMessage} body. */
    record RawBytes(byte[] bytes) implements MappedBody {
        public RawBytes {
            Objects.requireNonNull(bytes, "bytes");
        }
    }
}
