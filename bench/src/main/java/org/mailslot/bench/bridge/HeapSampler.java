package org.mailslot.bench.bridge;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap every 20 ms and keeps the maximum. */
final class HeapSampler {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final AtomicLong max = new AtomicLong();

    private HeapSampler() {
    }

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        sampler.timer.scheduleAtFixedRate(() -> sampler.max.accumulateAndGet(
                memory.getHeapMemoryUsage().getUsed(), Math::max), 0, 20, TimeUnit.MILLISECONDS);
        return sampler;
    }

    /** @return the largest used heap seen, in bytes */
    long stop() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(1, TimeUnit.SECONDS);
        return max.get();
    }
}
