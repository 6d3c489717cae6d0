package org.mailslot.jms.engine;

/**
 * What happens to a message that keeps coming back (a listener that always throws, a transaction that always rolls
 * back): the first redelivery comes at once, so {@code recover()} and {@code rollback()} see the message again
 * immediately and in order (§6.2.10); each later one waits longer, and after {@code maxRedeliveries} redeliveries
 * the next return sends it to the dead-letter queue instead.
 *
 * @param maxRedeliveries  redeliveries allowed after the first delivery; -1 means no limit
 * @param delayMillis      wait before the second redelivery (0 = never wait)
 * @param backoff          factor applied to the wait for each further redelivery (1 = constant)
 * @param maxDelayMillis   the longest wait, whatever the backoff
 * @param deadLetterQueue  name of the queue of this host that receives messages past the limit
 */
public record RedeliveryPolicy(int maxRedeliveries, long delayMillis, double backoff, long maxDelayMillis,
                               String deadLetterQueue) {

    /** Ten redeliveries, 100 ms doubling up to 10 s, then queue {@code DLQ}. */
    public static final RedeliveryPolicy DEFAULT = new RedeliveryPolicy(10, 100, 2.0, 10_000, "DLQ");

    public RedeliveryPolicy {
        if (maxRedeliveries < -1) {
            throw new IllegalArgumentException("maxRedeliveries must be -1 (no limit) or >= 0, was "
                    + maxRedeliveries);
        }
        if (delayMillis < 0 || maxDelayMillis < 0) {
            throw new IllegalArgumentException("redelivery delays must be >= 0");
        }
        if (!(backoff >= 1.0) || Double.isInfinite(backoff)) {
            throw new IllegalArgumentException("backoff must be a finite number >= 1, was " + backoff);
        }
        if (deadLetterQueue == null || deadLetterQueue.isBlank()) {
            throw new IllegalArgumentException("deadLetterQueue must name a queue");
        }
    }

    /** True when a message delivered {@code deliveryCount} times may not be delivered again. */
    public boolean exhausted(int deliveryCount) {
        return maxRedeliveries >= 0 && deliveryCount > maxRedeliveries;
    }

    /** The wait before delivery number {@code deliveryCount + 1}, for a message delivered that many times. */
    public long delayAfter(int deliveryCount) {
        if (delayMillis == 0 || deliveryCount <= 1) {
            return 0;
        }
        double delay = delayMillis * Math.pow(backoff, deliveryCount - 2);
        return (long) Math.min(delay, (double) maxDelayMillis);
    }
}
