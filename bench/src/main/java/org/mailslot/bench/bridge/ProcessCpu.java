package org.mailslot.bench.bridge;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time this JVM has used, all threads (JIT and GC included). Per message it tells how much work each side
 * does for one message, which on a shared 2-core machine varies far less from run to run than messages per second.
 */
public final class ProcessCpu {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ProcessCpu() {
    }

    /**
     * CPU time used so far by the live threads whose names start with {@code prefix}: for the bridge's own threads
     * ({@code mailslot-}: the UDP reader and the publishers), apart from the broker and the consumer.
     */
    public static long threadNanos(String prefix) {
        long total = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith(prefix)) {
                total += Math.max(0, THREADS.getThreadCpuTime(thread.getId()));
            }
        }
        return total;
    }

    public static long nanos() {
        return OS.getProcessCpuTime();
    }

    /** Microseconds of CPU per message between two {@link #nanos()} readings. */
    public static double microsPer(long fromNanos, long toNanos, long messages) {
        return messages == 0 ? Double.NaN : (toNanos - fromNanos) / 1e3 / messages;
    }
}
