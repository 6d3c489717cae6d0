package org.mailslot.slot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** N writers and M readers on one local slot: nothing lost, nothing twice, each writer's messages in order. */
class ConcurrentReadWriteTest {

    private static final int WRITERS = 4;
    private static final int READERS = 3;
    private static final int PER_WRITER = 20_000;

    @Test
    @Timeout(60)
    void everyMessageReachesExactlyOneReaderInPerWriterOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + READERS);
        try (MailslotHost host = MailslotHost.localOnly("CONC")) {
            Mailslot slot = host.createMailslot("\\\\.\\mailslot\\conc", 0, Mailslot.WAIT_FOREVER);
            int total = WRITERS * PER_WRITER;
            AtomicInteger taken = new AtomicInteger();
            List<ConcurrentLinkedQueue<long[]>> perReader = new ArrayList<>();
            List<Future<?>> tasks = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                ConcurrentLinkedQueue<long[]> seen = new ConcurrentLinkedQueue<>();
                perReader.add(seen);
                tasks.add(pool.submit(() -> {
                    while (taken.get() < total) {
                        ReceivedMessage m = slot.read(Duration.ofMillis(50));
                        if (m != null) {
                            ByteBuffer b = ByteBuffer.wrap(m.data());
                            seen.add(new long[] {b.getInt(), b.getInt()});
                            taken.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (int w = 0; w < WRITERS; w++) {
                int writerId = w;
                tasks.add(pool.submit(() -> {
                    MailslotWriter writer = host.openWriter("\\\\.\\mailslot\\conc");
                    for (int seq = 0; seq < PER_WRITER; seq++) {
                        writer.write(ByteBuffer.allocate(8).putInt(writerId).putInt(seq).array());
                    }
                    return null;
                }));
            }
            for (Future<?> task : tasks) {
                task.get();
            }

            boolean[][] delivered = new boolean[WRITERS][PER_WRITER];
            int count = 0;
            for (ConcurrentLinkedQueue<long[]> seen : perReader) {
                Map<Integer, Integer> lastSeqPerWriter = new HashMap<>();
                for (long[] m : seen) {
                    int writer = (int) m[0];
                    int seq = (int) m[1];
                    assertThat(delivered[writer][seq]).as("message %d/%d delivered twice", writer, seq).isFalse();
                    delivered[writer][seq] = true;
                    // A reader sees the messages it got from one writer in the order that writer wrote them.
                    assertThat(seq).isGreaterThan(lastSeqPerWriter.getOrDefault(writer, -1));
                    lastSeqPerWriter.put(writer, seq);
                    count++;
                }
            }
            assertThat(count).isEqualTo(total);
            assertThat(slot.info().messageCount()).isZero();
            assertThat(host.counters().localWrites()).isEqualTo(total);
            assertThat(host.counters().totalDrops()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }
}
