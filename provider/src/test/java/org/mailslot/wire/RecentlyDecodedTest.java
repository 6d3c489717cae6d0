package org.mailslot.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The decoder's name cache must never change what is decoded, with colliding slots or concurrent threads. */
class RecentlyDecodedTest {

    private final MailslotCodec codec = new MailslotCodec(SmbProfile.WINDOWS_CLIENT, WireLimits.WINDOWS);

    @Test
    void manyDistinctNamesThroughOneCodecDecodeToThemselves() throws Exception {
        List<MailslotDatagram> datagrams = datagrams(500);
        List<byte[]> encoded = datagrams.stream().map(codec::encode).toList();

        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < datagrams.size(); i++) {
                byte[] bytes = encoded.get(i);
                // Arrays, direct and read-only buffers hash and compare differently; all share one cache.
                ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
                assertThat(codec.decode(bytes, 0, bytes.length)).isEqualTo(datagrams.get(i));
                assertThat(codec.decode(direct)).isEqualTo(datagrams.get(i));
                assertThat(codec.decode(ByteBuffer.wrap(bytes).asReadOnlyBuffer())).isEqualTo(datagrams.get(i));
            }
        }
    }

    @Test
    @Timeout(60)
    void concurrentDecodersSeeOnlyTheirOwnNames() throws Exception {
        List<MailslotDatagram> datagrams = datagrams(200);
        List<byte[]> encoded = datagrams.stream().map(codec::encode).toList();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t * 37;
                results.add(threads.submit(() -> {
                    int checked = 0;
                    for (int round = 0; round < 50; round++) {
                        for (int i = 0; i < datagrams.size(); i++) {
                            int n = (i + offset) % datagrams.size();
                            byte[] bytes = encoded.get(n);
                            assertThat(codec.decode(bytes, 0, bytes.length)).isEqualTo(datagrams.get(n));
                            checked++;
                        }
                    }
                    return checked;
                }));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(50 * datagrams.size());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<MailslotDatagram> datagrams(int count) {
        List<MailslotDatagram> datagrams = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            datagrams.add(new MailslotDatagram(DatagramType.DIRECT_UNIQUE, NodeType.B, i, 0x7F000002, 138,
                    NetbiosName.of("H" + i, i & 0xFF), NetbiosName.of("T" + (count - i), 0),
                    "\\MAILSLOT\\S" + (i % 97), 0, ("m" + i).getBytes(StandardCharsets.US_ASCII)));
        }
        return datagrams;
    }
}
