package org.mailslot.bench.host;

import java.util.Arrays;

/** One-way latency as half the round trip of a message echoed back, one message in flight at a time. */
final class PingPong {

    /** Percentiles of the one-way latency, in microseconds. */
    record Result(double p50Micros, double p99Micros, int samples) {
    }

    private PingPong() {
    }

    static Result run(Link forward, Link back, int size, int warmup, int samples) throws Exception {
        Thread echo = new Thread(() -> {
            byte[] message = new byte[size];
            try {
                while (forward.receive(message)) {
                    back.send(message);
                }
            } catch (Exception e) {
                throw new IllegalStateException("echo failed", e);
            }
        }, "bench-echo");
        echo.start();
        byte[] message = new byte[size];
        byte[] reply = new byte[size];
        long[] oneWay = new long[samples];
        for (int i = 0; i < warmup + samples; i++) {
            long start = System.nanoTime();
            forward.send(message);
            if (!back.receive(reply)) {
                throw new IllegalStateException("the reply link closed");
            }
            if (i >= warmup) {
                oneWay[i - warmup] = (System.nanoTime() - start) / 2;
            }
        }
        forward.closeReceiver();
        echo.join();
        Arrays.sort(oneWay);
        return new Result(oneWay[samples / 2] / 1e3, oneWay[(int) (samples * 0.99)] / 1e3, samples);
    }
}
