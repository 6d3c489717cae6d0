package org.mailslot.names;

import java.util.HexFormat;

/**
 * Name-service packets captured with tshark on a veth pair between this machine (10.98.7.1) and Samba 4.17.12's
 * nmbd as SAMBAPEER in a network namespace (10.98.7.2), from nmbd's start, {@code nmblookup -B}, {@code -U},
 * {@code -A} and a registration of SAMBAPEER&lt;00&gt; from 10.98.7.1 that nmbd defended. Kept as the UDP payload
 * in hex, exactly as captured.
 */
final class NameServiceVectors {

    /** nmbd's broadcast registration of SAMBAPEER&lt;00&gt; (B-node, TTL 0, pointer to the question name). */
    static final byte[] NMBD_REGISTERS_SAMBAPEER = hex("04d229100001000000000001"
            + "2046444542454e45434542464145464546464343414341434143414341434141410000200001"
            + "c00c0020000100000000000600000a620702");
    /** nmbd's broadcast registration of the group name WORKGROUP&lt;00&gt;. */
    static final byte[] NMBD_REGISTERS_WORKGROUP = hex("04d329100001000000000001"
            + "20464845504643454c4548464345504646464143414341434143414341434141410000200001"
            + "c00c0020000100000000000680000a620702");
    /** nmblookup's broadcast query for SAMBAPEER&lt;00&gt;. */
    static final byte[] NMBLOOKUP_BROADCAST_QUERY = hex("0e6401100001000000000000"
            + "2046444542454e45434542464145464546464343414341434143414341434141410000200001");
    /** nmbd's positive answer to it, TTL 259200 s. */
    static final byte[] NMBD_QUERY_RESPONSE = hex("0e6485800000000100000000"
            + "2046444542454e45434542464145464546464343414341434143414341434141410000200001"
            + "0003f480000600000a620702");
    /** nmblookup -A: the node status request for *&lt;00&gt;. */
    static final byte[] NMBLOOKUP_STATUS_REQUEST = hex("367700000001000000000000"
            + "20434b4141414141414141414141414141414141414141414141414141414141410000210001");
    /** nmbd's node status response: five names, zero statistics. */
    static final byte[] NMBD_STATUS_RESPONSE = hex("367784000000000100000000"
            + "20434b414141414141414141414141414141414141414141414141414141414141000021000100000000"
            + "0089" + "05"
            + "53414d42415045455220202020202000" + "0400"
            + "53414d42415045455220202020202003" + "0400"
            + "53414d42415045455220202020202020" + "0400"
            + "574f524b47524f555020202020202000" + "8400"
            + "574f524b47524f55502020202020201e" + "8400"
            + "00".repeat(46));
    /** nmbd defending SAMBAPEER&lt;00&gt; against a registration from 10.98.7.1: RCODE 6 (ACT_ERR). */
    static final byte[] NMBD_NEGATIVE_REGISTRATION = hex("4242ad860000000100000000"
            + "2046444542454e45434542464145464546464343414341434143414341434141410000200001"
            + "00000000000600000a620701");

    private NameServiceVectors() {
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
