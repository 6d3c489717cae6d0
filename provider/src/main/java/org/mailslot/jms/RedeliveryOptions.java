package org.mailslot.jms;

import java.util.function.UnaryOperator;
import org.mailslot.jms.client.DeadLetterQueue;
import org.mailslot.jms.engine.RedeliveryPolicy;

/** Reads the redelivery keys ({@code jms.maxRedeliveries} and its companions) into a {@link RedeliveryPolicy}. */
final class RedeliveryOptions {

    private RedeliveryOptions() {
    }

    /**
     * @param get the value of a key, its default when not given
     * @throws IllegalArgumentException naming the key that is malformed or the rule the values break
     */
    static RedeliveryPolicy parse(UnaryOperator<String> get) {
        try {
            RedeliveryPolicy policy = new RedeliveryPolicy(
                    Integer.parseInt(number(get, "jms.maxRedeliveries")),
                    Long.parseLong(number(get, "jms.redeliveryDelayMillis")),
                    Double.parseDouble(number(get, "jms.redeliveryBackoff")),
                    Long.parseLong(number(get, "jms.maxRedeliveryDelayMillis")),
                    get.apply("jms.deadLetterQueue").trim());
            DeadLetterQueue.slotOf(policy);
            return policy;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Mailslot redelivery options are wrong: " + e.getMessage(), e);
        }
    }

    private static String number(UnaryOperator<String> get, String key) {
        String value = get.apply(key).trim();
        try {
            Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("option '" + key + "' must be a number (got '" + value + "')");
        }
        return value;
    }
}
