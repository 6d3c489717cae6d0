package org.mailslot.names;

import static org.mailslot.names.NameServiceFormatException.Reason.BAD_COUNT;
import static org.mailslot.names.NameServiceFormatException.Reason.BAD_RDATA;
import static org.mailslot.names.NameServiceFormatException.Reason.TRAILING_BYTES;
import static org.mailslot.names.NameServiceFormatException.Reason.TRUNCATED;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;

/**
 * Encodes and decodes NetBIOS name-service packets (RFC 1002 §4.2): bytes in, records out, no I/O. Every length,
 * count and pointer is checked against the packet before it is used; hostile input ends in a {@link
 * NameServiceFormatException} naming the broken rule, never in an index error or a large allocation.
 *
 * <p>On encode, a record whose name is the first question's name points back at it (0xC00C), as Windows and
 * Samba write registrations and releases.
 */
public final class NameServiceCodec {

    /** Length of the fixed header. */
    public static final int HEADER_LENGTH = 12;
    private static final int QUESTION_POINTER = 0xC000 | HEADER_LENGTH;
    // The smallest question is a 2-byte pointer plus type and class; the smallest record adds TTL and RDLENGTH.
    private static final int MIN_QUESTION_LENGTH = 6;
    private static final int MIN_RECORD_LENGTH = 12;

    private NameServiceCodec() {
    }

    /**
     * Decodes one packet: the whole buffer from position to limit. The buffer's position is not moved.
     *
     * @throws NameServiceFormatException when the bytes are not a well-formed packet
     */
    public static NameServicePacket decode(ByteBuffer packet) throws NameServiceFormatException {
        ByteBuffer in = packet.slice();
        if (in.remaining() < HEADER_LENGTH) {
            throw new NameServiceFormatException(TRUNCATED, "packet of " + in.remaining()
                    + " bytes is shorter than the 12-byte header");
        }
        int id = in.getShort(0) & 0xFFFF;
        int word = in.getShort(2) & 0xFFFF;
        int[] counts = {in.getShort(4) & 0xFFFF, in.getShort(6) & 0xFFFF, in.getShort(8) & 0xFFFF,
                in.getShort(10) & 0xFFFF};
        long least = (long) counts[0] * MIN_QUESTION_LENGTH
                + (long) (counts[1] + counts[2] + counts[3]) * MIN_RECORD_LENGTH;
        if (least > in.remaining() - HEADER_LENGTH) {
            throw new NameServiceFormatException(BAD_COUNT, "counts " + counts[0] + "/" + counts[1] + "/" + counts[2]
                    + "/" + counts[3] + " need at least " + least + " bytes after the header, the packet has "
                    + (in.remaining() - HEADER_LENGTH));
        }
        int[] at = {HEADER_LENGTH};
        List<NameQuestion> questions = new ArrayList<>(counts[0]);
        for (int i = 0; i < counts[0]; i++) {
            NetbiosName name = NameLabels.decode(in, at);
            need(in, at[0], 4, "question " + i);
            questions.add(new NameQuestion(name, in.getShort(at[0]) & 0xFFFF));
            at[0] += 4;
        }
        List<List<ResourceRecord>> sections = new ArrayList<>(3);
        for (int s = 1; s <= 3; s++) {
            List<ResourceRecord> records = new ArrayList<>(counts[s]);
            for (int i = 0; i < counts[s]; i++) {
                records.add(decodeRecord(in, at, "record " + i + " of section " + s));
            }
            sections.add(records);
        }
        if (at[0] != in.remaining()) {
            throw new NameServiceFormatException(TRAILING_BYTES, (in.remaining() - at[0])
                    + " bytes follow the last record at offset " + at[0]);
        }
        return new NameServicePacket(id, (word & 0x8000) != 0, (word >> 11) & 0xF, (word >> 4) & 0x7F, word & 0xF,
                questions, sections.get(0), sections.get(1), sections.get(2));
    }

    private static ResourceRecord decodeRecord(ByteBuffer in, int[] at, String what)
            throws NameServiceFormatException {
        NetbiosName name = NameLabels.decode(in, at);
        need(in, at[0], 10, what);
        int type = in.getShort(at[0]) & 0xFFFF;
        long ttl = in.getInt(at[0] + 4) & 0xFFFF_FFFFL;
        int length = in.getShort(at[0] + 8) & 0xFFFF;
        at[0] += 10;
        need(in, at[0], length, what + " data");
        byte[] data = new byte[length];
        in.get(at[0], data);
        at[0] += length;
        return new ResourceRecord(name, type, ttl, data);
    }

    private static void need(ByteBuffer in, int offset, int length, String what) throws NameServiceFormatException {
        if (in.remaining() - offset < length) {
            throw new NameServiceFormatException(TRUNCATED, what + " needs " + length + " bytes at offset " + offset
                    + ", the packet has " + Math.max(0, in.remaining() - offset));
        }
    }

