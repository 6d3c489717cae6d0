package org.mailslot.bench.wire;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.mailslot.wire.DatagramType;
import org.mailslot.wire.MailslotCodec;
import org.mailslot.wire.MailslotDatagram;
import org.mailslot.wire.NetbiosName;
import org.mailslot.wire.NodeType;
import org.mailslot.wire.WireFormatException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decode and encode of one group mailslot write ({@code \MAILSLOT\TEST} to {@code WORKGROUP<00>}, Windows
 * profile) with 100- and 424-byte messages, single-threaded. Run with {@code -prof gc} for bytes per op.
 * Warm-up is 10 s per benchmark: the JIT needs that long on 2 cores to settle.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WireCodecBenchmark {

    @Param({"100", "424"})
    public int payloadSize;

    private final MailslotCodec codec = MailslotCodec.windows();
    private MailslotDatagram datagram;
    private byte[] encoded;
    private ByteBuffer directIn;
    private ByteBuffer heapOut;
    private ByteBuffer directOut;

    /** Builds the datagram and its encoded form once per trial. */
    @Setup
    public void prepare() {
        byte[] data = new byte[payloadSize];
        new SplittableRandom(42).nextBytes(data);
        datagram = new MailslotDatagram(DatagramType.DIRECT_GROUP, NodeType.B, 0x1234, 0xC0A8380A, 138,
                NetbiosName.of("HOSTA", 0), NetbiosName.of("WORKGROUP", 0), "\\MAILSLOT\\TEST", 0, data);
        encoded = codec.encode(datagram);
        directIn = ByteBuffer.allocateDirect(encoded.length).put(encoded).flip();
        heapOut = ByteBuffer.allocate(1024);
        directOut = ByteBuffer.allocateDirect(1024);
    }

    /** Decode from a byte array (what a DatagramPacket hands over). */
    @Benchmark
    public MailslotDatagram decodeArray() throws WireFormatException {
        return codec.decode(encoded, 0, encoded.length);
    }

    /** Decode from a direct buffer (what a DatagramChannel reader typically uses). */
    @Benchmark
    public MailslotDatagram decodeDirectBuffer() throws WireFormatException {
        directIn.clear();
        return codec.decode(directIn);
    }

    /** Encode into a reused heap buffer: must allocate nothing. */
    @Benchmark
    public int encodeIntoHeapBuffer() {
        heapOut.clear();
        return codec.encode(datagram, heapOut);
    }

    /** Encode into a reused direct buffer: must allocate nothing. */
    @Benchmark
    public int encodeIntoDirectBuffer() {
        directOut.clear();
        return codec.encode(datagram, directOut);
    }

    /** Encode into a new exact-size array (one allocation of the datagram's size). */
    @Benchmark
    public byte[] encodeToNewArray() {
        return codec.encode(datagram);
    }
}
