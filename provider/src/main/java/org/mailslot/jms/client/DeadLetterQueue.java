package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import org.mailslot.jms.engine.DeadLetters;
import org.mailslot.jms.engine.MessageQueue;
import org.mailslot.jms.engine.QueuedMessage;
import org.mailslot.jms.engine.RedeliveryPolicy;
import org.mailslot.jms.message.MailslotMessage;
import org.mailslot.jms.message.PropertyNames;
import org.mailslot.slot.MailslotName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dead-letter queue of one factory host ({@code jms.deadLetterQueue}): a message that came back more often than
 * {@code jms.maxRedeliveries} allows goes there as a copy, with its delivery count, the last failure and where it
 * came from as properties.
 */
public final class DeadLetterQueue implements DeadLetters {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterQueue.class);

    /** Finds or makes the queue of this host behind a slot. */
    interface Queues {
        MessageQueue of(MailslotName slot) throws JMSException;
    }

    private final MailslotName slot;
    private final Queues queues;

    DeadLetterQueue(RedeliveryPolicy policy, Queues queues) {
        this.slot = slotOf(policy);
        this.queues = queues;
    }

    /**
     * The slot of the dead-letter queue: a bare name is a local slot, as {@code Session.createQueue} takes it.
     *
     * @throws IllegalArgumentException when the name is not a valid mailslot name
     */
    public static MailslotName slotOf(RedeliveryPolicy policy) {
        String name = policy.deadLetterQueue();
        return name.startsWith("\\\\") ? MailslotName.parse(name) : MailslotName.local(name);
    }

    /** Whether the queue of this name is the dead-letter queue itself (whose messages have nowhere further to go). */
    boolean is(String queueName) {
        return queueName.equalsIgnoreCase(slot.toLocal().toString());
    }

    @Override
    public void deadLetter(MessageQueue from, QueuedMessage queued, String reason) {
        try {
            MailslotMessage copy = ((MailslotMessage) queued.message()).copy();
            copy.setIntProperty(PropertyNames.DEAD_LETTER_DELIVERY_COUNT, queued.deliveryCount());
            copy.setStringProperty(PropertyNames.DEAD_LETTER_REASON, reason);
            copy.setStringProperty(PropertyNames.DEAD_LETTER_SOURCE, from.name());
            MessageQueue target = queues.of(slot);
            boolean kept = target.offer(new QueuedMessage(copy, copy.getJMSPriority(), 0, copy.getJMSExpiration(),
                    queued.origin(), MessageSizes.estimate(copy)));
            LOG.warn("A message from {} was delivered {} times without being acknowledged (last: {}); {}", from.name(),
                    queued.deliveryCount(), reason, kept ? "it is now in dead-letter queue " + target.name()
                            : "the dead-letter queue " + target.name() + " is full, so it is discarded");
        } catch (JMSException | RuntimeException e) {
            LOG.warn("A message from {} past its redelivery limit could not be dead-lettered and is discarded",
                    from.name(), e);
        }
    }
}
