package org.mailslot.names;

import static org.mailslot.names.NameServicePacket.FLAG_AA;
import static org.mailslot.names.NameServicePacket.FLAG_B;
import static org.mailslot.names.NameServicePacket.FLAG_RA;
import static org.mailslot.names.NameServicePacket.FLAG_RD;
import static org.mailslot.names.NameServicePacket.OPCODE_QUERY;
import static org.mailslot.names.NameServicePacket.OPCODE_REGISTRATION;
import static org.mailslot.names.NameServicePacket.OPCODE_RELEASE;
import static org.mailslot.names.NameServicePacket.OPCODE_WACK;
import static org.mailslot.names.NameServicePacket.RCODE_ACT_ERR;
import static org.mailslot.names.NameServicePacket.RCODE_NAM_ERR;
import static org.mailslot.names.NameServicePacket.TYPE_NB;
import static org.mailslot.names.NameServicePacket.TYPE_NBSTAT;
import static org.mailslot.names.NameServicePacket.TYPE_NULL;

import java.net.Inet4Address;
import java.util.List;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;

/**
 * The packets of the name-service procedures (RFC 1002 §4.2.2-§4.2.18, §5.1.1-§5.1.4), with the header bits Windows
 * and Samba put in them: the B-node's broadcasts, a P, M or H node's unicasts to its WINS server, and the WINS
 * server's answers (which tests play). Pure: builds records only.
 */
public final class NamePackets {

    private NamePackets() {
    }

    /** A name registration request; broadcast ones carry the B flag (RFC 1002 §4.2.2). */
    public static NameServicePacket registration(int id, NetbiosName name, boolean group, NodeType nodeType,
            Inet4Address address, long ttl, boolean broadcast) {
        return request(id, OPCODE_REGISTRATION, FLAG_RD | (broadcast ? FLAG_B : 0), name,
                nbRecord(name, group, nodeType, address, ttl));
    }

    /** A name release request (RFC 1002 §4.2.9): TTL 0, broadcast on a B-node. */
    public static NameServicePacket release(int id, NetbiosName name, boolean group, NodeType nodeType,
            Inet4Address address, boolean broadcast) {
        return request(id, OPCODE_RELEASE, broadcast ? FLAG_B : 0, name, nbRecord(name, group, nodeType, address, 0));
    }

    /**
     * A name refresh request to a WINS server (RFC 1002 §4.2.4): a registration's layout under the refresh opcode,
     * without RD, as nmbd sends it.
     *
     * @param opcode {@link NameServicePacket#OPCODE_REFRESH} (8, what nmbd and Windows send) or the alternative 9
     */
    public static NameServicePacket refresh(int id, NetbiosName name, boolean group, NodeType nodeType,
            Inet4Address address, long ttl, int opcode) {
        if (opcode != NameServicePacket.OPCODE_REFRESH && opcode != NameServicePacket.OPCODE_REFRESH_ALTERNATIVE) {
            throw new IllegalArgumentException("refresh opcode must be 8 or 9, got " + opcode);
        }
        return request(id, opcode, 0, name, nbRecord(name, group, nodeType, address, ttl));
    }

    /** A name query request (RFC 1002 §4.2.12). */
    public static NameServicePacket query(int id, NetbiosName name, boolean broadcast) {
        return new NameServicePacket(id, false, OPCODE_QUERY, FLAG_RD | (broadcast ? FLAG_B : 0), 0,
                List.of(new NameQuestion(name, TYPE_NB)), List.of(), List.of(), List.of());
    }

    /** A node status request (RFC 1002 §4.2.17), usually for the wildcard name. */
    public static NameServicePacket statusRequest(int id, NetbiosName name) {
        return new NameServicePacket(id, false, OPCODE_QUERY, 0, 0, List.of(new NameQuestion(name, TYPE_NBSTAT)),
                List.of(), List.of(), List.of());
    }

    /** The positive answer to {@code query} (RFC 1002 §4.2.13), from an owner of the name. */
    public static NameServicePacket positiveQueryResponse(NameServicePacket query, List<NameAddress> owners,
            long ttl) {
        NameQuestion question = query.question();
        return new NameServicePacket(query.transactionId(), true, OPCODE_QUERY, FLAG_AA | FLAG_RD | FLAG_RA, 0,
                List.of(), List.of(new ResourceRecord(question.name(), TYPE_NB, ttl,
                        NameServiceCodec.nameAddressData(owners))), List.of(), List.of());
    }

    /** The node status answer to {@code request} (RFC 1002 §4.2.18). */
    public static NameServicePacket statusResponse(NameServicePacket request, NodeStatus status) {
        return new NameServicePacket(request.transactionId(), true, OPCODE_QUERY, FLAG_AA, 0, List.of(),
                List.of(new ResourceRecord(request.question().name(), TYPE_NBSTAT, 0,
                        NameServiceCodec.nodeStatusData(status))), List.of(), List.of());
    }

