package org.mailslot.wire;

import static org.mailslot.wire.WireFormatException.Reason.BAD_PACKET_OFFSET;
import static org.mailslot.wire.WireFormatException.Reason.FRAGMENTED;
import static org.mailslot.wire.WireFormatException.Reason.TRUNCATED_HEADER;
import static org.mailslot.wire.WireFormatException.Reason.UNSUPPORTED_MESSAGE_TYPE;

import java.nio.ByteBuffer;

/**
 * The NetBIOS datagram header (RFC 1002 §4.4.1/§4.4.2, big-endian) and the two names that follow it: the
 * part of a datagram before its user data.
 */
record DatagramHeader(DatagramType type, NodeType nodeType, int datagramId, int sourceIp, int sourcePort,
                      NetbiosName source, NetbiosName destination) {

    /** MSG_TYPE through PACKET_OFFSET. */
    static final int FIXED_LENGTH = 14;

    private static final int FLAG_MORE = 0x01;
    private static final int FLAG_FIRST = 0x02;

    /** @return the bytes the header and both names take */
    static int encodedLength(MailslotDatagram d) {
        return FIXED_LENGTH + NetbiosNameCodec.encodedLength(d.source())
                + NetbiosNameCodec.encodedLength(d.destination());
    }

    /**
     * Writes the header and names at absolute {@code index}; returns the index of the user data.
     *
     * @param total the whole datagram's length: DGM_LENGTH is written as Samba does, total minus 14
     */
    static int encode(MailslotDatagram d, int total, ByteBuffer out, int index) {
        out.put(index, (byte) d.type().code());
        out.put(index + 1, (byte) (FLAG_FIRST | d.nodeType().flagBits()));
        putShort(out, index + 2, d.datagramId());
        putShort(out, index + 4, d.sourceIp() >>> 16);
        putShort(out, index + 6, d.sourceIp());
        putShort(out, index + 8, d.sourcePort());
        putShort(out, index + 10, total - FIXED_LENGTH);
        putShort(out, index + 12, 0);
        int next = NetbiosNameCodec.encode(d.source(), out, index + FIXED_LENGTH);
        return NetbiosNameCodec.encode(d.destination(), out, next);
    }

    private static void putShort(ByteBuffer out, int index, int value) {
        out.put(index, (byte) (value >>> 8));
        out.put(index + 1, (byte) value);
    }

    /**
     * Decodes the header and names at the reader's start; DGM_LENGTH is ignored (the real length is trusted).
     *
     * @param recentNames names decoded before, reused when the same bytes come again
     */
    static DatagramHeader decode(WireReader in, RecentlyDecoded<NetbiosName> recentNames) throws WireFormatException {
        int at = in.start();
        in.require(at, FIXED_LENGTH, TRUNCATED_HEADER, "NetBIOS datagram header");
        int code = in.u8(at);
        DatagramType type = DatagramType.ofCode(code);
        if (type == null) {
            throw new WireFormatException(UNSUPPORTED_MESSAGE_TYPE, "MSG_TYPE 0x" + Hex.byteText(code)
                    + unsupportedTypeName(code) + " does not carry a mailslot write; only 0x10-0x12 do");
        }
        int flags = in.u8(at + 1);
        if ((flags & FLAG_FIRST) == 0 || (flags & FLAG_MORE) != 0) {
            throw new WireFormatException(FRAGMENTED, "FLAGS 0x" + Hex.byteText(flags)
                    + " mark a fragment (FIRST must be set, MORE clear); mailslot writes are never fragmented");
        }
        int packetOffset = in.u16BigEndian(at + 12);
        if (packetOffset != 0) {
            throw new WireFormatException(BAD_PACKET_OFFSET, "PACKET_OFFSET is " + packetOffset
                    + "; an unfragmented datagram has 0");
        }
        NetbiosName source = NetbiosNameCodec.decode(in, at + FIXED_LENGTH, "source name", recentNames);
        NetbiosName destination = NetbiosNameCodec.decode(in,
                at + FIXED_LENGTH + NetbiosNameCodec.encodedLength(source), "destination name", recentNames);
        return new DatagramHeader(type, NodeType.ofFlags(flags), in.u16BigEndian(at + 2), in.u32BigEndian(at + 4),
                in.u16BigEndian(at + 8), source, destination);
    }

    /** @return the absolute index where the user data (the SMB) starts */
    int userDataIndex(WireReader in) {
        return in.start() + FIXED_LENGTH + NetbiosNameCodec.encodedLength(source)
                + NetbiosNameCodec.encodedLength(destination);
    }

    MailslotDatagram toDatagram(String mailslotName, int priority, byte[] data) {
        return new MailslotDatagram(type, nodeType, datagramId, sourceIp, sourcePort, source, destination,
                mailslotName, priority, data);
    }

    private static String unsupportedTypeName(int code) {
        return switch (code) {
            case 0x13 -> " (DATAGRAM ERROR)";
            case 0x14 -> " (DATAGRAM QUERY REQUEST)";
            case 0x15 -> " (DATAGRAM POSITIVE QUERY RESPONSE)";
            case 0x16 -> " (DATAGRAM NEGATIVE QUERY RESPONSE)";
            default -> " (not a NetBIOS datagram type)";
        };
    }
}
