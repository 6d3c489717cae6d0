package org.mailslot.bench.bridge;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
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
 * Prints {@code sent N in S s from T} when done, T being the wall-clock millisecond of the first send.
 *
 * <p>Usage: {@code DatagramBlaster PORT RATE SECONDS SIZE FIRST_SEQUENCE [SENDERS]}.
 */
public final class DatagramBlaster {

    private static final long TICK_NANOS = 1_000_000;
    private static final int SOURCE_IP = 0x7F000007;

    private DatagramBlaster() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        double rate = Double.parseDouble(args[1]);
        double seconds = Double.parseDouble(args[2]);
        int size = Integer.parseInt(args[3]);
        long first = Long.parseLong(args[4]);
        int senders = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        MailslotCodec codec = MailslotCodec.windows();
        InetSocketAddress bridge = new InetSocketAddress("127.0.0.1", port);
        long total = (long) (rate * seconds);
        long sent = 0;
        long start = System.nanoTime();
        long startMillis = System.currentTimeMillis();
        DatagramChannel[] channels = new DatagramChannel[senders];
        try {
            for (int i = 0; i < senders; i++) {
                channels[i] = DatagramChannel.open();
                channels[i].bind(new InetSocketAddress("127.0.0." + (7 + i), 0));
            }
            byte[] data = new byte[size];
            while (sent < total) {
                // Pacing: send what the schedule allows up to now, then park until the next tick.
                long due = Math.min(total, (long) ((System.nanoTime() - start) / 1e9 * rate) + 1);
                for (; sent < due; sent++) {
                    long seq = first + sent;
                    for (int i = 0; i < 8; i++) {
                        data[i] = (byte) (seq >>> (56 - 8 * i));
                    }
                    int sender = (int) (sent % senders);
                    MailslotDatagram d = new MailslotDatagram(DatagramType.DIRECT_UNIQUE, NodeType.B,
                            (int) (seq & 0xFFFF), SOURCE_IP + sender, port, NetbiosName.of("BLASTER", 0),
                            NetbiosName.of("BENCH", 0), "\\MAILSLOT\\bench", 0, data);
                    channels[sender].send(ByteBuffer.wrap(codec.encode(d)), bridge);
                }
                LockSupport.parkNanos(TICK_NANOS);
            }
        } finally {
            for (DatagramChannel channel : channels) {
                if (channel != null) {
                    channel.close();
                }
            }
        }
        System.out.printf("sent %d in %.3f s from %d%n", sent, (System.nanoTime() - start) / 1e9, startMillis);
    }
}
