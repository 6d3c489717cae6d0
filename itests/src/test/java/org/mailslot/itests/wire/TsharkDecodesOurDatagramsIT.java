package org.mailslot.itests.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.itests.support.PcapFile;
import org.mailslot.itests.support.PcapFile.UdpPacket;
import org.mailslot.itests.support.Tshark;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;
import org.mailslot.wire.SmbProfile;
import org.mailslot.wire.WireLimits;

/**
 * Wireshark's nbdgm, smb and mailslot dissectors read the datagrams our encoder writes, and every field they
 * report is the one we meant. The datagrams go into a pcap file (nothing is sent); the expected values are
 * written out per variant, not derived from the encoder.
 */
@Timeout(120)
class TsharkDecodesOurDatagramsIT {

    private static final List<String> FIELDS = List.of(
            "nbdgm.type", "nbdgm.flags", "nbdgm.dgram_id", "nbdgm.src.ip", "nbdgm.src.port", "nbdgm.dgram_len",
            "nbdgm.pkt_offset", "nbdgm.source_name", "nbdgm.destination_name",
            "smb.cmd", "smb.flags", "smb.flags2", "smb.pid", "smb.tdc", "smb.mpc", "smb.transaction.flags",
            "smb.timeout", "smb.po", "smb.dc", "smb.data_offset", "smb.sc", "smb.bcc", "smb.trans_name",
            "mailslot.opcode", "mailslot.priority", "mailslot.class", "mailslot.size", "mailslot.name",
            "data.data", "ip.checksum.status", "udp.checksum.status", "_ws.expert", "_ws.malformed");

    /** Wireshark's PROTO_CHECKSUM_E_GOOD. */
    private static final String CHECKSUM_GOOD = "1";

    private static final MailslotCodec WINDOWS = MailslotCodec.windows();
    private static final MailslotCodec SAMBA = new MailslotCodec(SmbProfile.SAMBA, WireLimits.WINDOWS);
    private static final int HOST_A_IP = 0xC0A8380A;

    private static Tshark tshark;

    @TempDir
    Path directory;

    @BeforeAll
    static void findTshark() {
        tshark = Tshark.locate();
    }

    /** One datagram and the field values tshark must report for it. */
    private record Variant(String label, MailslotCodec codec, MailslotDatagram datagram, Map<String, String> expected) {
    }

    @Test
    void everyVariantDecodesCleanWithEveryFieldAsMeant() throws Exception {
        List<Variant> variants = List.of(group(), unique(), oddNameWithPadding(), sambaProfile(), scopeId(),
                largestWindowsWrite(), wildcardBroadcast(), oemSlotName());
        List<UdpPacket> packets = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            Variant variant = variants.get(i);
            packets.add(new UdpPacket(loopback(2), 138, loopback(3 + i), 138, variant.codec().encode(variant.datagram())));
        }
        Path capture = directory.resolve("ours.pcap");
        PcapFile.write(capture, packets);

        List<List<String>> rows = tshark.fields(capture, FIELDS);

