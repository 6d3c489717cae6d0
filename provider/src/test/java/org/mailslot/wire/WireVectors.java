package org.mailslot.wire;

/**
 * Byte-exact datagrams written out by hand from the specs (see docs/wire-format.md for where each comes from).
 * Shared by the vector tests, the malformed-input tests and the property tests' seeds.
 */
final class WireVectors {

    static final String HOSTA = "EIEPFDFEEBCACACACACACACACACACAAA";
    static final String HOSTB = "EIEPFDFEECCACACACACACACACACACAAA";
    static final String WORKGROUP = "FHEPFCELEHFCEPFFFACACACACACACAAA";

    /** MAILSLOT-PROTOCOL §2.9: HOSTA (192.168.56.10) writes "hello" to \\WORKGROUP\mailslot\TEST. */
    static final byte[] WORKED_EXAMPLE = ByteVector.ofHex("""
            11 02 12 34 c0 a8 38 0a 00 8a 00 9d 00 00 20 45
            49 45 50 46 44 46 45 45 42 43 41 43 41 43 41 43
            41 43 41 43 41 43 41 43 41 43 41 43 41 41 41 00
            20 46 48 45 50 46 43 45 4c 45 48 46 43 45 50 46
            46 46 41 43 41 43 41 43 41 43 41 43 41 43 41 41
            41 00 ff 53 4d 42 25 00 00 00 00 18 04 00 00 00
            00 00 00 00 00 00 00 00 00 00 00 00 ff fe 00 00
            00 00 11 00 00 05 00 02 00 00 00 00 00 02 00 00
            00 00 00 00 00 00 00 54 00 05 00 54 00 03 00 01
            00 00 00 02 00 14 00 5c 4d 41 49 4c 53 4c 4f 54
            5c 54 45 53 54 00 68 65 6c 6c 6f
            """);

    /** Offset of the SMB inside a datagram whose two names have no scope. */
    static final int SMB_OFFSET = 82;

    /** The worked example as a record. */
    static MailslotDatagram workedExample() {
        return new MailslotDatagram(DatagramType.DIRECT_GROUP, NodeType.B, 0x1234, 0xC0A8380A, 138,
                NetbiosName.of("HOSTA", 0), NetbiosName.of("WORKGROUP", 0), "\\MAILSLOT\\TEST", 0,
                "hello".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** The Windows-client SMB header through MID; only the command-specific words differ per vector. */
    static ByteVector windowsSmbHeader(ByteVector v) {
        return v.hex("ff 53 4d 42 25 00000000 18 0400 0000 0000000000000000 0000 0000 fffe 0000 0000");
    }

    /** The Samba SMB header: everything zero but signature and command. */
    static ByteVector sambaSmbHeader(ByteVector v) {
        return v.hex("ff 53 4d 42 25 00000000 00 0000 0000 0000000000000000 0000 0000 0000 0000 0000");
    }

    private WireVectors() {
    }
}
