package org.mailslot.wire;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Encodes and decodes mailslot writes as NetBIOS datagrams (the UDP payload, port 138). Pure and thread-safe:
 * no I/O, no logging. Encoding into a caller's buffer allocates nothing.
 *
 * <p>Thread-safety: the only state is a lock-free cache of recently decoded names (immutable values), so one
 * instance can serve every thread.
 *
 * <p>Decoding follows the receiver rules of MAILSLOT-PROTOCOL §2.8: it accepts every sender profile (Windows'
 * aligned data, Samba's unaligned data, ...) by following DataOffset and DataCount, trusts the real length
 * rather than DGM_LENGTH, and throws nothing but {@link WireFormatException}.
 *
 * <p>Transaction names travel in an OEM code page ({@link OemCodePage}; 850 unless given), as Windows writes them:
 * one byte per character, ASCII as itself.
 */
public final class MailslotCodec {

    /** Largest UDP payload over IPv4. */
    public static final int MAX_UDP_PAYLOAD = 65_507;

    private static final MailslotCodec WINDOWS = new MailslotCodec(SmbProfile.WINDOWS_CLIENT, WireLimits.WINDOWS);

    private final SmbProfile profile;
    private final WireLimits limits;
    private final OemCodePage codePage;
    private final RecentlyDecoded<NetbiosName> recentNetbiosNames = new RecentlyDecoded<>();
    private final RecentlyDecoded<String> recentMailslotNames = new RecentlyDecoded<>();

    /**
     * A codec whose transaction names travel in {@link OemCodePage#DEFAULT} (850).
     *
     * @param profile how to fill the SMB fields receivers ignore
     * @param limits  the payload limits encode enforces
     */
    public MailslotCodec(SmbProfile profile, WireLimits limits) {
        this(profile, limits, OemCodePage.DEFAULT);
    }

    /**
     * @param profile  how to fill the SMB fields receivers ignore
     * @param limits   the payload limits encode enforces
     * @param codePage the code page of transaction names, both ways: what bytes 0x80..0xFF mean when decoding, and
     *                 the bytes of non-ASCII characters when encoding
     */
    public MailslotCodec(SmbProfile profile, WireLimits limits, OemCodePage codePage) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.codePage = Objects.requireNonNull(codePage, "codePage");
    }

    /** @return the codec that writes what a Windows client writes and enforces Windows' limits, in code page 850 */
    public static MailslotCodec windows() {
        return WINDOWS;
    }

    /** @return the number of bytes {@link #encode} writes for {@code d} (limits are not checked) */
    public int encodedLength(MailslotDatagram d) {
        return DatagramHeader.encodedLength(d) + SmbMailslotWrite.encodedLength(profile, d.mailslotName(),
                d.data().length);
    }

    /**
     * Writes {@code d} at {@code out.position()} and advances the position; the buffer's byte order is not
     * used or changed. Allocates nothing.
     *
     * @return the number of bytes written
     * @throws MessageTooLargeException if the data is over the limit for the target
     * @throws BufferOverflowException  if {@code out} has less room than {@link #encodedLength}; nothing is
     *                                  written then
     * @throws IllegalArgumentException if the code page has no byte for a character of the transaction name;
     *                                  nothing is written then
     */
    public int encode(MailslotDatagram d, ByteBuffer out) {
        int total = checkedLength(d);
        int start = out.position();
        if (out.limit() - start < total) {
            throw new BufferOverflowException();
        }
        int smb = DatagramHeader.encode(d, total, out, start);
        int end = SmbMailslotWrite.encode(profile, codePage, d, out, smb);
        out.position(end);
        return total;
    }

    /**
     * @return {@code d} encoded into a new array of exactly {@link #encodedLength} bytes
     * @throws MessageTooLargeException if the data is over the limit for the target
     * @throws IllegalArgumentException if the code page has no byte for a character of the transaction name
     */
    public byte[] encode(MailslotDatagram d) {
        byte[] datagram = new byte[checkedLength(d)];
        encode(d, ByteBuffer.wrap(datagram));
        return datagram;
    }

    /**
     * The bytes a datagram needs besides its message: NetBIOS header, both names in {@code scope}, and the SMB of
     * {@code profile} up to the data. What {@link WireLimits#maxPayload(boolean, String, int)} takes as framing.
     */
    public static int framingLength(SmbProfile profile, String scope, String mailslotName) {
        NetbiosName any = NetbiosName.of("X", 0, scope);
        return DatagramHeader.FIXED_LENGTH + 2 * NetbiosNameCodec.encodedLength(any)
                + SmbMailslotWrite.dataOffset(profile, mailslotName);
    }

    private int checkedLength(MailslotDatagram d) {
        String unencodable = codePage.problemWith(d.mailslotName());
        if (unencodable != null) {
            throw new IllegalArgumentException("mailslot name '" + d.mailslotName() + "' cannot be written: "
                    + unencodable);
        }
        int total = encodedLength(d);
        limits.check(d.data().length, d.type().isGroup(), d.mailslotName(), total - d.data().length);
        if (total > MAX_UDP_PAYLOAD) {
            int overhead = total - d.data().length;
            throw new MessageTooLargeException(d.data().length, MAX_UDP_PAYLOAD - overhead,
                    "a UDP datagram carries at most " + MAX_UDP_PAYLOAD + " bytes and this target's headers take "
                            + overhead);
        }
        return total;
    }

    /**
     * Decodes the datagram from {@code in.position()} to {@code in.limit()} (one whole UDP payload). On
     * success the position is moved to the limit; on failure it is left unchanged.
     *
     * @throws WireFormatException if the bytes are not a well-formed mailslot write; its reason says which
     *                             field was wrong
     */
    public MailslotDatagram decode(ByteBuffer in) throws WireFormatException {
        MailslotDatagram datagram = decode(new WireReader(in));
        in.position(in.limit());
        return datagram;
    }

    /**
     * Decodes the datagram in {@code in[off, off + len)}.
     *
     * @throws WireFormatException      if the bytes are not a well-formed mailslot write
     * @throws IllegalArgumentException if the range is not inside the array
     */
    public MailslotDatagram decode(byte[] in, int off, int len) throws WireFormatException {
        Objects.requireNonNull(in, "in");
        if (off < 0 || len < 0 || off > in.length - len) {
            throw new IllegalArgumentException("range [" + off + ", " + off + " + " + len
                    + ") is not inside an array of " + in.length + " bytes");
        }
        return decode(new WireReader(in, off, off + len));
    }

    private MailslotDatagram decode(WireReader reader) throws WireFormatException {
        DatagramHeader header = DatagramHeader.decode(reader, recentNetbiosNames);
        return SmbMailslotWrite.decode(reader, header.userDataIndex(reader), header, codePage, recentMailslotNames);
    }

    /**
     * The SOURCE_NAME field as {@code name} appears on the wire (length byte, encoded characters, scope labels),
     * for {@link #sourceNameIs}.
     */
    public static byte[] encodedSourceName(NetbiosName name) {
        byte[] encoded = new byte[NetbiosNameCodec.encodedLength(name)];
        NetbiosNameCodec.encode(name, ByteBuffer.wrap(encoded), 0);
        return encoded;
    }

    /**
     * Whether the UDP payload between position and limit carries exactly {@code encodedName} (from
     * {@link #encodedSourceName}) as its SOURCE_NAME, looked at without decoding anything else. Lets a receiver
     * recognise its own datagrams cheaply; false for anything too short. Neither the position nor the limit moves.
     */
    public static boolean sourceNameIs(ByteBuffer payload, byte[] encodedName) {
        int start = payload.position() + DatagramHeader.FIXED_LENGTH;
        if (payload.limit() - start < encodedName.length) {
            return false;
        }
        for (int i = 0; i < encodedName.length; i++) {
            if (payload.get(start + i) != encodedName[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "MailslotCodec[" + profile + ", " + limits + ", " + codePage + "]";
    }
}