    /**
     * The owner's defence against {@code registration} (RFC 1002 §4.2.6, §5.1.1.5): RCODE ACT_ERR, the rejected
     * request's record echoed with TTL 0, sent to the requester.
     */
    public static NameServicePacket negativeRegistrationResponse(NameServicePacket registration) {
        ResourceRecord asked = registration.additionals().get(0);
        return new NameServicePacket(registration.transactionId(), true, OPCODE_REGISTRATION,
                FLAG_AA | FLAG_RD | FLAG_RA, RCODE_ACT_ERR, List.of(),
                List.of(new ResourceRecord(asked.name(), TYPE_NB, 0, asked.data())), List.of(), List.of());
    }

    /**
     * A WINS server's positive answer to a registration or refresh (RFC 1002 §4.2.5): the requester's record echoed
     * with the TTL granted, under the registration opcode whatever the request's was, as nmbd answers.
     */
    public static NameServicePacket positiveRegistrationResponse(NameServicePacket request, long ttl) {
        ResourceRecord asked = request.additionals().get(0);
        return new NameServicePacket(request.transactionId(), true, OPCODE_REGISTRATION, FLAG_AA | FLAG_RD | FLAG_RA, 0,
                List.of(), List.of(new ResourceRecord(asked.name(), TYPE_NB, ttl, asked.data())), List.of(),
                List.of());
    }

    /**
     * A WINS server's refusal of a registration (RFC 1002 §4.2.6) with the given RCODE ({@link
     * NameServicePacket#RCODE_ACT_ERR} when the owner defended the name, RFS_ERR when policy forbids it).
     */
    public static NameServicePacket negativeRegistrationResponse(NameServicePacket request, int rcode) {
        ResourceRecord asked = request.additionals().get(0);
        return new NameServicePacket(request.transactionId(), true, OPCODE_REGISTRATION, FLAG_AA | FLAG_RD | FLAG_RA,
                rcode, List.of(), List.of(new ResourceRecord(asked.name(), TYPE_NB, 0, asked.data())), List.of(),
                List.of());
    }

    /**
     * A WINS server's "wait for acknowledgement" (RFC 1002 §4.2.16): a NULL record whose TTL says how many seconds
     * to wait for the final answer, whose data echoes the request's opcode and NM_FLAGS, as nmbd sends it while it
     * challenges the name's old owner.
     */
    public static NameServicePacket waitForAcknowledgement(NameServicePacket request, long ttl) {
        int echoed = (request.opcode() << 11 | request.flags() << 4) & 0x7FF0;
        return new NameServicePacket(request.transactionId(), true, OPCODE_WACK, FLAG_AA, 0, List.of(),
                List.of(new ResourceRecord(request.question().name(), TYPE_NULL, ttl,
                        new byte[] {(byte) (echoed >> 8), (byte) echoed})), List.of(), List.of());
    }

    /** A WINS server's positive answer to a release (RFC 1002 §4.2.10): the record echoed with TTL 0. */
    public static NameServicePacket positiveReleaseResponse(NameServicePacket release) {
        ResourceRecord released = release.additionals().get(0);
        return new NameServicePacket(release.transactionId(), true, OPCODE_RELEASE, FLAG_AA, 0, List.of(),
                List.of(new ResourceRecord(released.name(), TYPE_NB, 0, released.data())), List.of(), List.of());
    }

    /**
     * A WINS server's "no such name" (RFC 1002 §4.2.14): RCODE NAM_ERR and an empty NULL record, as nmbd answers.
     */
    public static NameServicePacket negativeQueryResponse(NameServicePacket query) {
        return new NameServicePacket(query.transactionId(), true, OPCODE_QUERY, FLAG_AA | FLAG_RD | FLAG_RA,
                RCODE_NAM_ERR, List.of(), List.of(new ResourceRecord(query.question().name(), TYPE_NULL, 0,
                        new byte[0])), List.of(), List.of());
    }

    private static NameServicePacket request(int id, int opcode, int flags, NetbiosName name, ResourceRecord record) {
        return new NameServicePacket(id, false, opcode, flags, 0, List.of(new NameQuestion(name, TYPE_NB)), List.of(),
                List.of(), List.of(record));
    }

    private static ResourceRecord nbRecord(NetbiosName name, boolean group, NodeType nodeType, Inet4Address address,
            long ttl) {
        return new ResourceRecord(name, TYPE_NB, ttl,
                NameServiceCodec.nameAddressData(List.of(new NameAddress(group, nodeType, address))));
    }
}