        assertThat(rows).hasSize(variants.size());
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < variants.size(); i++) {
            Variant variant = variants.get(i);
            Map<String, String> reported = new LinkedHashMap<>();
            for (int f = 0; f < FIELDS.size(); f++) {
                reported.put(FIELDS.get(f), rows.get(i).get(f));
            }
            Map<String, String> expected = new LinkedHashMap<>(commonExpectations(variant));
            expected.putAll(variant.expected());
            for (Map.Entry<String, String> field : expected.entrySet()) {
                softly.assertThat(normalise(reported.get(field.getKey())))
                        .as("%s: %s", variant.label(), field.getKey())
                        .isEqualTo(normalise(field.getValue()));
            }
        }
        softly.assertAll();
    }

    /** What every variant shares: its own header fields, data, clean checksums and no expert findings. */
    private static Map<String, String> commonExpectations(Variant variant) {
        MailslotDatagram d = variant.datagram();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("nbdgm.type", Integer.toString(d.type().code()));
        expected.put("nbdgm.dgram_id", Integer.toString(d.datagramId()));
        expected.put("nbdgm.src.ip", d.sourceAddress().getHostAddress());
        expected.put("nbdgm.src.port", Integer.toString(d.sourcePort()));
        expected.put("nbdgm.pkt_offset", "0");
        expected.put("smb.cmd", "0x25");
        expected.put("smb.tdc", Integer.toString(d.data().length));
        expected.put("smb.dc", Integer.toString(d.data().length));
        expected.put("smb.timeout", "0");
        expected.put("smb.sc", "3");
        expected.put("smb.trans_name", d.mailslotName());
        expected.put("mailslot.opcode", "1");
        expected.put("mailslot.priority", Integer.toString(d.priority()));
        expected.put("mailslot.class", "2");
        expected.put("mailslot.name", d.mailslotName());
        expected.put("data.data", HexFormat.of().formatHex(d.data()));
        expected.put("ip.checksum.status", CHECKSUM_GOOD);
        expected.put("udp.checksum.status", CHECKSUM_GOOD);
        expected.put("_ws.expert", "");
        expected.put("_ws.malformed", "");
        boolean windows = variant.codec() == WINDOWS;
        expected.put("smb.flags", windows ? "0x18" : "0");
        expected.put("smb.flags2", windows ? "0x0004" : "0");
        expected.put("smb.pid", windows ? "65279" : "0");
        expected.put("smb.mpc", windows ? "2" : "0");
        expected.put("smb.transaction.flags", windows ? "0x0002" : "0");
        return expected;
    }

    private static Variant group() {
        MailslotDatagram d = datagram(DatagramType.DIRECT_GROUP, NodeType.B, 0x1234, NetbiosName.of("HOSTA", 0),
                NetbiosName.of("WORKGROUP", 0), "\\MAILSLOT\\TEST", 0, ascii("hello"));
        return new Variant("group", WINDOWS, d, layout("0x02", 157, 84, 84, 20,
                "HOSTA<00>", "WORKGROUP<00>"));
    }

    private static Variant unique() {
        MailslotDatagram d = datagram(DatagramType.DIRECT_UNIQUE, NodeType.B, 0x0001, NetbiosName.of("HOSTA", 0),
                NetbiosName.of("HOSTB", 0), "\\MAILSLOT\\TEST", 0, ascii("unique hello"));
        return new Variant("unique", WINDOWS, d, layout("0x02", 164, 84, 84, 27, "HOSTA<00>", "HOSTB<00>"));
    }

    private static Variant oddNameWithPadding() {
        MailslotDatagram d = datagram(DatagramType.DIRECT_UNIQUE, NodeType.P, 0xBEEF, NetbiosName.of("HOSTA", 0),
                NetbiosName.of("HOSTB", 0x03), "\\MAILSLOT\\TESTX", 5, ascii("hi"));
        return new Variant("odd name, 3 pad bytes", WINDOWS, d, layout("0x06", 158, 88, 88, 21,
                "HOSTA<00>", "HOSTB<03>"));
    }

    private static Variant sambaProfile() {
        MailslotDatagram d = datagram(DatagramType.DIRECT_GROUP, NodeType.M, 0x0001, NetbiosName.of("SAMBAPEER", 0),
                NetbiosName.of("WORKGROUP", 0x1D), "\\MAILSLOT\\SAMBA", 1, ascii("hello"));
        // Not \MAILSLOT\BROWSE: tshark would hand that data to its browser dissector instead of showing it.
        return new Variant("samba profile", SAMBA, d, layout("0x0a", 158, 85, 0, 21,
                "SAMBAPEER<00>", "WORKGROUP<1d>"));
    }

    private static Variant scopeId() {
        MailslotDatagram d = datagram(DatagramType.DIRECT_GROUP, NodeType.B, 0x1234,
                NetbiosName.of("HOSTA", 0, "corp.example"), NetbiosName.of("WORKGROUP", 0, "corp.example"),
                "\\MAILSLOT\\TEST", 0, ascii("hello"));
        return new Variant("scope id", WINDOWS, d, layout("0x02", 183, 84, 84, 20,
                "HOSTA<00>.corp.example", "WORKGROUP<00>.corp.example"));
    }

    private static Variant largestWindowsWrite() {
        byte[] data = new byte[424];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        MailslotDatagram d = datagram(DatagramType.DIRECT_UNIQUE, NodeType.B, 0x0424, NetbiosName.of("HOSTA", 0),
                NetbiosName.of("HOSTB", 0), "\\MAILSLOT\\a\\b\\c", 0, data);
        return new Variant("512-byte SMB", WINDOWS, d, layout("0x02", 580, 88, 88, 443, "HOSTA<00>", "HOSTB<00>"));
    }

    private static Variant wildcardBroadcast() {
        MailslotDatagram d = datagram(DatagramType.BROADCAST, NodeType.H, 0x7FFF, NetbiosName.of("HOSTA", 0),
                NetbiosName.WILDCARD, "\\MAILSLOT\\TEST", 9, ascii("to all"));
        return new Variant("* destination", WINDOWS, d, layout("0x0e", 158, 84, 84, 21, "HOSTA<00>",
                "*" + "<00>".repeat(15)));  // tshark shows the fourteen NUL pad bytes and the suffix one by one
    }

    private static Variant oemSlotName() {
        MailslotDatagram d = datagram(DatagramType.DIRECT_GROUP, NodeType.B, 0x1234, NetbiosName.of("HOSTA", 0),
                NetbiosName.of("WORKGROUP", 0), "\\MAILSLOT\\CAF\u00e9", 0, ascii("hello"));
        Map<String, String> expected = layout("0x02", 157, 84, 84, 20, "HOSTA<00>", "WORKGROUP<00>");
        // Wireshark reads transaction names as ASCII and knows no OEM code page: the byte 0x82 of code page 850 is
        // shown as it came (not UTF-8, so U+FFFD here) and replaced by U+FFFD in the mailslot name. Either way the
        // datagram is well-formed: no expert finding, nothing malformed (checked for every variant).
        expected.put("smb.trans_name", "\\MAILSLOT\\CAF\uFFFD");
        expected.put("mailslot.name", "\\MAILSLOT\\CAF\uFFFD");
        return new Variant("OEM slot name CAF 0x82", WINDOWS, d, expected);
    }

    /** The values that depend on layout, worked out by hand for each variant. */
    private static Map<String, String> layout(String flags, int dgramLength, int dataOffset, int parameterOffset,
                                              int byteCount, String sourceName, String destinationName) {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("nbdgm.flags", flags);
        expected.put("nbdgm.dgram_len", Integer.toString(dgramLength));
        expected.put("smb.data_offset", Integer.toString(dataOffset));
        expected.put("smb.po", Integer.toString(parameterOffset));
        expected.put("smb.bcc", Integer.toString(byteCount));
        expected.put("mailslot.size", Integer.toString(byteCount));
        expected.put("nbdgm.source_name", sourceName);
        expected.put("nbdgm.destination_name", destinationName);
        return expected;
    }

    private static MailslotDatagram datagram(DatagramType type, NodeType node, int id, NetbiosName source,
                                             NetbiosName destination, String slot, int priority, byte[] data) {
        return new MailslotDatagram(type, node, id, HOST_A_IP, 138, source, destination, slot, priority, data);
    }

    /** Numbers compare by value whatever base tshark prints them in; everything else as text. */
    private static String normalise(String value) {
        if (value != null && value.matches("0x[0-9a-fA-F]+|[0-9]+")) {
            return Long.toString(Long.decode(value));
        }
        return value;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static Inet4Address loopback(int host) throws Exception {
        return (Inet4Address) InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) host});
    }

    @Test
    void pcapWriterRefusesNonLoopbackAddresses() throws Exception {
        Inet4Address outside = (Inet4Address) InetAddress.getByAddress(new byte[] {10, 0, 0, 1});
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new UdpPacket(loopback(2), 138, outside, 138, new byte[1]))
                .hasMessageContaining("127.0.0.0/8");
    }
}
