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

    // WINS: captured with tshark on a veth pair between this machine (10.97.5.1, a second address 10.97.5.3) and
    // Samba 4.17.12's nmbd with "wins support = yes" in a network namespace (10.97.5.2); nmbd on this side was its
    // client (WINSCLI, workgroup WINSGRP).

    /** nmbd's unicast registration of the group WINSGRP&lt;00&gt; with its WINS server: RD, H node (ONT 11), TTL 259200. */
    static final byte[] NMBD_WINS_REGISTERS_WINSGRP = hex("162f29000001000000000001"
            + "204648454a454f46444548464346414341434143414341434143414341434141410000200001"
            + "c00c002000010003f4800006e0000a610501");
    /** The WINS server's positive answer: the record echoed with the TTL granted, 259200 s. */
    static final byte[] WINS_GRANTS_WINSGRP = hex("162fad800000000100000000"
            + "204648454a454f464445484643464143414341434143414341434143414341414100002000010003f4800006e0000a610501");
    /**
     * A P node's registration of WINSCLI&lt;00&gt; from 10.97.5.3 while 10.97.5.1 owns it: RD, TTL 259200. The
     * server answered with {@link #WINS_WACK} and, once the owner had confirmed the name, {@link #WINS_REFUSES}.
     */
    static final byte[] P_NODE_REGISTERS_WINSCLI = hex("444429000001000000000001"
            + "204648454a454f46444544454d454a4341434143414341434143414341434141410000200001"
            + "c00c002000010003f480000620000a610503");
    /** The server's WACK: a NULL record, TTL 60 s, data 0x2900 (the request's opcode and RD). */
    static final byte[] WINS_WACK = hex("4444bc000000000100000000"
            + "204648454a454f46444544454d454a43414341434143414341434143414341414100000a00010000003c00022900");
    /** The server's refusal after the owner answered its challenge: RCODE 6 (ACT_ERR), TTL 0. */
    static final byte[] WINS_REFUSES = hex("4444ad860000000100000000"
            + "204648454a454f46444544454d454a434143414341434143414341434143414141000020000100000000000620000a610503");
    /** nmbd's refresh of WINSCLI&lt;00&gt;: opcode 8, no flags, TTL 259200. */
    static final byte[] NMBD_WINS_REFRESH = hex("16dc40000001000000000001"
            + "204648454a454f46444544454d454a4341434143414341434143414341434141410000200001"
            + "c00c002000010003f480000660000a610501");
    /** The server's answer to it, under the registration opcode, granting its "max wins ttl" of 60 s. */
    static final byte[] WINS_REFRESHED = hex("16dcad800000000100000000"
            + "204648454a454f46444544454d454a43414341434143414341434143414341414100002000010000003c000660000a610501");
    /** nmbd's unicast release of WINSCLI&lt;00&gt;: no flags; nmbd leaves the TTL at 259200. */
    static final byte[] NMBD_WINS_RELEASE = hex("163730000001000000000001"
            + "204648454a454f46444544454d454a4341434143414341434143414341434141410000200001"
            + "c00c002000010003f480000660000a610501");
    /** The server's positive release answer: AA, TTL 0, the record echoed. */
    static final byte[] WINS_RELEASED = hex("1637b4000000000100000000"
            + "204648454a454f46444544454d454a434143414341434143414341434143414141000020000100000000000660000a610501");
    /** A unicast query (RD, no B) for FRESHNAM&lt;00&gt; to the WINS server. */
    static final byte[] WINS_QUERY = hex("515101000001000000000000"
            + "2045474643454646444549454f4542454e434143414341434143414341434141410000200001");
    /** The server's positive answer: the TTL left, 259154 s. */
    static final byte[] WINS_QUERY_FOUND = hex("515185800000000100000000"
            + "2045474643454646444549454f4542454e4341434143414341434143414341414100002000010003f452000620000a610501");
    /** The server's negative answer for NOSUCH&lt;00&gt;: RCODE 3 (NAM_ERR), an empty NULL record. */
    static final byte[] WINS_QUERY_NOT_FOUND = hex("525285830000000100000000"
            + "20454f45504644464645444549434143414341434143414341434143414341414100000a0001000000000000");

    private NameServiceVectors() {
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
