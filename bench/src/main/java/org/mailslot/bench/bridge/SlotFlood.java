package org.mailslot.bench.bridge;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.mailslot.bridge.config.SettingsParser;
import org.mailslot.bridge.metrics.BridgeCounters;
import org.mailslot.bridge.metrics.DropReason;
import org.mailslot.bridge.metrics.SummaryLine;
import org.mailslot.bridge.udp.UdpBridge;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;

/**
 * One sender writing to N distinct slot names at full speed into a whole bridge (embedded broker, default limits)
 * on loopback: the used heap after a full GC before and after, how long the bridge took to read them, and where
 * the datagrams went. Usage: {@code java -cp bench/target/benchmarks.jar org.mailslot.bench.bridge.SlotFlood
 * [slots] [extra settings as key=value ...]} (default 100000 slots).
 */
public final class SlotFlood {

    private SlotFlood() {
    }

    public static void main(String[] args) throws Exception {
        int slots = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path data = Files.createTempDirectory("slot-flood");
        int port;
        try (DatagramChannel probe = DatagramChannel.open(StandardProtocolFamily.INET)) {
            probe.bind(new InetSocketAddress("127.0.0.1", 0));
            port = ((InetSocketAddress) probe.getLocalAddress()).getPort();
        }
        Map<String, String> values = new HashMap<>();
        values.put("listen", "127.0.0.1:" + port);
        values.put("computer-name", "BRIDGE");
        values.put("tcp-port", Integer.toString(freeTcpPort()));
        values.put("data-dir", data.toString());
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            values.put(kv[0], kv[1]);
        }
        try (UdpBridge bridge = UdpBridge.start(new SettingsParser().parse(values));
             DatagramChannel sender = DatagramChannel.open(StandardProtocolFamily.INET)) {
            sender.bind(new InetSocketAddress("127.0.0.9", 0));
            long idle = heapAfterGc();
            MailslotCodec codec = MailslotCodec.windows();
            byte[] payload = new byte[64];
            InetSocketAddress target = new InetSocketAddress("127.0.0.1", port);
            long start = System.nanoTime();
            for (int i = 0; i < slots; i++) {
                MailslotDatagram d = new MailslotDatagram(DatagramType.DIRECT_UNIQUE, NodeType.B, i & 0xFFFF,
                        0x7F000009, 138, NetbiosName.of("FLOODER", 0), NetbiosName.of("BRIDGE", 0),
                        "\\MAILSLOT\\FLOOD" + i, 0, payload);
                sender.send(ByteBuffer.wrap(codec.encode(d)), target);
            }
            BridgeCounters counters = bridge.bridge().counters();
            while (counters.snapshot().received() < slots || counters.snapshot().buffered() > 0) {
                Thread.onSpinWait();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long flooded = heapAfterGc();
            BridgeCounters.Snapshot s = counters.snapshot();
            System.out.printf("%d distinct slots in %.1f s: heap after GC %d MiB idle, %d MiB after (+%d MiB);"
                            + " forwarded %d, slot_limit %d, kernel_buffer %d%n%s%n", slots, seconds, idle >> 20,
                    flooded >> 20, (flooded - idle) >> 20, s.forwarded(), s.dropped(DropReason.SLOT_LIMIT),
                    s.dropped(DropReason.KERNEL_BUFFER), SummaryLine.format(s));
        }
    }

    private static long heapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static int freeTcpPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
