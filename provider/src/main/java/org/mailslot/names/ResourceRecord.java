package org.mailslot.names;

import java.util.Arrays;
import java.util.Objects;
import org.mailslot.wire.NetbiosName;

/**
 * One resource record (RFC 1002 §4.2.1.3); the class is always IN. The data is kept as bytes: {@link
 * NameServiceCodec#nameAddresses} and {@link NameServiceCodec#nodeStatus} read the NB and NBSTAT layouts.
 *
 * @param name the name the record is about
 * @param type {@link NameServicePacket#TYPE_NB}, {@link NameServicePacket#TYPE_NBSTAT}, or another RR type
 * @param ttl  time to live in seconds, 0..2^32-1 (0 means "infinite" in B-node registrations)
 * @param data RDATA, copied
 */
public record ResourceRecord(NetbiosName name, int type, long ttl, byte[] data) {

    /** Validates and copies. */
    public ResourceRecord {
        Objects.requireNonNull(name, "name");
        NameServicePacket.requireUnsigned16(type, "record type");
        if (ttl < 0 || ttl > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("TTL " + ttl + " is outside 0..2^32-1");
        }
        data = Objects.requireNonNull(data, "data").clone();
        if (data.length > 0xFFFF) {
            throw new IllegalArgumentException("record data of " + data.length + " bytes exceeds 65535");
        }
    }

    /** @return a copy of the data */
    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourceRecord that && name.equals(that.name) && type == that.type && ttl == that.ttl
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, type, ttl, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "ResourceRecord[" + name + " type 0x" + Integer.toHexString(type) + " ttl " + ttl + ", " + data.length
                + " data bytes]";
    }
}
