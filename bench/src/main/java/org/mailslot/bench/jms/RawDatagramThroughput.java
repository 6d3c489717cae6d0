package org.mailslot.bench.jms;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The floor of the UDP figures: one thread sends plain datagrams of the same size to another on loopback under the
 * same credit window as {@link JmsThroughput}, with no codec and no JMS. What the provider reaches over UDP is
 * reported as a fraction of this.
 */
public final class RawDatagramThroughput {

    private RawDatagramThroughput() {
    }

    /** Datagrams per second for {@code count} datagrams of {@code size} bytes. */
    public static double run(int size, int count, int window) throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        try (DatagramChannel receiver = DatagramChannel.open(StandardProtocolFamily.INET);
             DatagramChannel sender = DatagramChannel.open(StandardProtocolFamily.INET)) {
            receiver.setOption(StandardSocketOptions.SO_RCVBUF, 4 << 20);
            receiver.bind(new InetSocketAddress(loopback, 0));
            sender.bind(new InetSocketAddress(loopback, 0));
            InetSocketAddress target = (InetSocketAddress) receiver.getLocalAddress();
            Semaphore credits = new Semaphore(window);
            Thread reader = new Thread(() -> drain(receiver, count, credits), "raw-udp-reader");
            ByteBuffer payload = ByteBuffer.allocateDirect(size);
            long start = System.nanoTime();
            reader.start();
            for (int i = 0; i < count; i++) {
                if (!credits.tryAcquire(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("raw UDP receiver stalled after " + i + " datagrams (lost?)");
                }
                payload.clear();
                sender.send(payload, target);
            }
            reader.join(60_000);
            if (reader.isAlive()) {
                throw new IllegalStateException("raw UDP receiver did not get all " + count + " datagrams");
            }
            return count / ((System.nanoTime() - start) / 1e9);
        }
    }

    private static void drain(DatagramChannel receiver, int count, Semaphore credits) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(65_536);
        try {
            for (int i = 0; i < count; i++) {
                buffer.clear();
                receiver.receive(buffer);
                credits.release();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
