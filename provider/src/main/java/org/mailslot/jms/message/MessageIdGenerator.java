package org.mailslot.jms.message;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Makes unique JMS message IDs of the form {@code ID:} + a lower-case UUID string, which the payload envelope
 * carries in 16 bytes. The high 64 bits are random per generator, the low 64 bits a counter from a random start,
 * so IDs are unique without a secure random draw per message. Thread-safe.
 */
public final class MessageIdGenerator {

    private final long prefix;
    private final AtomicLong counter;

    /** A generator with a fresh random prefix. */
    public MessageIdGenerator() {
        this(RandomSeeds.nextLongs(2));
    }

    private MessageIdGenerator(long[] seeds) {
        this(seeds[0], seeds[1]);
    }

    /** A generator with a given prefix and first counter value (for deterministic tests). */
    public MessageIdGenerator(long prefix, long firstCounter) {
        this.prefix = prefix;
        this.counter = new AtomicLong(firstCounter);
    }

    /** The next ID, e.g. {@code ID:3f2a9c1e-0b7d-4e11-8a55-1c2d3e4f5a6b}. */
    public String next() {
        return "ID:" + new UUID(prefix, counter.getAndIncrement());
    }

    /** Gives {@code message} the next ID as bits; its text is built only if somebody asks for it. */
    public void assignNext(MailslotMessage message) {
        message.setUuidMessageId(prefix, counter.getAndIncrement());
    }
}
