package org.mailslot.bench.bridge;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;

/**
 * The separate sending process: unique writes from BLASTER (127.0.0.7) to {@code \\BENCH\mailslot\bench} on
 * 127.0.0.1:PORT at a paced rate, each with its sequence number in the data (so no two are duplicates even when
 * the 16-bit DGM_ID wraps). With SENDERS above 1 the datagrams take turns between that many sockets, on 127.0.0.7,
 * 127.0.0.8, ... (each with its own address in the NetBIOS header), as several computers writing to one slot.
 * One process serves a whole benchmark: it reads one step per line on standard input, {@code RATE SECONDS SIZE
 * FIRST_SEQUENCE}, and answers each with {@code sent N in S s from T cpu C}, T being the wall-clock millisecond of the
 * step's first send, and C the nanoseconds of CPU the sender used for it. Starting a JVM per step would put its start-up and JIT compilation on the cores the bridge is
 * measured on, in the very seconds it is measured.
 *
 * <p>The sender shares the machine's cores with the bridge it measures, so it does as little as it can per
 * datagram: each sender's datagram is encoded once, and each send only patches the DGM_ID and the sequence number
 * into that buffer (checked once against the codec at start, so the patch cannot drift from the real encoding).
 *
 * <p>Usage: {@code DatagramBlaster PORT [SENDERS]}, steps on standard input until it closes.
 */
public final class DatagramBlaster {

    private static final long TICK_NANOS = 1_000_000;
    private static final int SOURCE_IP = 0x7F000007;
    private static final int DGM_ID_OFFSET = 2;

    private DatagramBlaster() {
    }

    /** One sender's datagram, encoded once: DGM_ID 0 and zero data, to be {@link #patch patched} per send. */
    private static ByteBuffer template(MailslotCodec codec, int sourceIp, int port, int size) throws Exception {
        ByteBuffer template = ByteBuffer.allocateDirect(codec.encodedLength(datagram(sourceIp, port, 0, size)));
        codec.encode(datagram(sourceIp, port, 0, size), template);
        // Self-check: a patched template decodes to exactly what the codec itself would have encoded.
        long probe = 0x0102030405060708L;
        patch(template, size, probe);
        MailslotDatagram decoded = codec.decode(template.duplicate());
        MailslotDatagram expected = datagram(sourceIp, port, probe, size);
        if (decoded.datagramId() != expected.datagramId() || !Arrays.equals(decoded.data(), expected.data())) {
            throw new IllegalStateException("patched datagram does not match the codec's encoding: " + decoded);
        }
        return template;
    }

    private static MailslotDatagram datagram(int sourceIp, int port, long seq, int size) {
        byte[] data = new byte[size];
        ByteBuffer.wrap(data).putLong(seq);
        return new MailslotDatagram(DatagramType.DIRECT_UNIQUE, NodeType.B, (int) (seq & 0xFFFF), sourceIp, port,
                NetbiosName.of("BLASTER", 0), NetbiosName.of("BENCH", 0), "\\MAILSLOT\\bench", 0, data);
    }

    /** DGM_ID (bytes 2-3 of the NetBIOS header, RFC 1002 4.4.1) and the first 8 data bytes (data ends the datagram). */
    private static void patch(ByteBuffer datagram, int size, long seq) {
        datagram.clear();
        datagram.putShort(DGM_ID_OFFSET, (short) seq);
        datagram.putLong(datagram.capacity() - size, seq);
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int senders = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        InetSocketAddress bridge = new InetSocketAddress("127.0.0.1", port);
        DatagramChannel[] channels = new DatagramChannel[senders];
        try {
            for (int i = 0; i < senders; i++) {
                channels[i] = DatagramChannel.open();
                channels[i].bind(new InetSocketAddress("127.0.0." + (7 + i), 0));
            }
            BufferedReader steps = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
            for (String line = steps.readLine(); line != null; line = steps.readLine()) {
                String[] step = line.trim().split(" ");
                System.out.println(step(channels, bridge, port, Double.parseDouble(step[0]),
                        Double.parseDouble(step[1]), Integer.parseInt(step[2]), Long.parseLong(step[3])));
                System.out.flush();
            }
        } finally {
            for (DatagramChannel channel : channels) {
                if (channel != null) {
                    channel.close();
                }
            }
        }
    }

    private static String step(DatagramChannel[] channels, InetSocketAddress bridge, int port, double rate,
                               double seconds, int size, long first) throws Exception {
        MailslotCodec codec = MailslotCodec.windows();
        int senders = channels.length;
        ByteBuffer[] templates = new ByteBuffer[senders];
        for (int i = 0; i < senders; i++) {
            templates[i] = template(codec, SOURCE_IP + i, port, size);
        }
        long total = (long) (rate * seconds);
        long sent = 0;
        long start = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        long cpuStart = ProcessCpu.nanos();
        while (sent < total) {
            // Pacing: send what the schedule allows up to now, then park until the next tick.
            long due = Math.min(total, (long) ((System.nanoTime() - start) / 1e9 * rate) + 1);
            for (; sent < due; sent++) {
                int sender = (int) (sent % senders);
                ByteBuffer datagram = templates[sender];
                patch(datagram, size, first + sent);
                channels[sender].send(datagram, bridge);
            }
            LockSupport.parkNanos(TICK_NANOS);
        }
        return String.format("sent %d in %.3f s from %d cpu %d", sent, (System.nanoTime() - start) / 1e9,
                startMillis, ProcessCpu.nanos() - cpuStart);
    }
}
