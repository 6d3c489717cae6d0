package org.mailslot.itests.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes UDP datagrams into a classic pcap file (Ethernet link type) with real IPv4 and UDP headers and
 * correct checksums, so dissectors read them as if captured. Nothing is sent. Addresses must be loopback
 * (127.0.0.0/8): tests never describe traffic to real hosts.
 */
public final class PcapFile {

    /** One UDP datagram to write. */
    public record UdpPacket(Inet4Address source, int sourcePort, Inet4Address destination, int destinationPort,
                            byte[] payload) {
        /** Checks that both addresses are loopback and the payload fits one datagram. */
        public UdpPacket {
            if (!source.isLoopbackAddress() || !destination.isLoopbackAddress()) {
                throw new IllegalArgumentException("only 127.0.0.0/8 addresses are allowed, got " + source + " -> "
                        + destination);
            }
            if (payload.length > 65_507) {
                throw new IllegalArgumentException("UDP payload of " + payload.length + " bytes is too large");
            }
        }
    }

    private static final int MAGIC = 0xA1B2C3D4;
    private static final int LINKTYPE_ETHERNET = 1;
    private static final int ETHERNET_HEADER = 14;
    private static final int IPV4_HEADER = 20;
    private static final int UDP_HEADER = 8;
    private static final int PROTOCOL_UDP = 17;

    private PcapFile() {
    }

    /** Writes {@code packets} to {@code file}, one record per packet, one second apart. */
    public static void write(Path file, List<UdpPacket> packets) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            ByteBuffer header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            header.putInt(MAGIC).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65_535)
                    .putInt(LINKTYPE_ETHERNET);
            out.write(header.array());
            int second = 1_700_000_000;
            for (int i = 0; i < packets.size(); i++) {
                byte[] frame = frame(packets.get(i), i + 1);
                ByteBuffer record = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
                record.putInt(second + i).putInt(0).putInt(frame.length).putInt(frame.length);
                out.write(record.array());
                out.write(frame);
            }
        }
    }

    private static byte[] frame(UdpPacket packet, int identification) {
        int udpLength = UDP_HEADER + packet.payload().length;
        ByteBuffer frame = ByteBuffer.allocate(ETHERNET_HEADER + IPV4_HEADER + udpLength);
        // Locally administered MACs; the dissectors ignore them.
        frame.put(new byte[] {0x02, 0, 0, 0, 0, 2}).put(new byte[] {0x02, 0, 0, 0, 0, 1}).putShort((short) 0x0800);
        int ip = frame.position();
        frame.put((byte) 0x45).put((byte) 0).putShort((short) (IPV4_HEADER + udpLength))
                .putShort((short) identification).putShort((short) 0x4000).put((byte) 64).put((byte) PROTOCOL_UDP)
                .putShort((short) 0).put(packet.source().getAddress()).put(packet.destination().getAddress());
        frame.putShort(ip + 10, (short) internetChecksum(frame.array(), ip, IPV4_HEADER, 0));
        int udp = frame.position();
        frame.putShort((short) packet.sourcePort()).putShort((short) packet.destinationPort())
                .putShort((short) udpLength).putShort((short) 0).put(packet.payload());
        long pseudoHeader = sum16(packet.source().getAddress()) + sum16(packet.destination().getAddress())
                + PROTOCOL_UDP + udpLength;
        int checksum = internetChecksum(frame.array(), udp, udpLength, pseudoHeader);
        // 0 means "no checksum" in UDP over IPv4, so a computed 0 is sent as all ones (RFC 768).
        frame.putShort(udp + 6, (short) (checksum == 0 ? 0xFFFF : checksum));
        return frame.array();
    }

    private static long sum16(byte[] address) {
        return ((address[0] & 0xFF) << 8 | (address[1] & 0xFF)) + ((address[2] & 0xFF) << 8 | (address[3] & 0xFF));
    }

    /** RFC 1071 one's-complement checksum of {@code bytes[offset, offset + length)} plus {@code initial}. */
    private static int internetChecksum(byte[] bytes, int offset, int length, long initial) {
        long sum = initial;
        for (int i = 0; i < length; i += 2) {
            int high = bytes[offset + i] & 0xFF;
            int low = i + 1 < length ? bytes[offset + i + 1] & 0xFF : 0;
            sum += (high << 8) | low;
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) (~sum & 0xFFFF);
    }
}