    /** @return the encoded packet, exactly as long as it must be */
    public static byte[] encode(NameServicePacket packet) {
        NetbiosName compressible = packet.questions().isEmpty() ? null : packet.questions().get(0).name();
        List<byte[]> names = new ArrayList<>();
        int length = HEADER_LENGTH;
        for (NameQuestion question : packet.questions()) {
            byte[] name = MailslotCodec.encodedSourceName(question.name());
            names.add(name);
            length += name.length + 4;
        }
        List<ResourceRecord> records = new ArrayList<>(packet.answers());
        records.addAll(packet.authorities());
        records.addAll(packet.additionals());
        for (ResourceRecord record : records) {
            byte[] name = record.name().equals(compressible) ? null : MailslotCodec.encodedSourceName(record.name());
            names.add(name);
            length += (name == null ? 2 : name.length) + 10 + record.data().length;
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        out.putShort((short) packet.transactionId());
        out.putShort((short) ((packet.response() ? 0x8000 : 0) | packet.opcode() << 11 | packet.flags() << 4
                | packet.rcode()));
        out.putShort((short) packet.questions().size()).putShort((short) packet.answers().size())
                .putShort((short) packet.authorities().size()).putShort((short) packet.additionals().size());
        int n = 0;
        for (NameQuestion question : packet.questions()) {
            out.put(names.get(n++)).putShort((short) question.type()).putShort((short) NameServicePacket.CLASS_IN);
        }
        for (ResourceRecord record : records) {
            byte[] name = names.get(n++);
            if (name == null) {
                out.putShort((short) QUESTION_POINTER);
            } else {
                out.put(name);
            }
            byte[] data = record.data();
            out.putShort((short) record.type()).putShort((short) NameServicePacket.CLASS_IN)
                    .putInt((int) record.ttl()).putShort((short) data.length).put(data);
        }
        return out.array();
    }

    /** @return NB record data listing {@code owners} */
    public static byte[] nameAddressData(List<NameAddress> owners) {
        ByteBuffer out = ByteBuffer.allocate(owners.size() * NameAddress.LENGTH);
        for (NameAddress owner : owners) {
            out.putShort((short) ((owner.group() ? 0x8000 : 0) | ontBits(owner.nodeType())));
            out.put(owner.address().getAddress());
        }
        return out.array();
    }

    /**
     * Reads an NB record's data: the owners of the name.
     *
     * @throws NameServiceFormatException when the data is not a whole number of 6-byte entries
     */
    public static List<NameAddress> nameAddresses(ResourceRecord record) throws NameServiceFormatException {
        byte[] data = record.data();
        if (data.length % NameAddress.LENGTH != 0) {
            throw new NameServiceFormatException(BAD_RDATA, "NB data of " + data.length
                    + " bytes is not a multiple of 6");
        }
        List<NameAddress> owners = new ArrayList<>(data.length / NameAddress.LENGTH);
        ByteBuffer in = ByteBuffer.wrap(data);
        while (in.hasRemaining()) {
            int flags = in.getShort() & 0xFFFF;
            byte[] address = new byte[4];
            in.get(address);
            owners.add(new NameAddress((flags & 0x8000) != 0, nodeType(flags), ipv4(address)));
        }
        return owners;
    }

    /** @return NBSTAT record data for {@code status}, statistics zero but for the unit id */
    public static byte[] nodeStatusData(NodeStatus status) {
        ByteBuffer out = ByteBuffer.allocate(1 + status.names().size() * StatusName.LENGTH
                + NodeStatus.STATISTICS_LENGTH);
        out.put((byte) status.names().size());
        for (StatusName entry : status.names()) {
            out.put(NameLabels.rawName(entry.name()));
            out.putShort((short) ((entry.group() ? 0x8000 : 0) | ontBits(entry.nodeType())
                    | (entry.conflict() ? 0x0800 : 0) | (entry.active() ? 0x0400 : 0)));
        }
        out.put(status.unitId());
        return out.array();
    }

    /**
     * Reads an NBSTAT record's data.
     *
     * @throws NameServiceFormatException when the name table or the statistics are cut short, or a name is invalid
     */
    public static NodeStatus nodeStatus(ResourceRecord record) throws NameServiceFormatException {
        byte[] data = record.data();
        if (data.length < 1) {
            throw new NameServiceFormatException(BAD_RDATA, "NBSTAT data is empty");
        }
        int count = data[0] & 0xFF;
        int needed = 1 + count * StatusName.LENGTH + 6;
        if (data.length < needed) {
            throw new NameServiceFormatException(BAD_RDATA, "NBSTAT data of " + data.length + " bytes cannot hold "
                    + count + " names and a unit id (" + needed + " bytes)");
        }
        ByteBuffer in = ByteBuffer.wrap(data, 1, data.length - 1);
        List<StatusName> names = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] raw = new byte[16];
            in.get(raw);
            int flags = in.getShort() & 0xFFFF;
            names.add(new StatusName(NameLabels.fromRaw(raw, ""), (flags & 0x8000) != 0,
                    nodeType(flags), (flags & 0x0400) != 0, (flags & 0x0800) != 0));
        }
        byte[] unitId = new byte[6];
        in.get(unitId);
        return new NodeStatus(names, unitId);
    }

    private static Inet4Address ipv4(byte[] address) {
        try {
            return (Inet4Address) InetAddress.getByAddress(address);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    // The owner node type (ONT) in bits 14-13 of NB_FLAGS and NAME_FLAGS: B, P, M, H as 0 to 3 (RFC 1002 4.2.1.3),
    // the order of the node-type bits NodeType carries for the datagram FLAGS byte.
    private static int ontBits(NodeType type) {
        return (type.flagBits() >> 2) << 13;
    }

    private static NodeType nodeType(int flags) {
        return switch ((flags >> 13) & 0x3) {
            case 0 -> NodeType.B;
            case 1 -> NodeType.P;
            case 2 -> NodeType.M;
            default -> NodeType.H;
        };
    }
}
