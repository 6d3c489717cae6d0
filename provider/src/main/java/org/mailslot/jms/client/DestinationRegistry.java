package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import java.time.InstantSource;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.mailslot.jms.MailslotDestination;
import org.mailslot.jms.engine.DeliveryScheduler;
import org.mailslot.jms.engine.MessageQueue;
import org.mailslot.jms.engine.TopicRouter;
import org.mailslot.jms.exceptions.ErrorKind;
import org.mailslot.jms.exceptions.JmsExceptions;
import org.mailslot.slot.MailslotName;

/**
 * The destinations of one factory host: its queues (created on first use, each with the slot it is reached
 * through), the topic subscriptions, and which temporary queues and topics exist. Owns the timer that wakes
 * delayed messages. Thread-safe.
 */
final class DestinationRegistry {

    /** Opens and closes the mailslot a destination is reached through; does nothing for a local-only host. */
    interface SlotBinding {
        void openSlot(MailslotName slot) throws JMSException;

        void closeSlot(MailslotName slot);
    }

    private final ProviderSettings settings;
    private final InstantSource clock;
    private final BooleanSupplier closed;
    private final SlotBinding slots;
    private final ScheduledExecutorService timer;
    private final Map<String, MessageQueue> queues = new ConcurrentHashMap<>();
    private final Set<String> temporaryQueues = ConcurrentHashMap.newKeySet();
    private final Set<String> temporaryTopics = ConcurrentHashMap.newKeySet();
    private final TopicRouter topics;
    private final DeadLetterQueue deadLetters;

    DestinationRegistry(ProviderSettings settings, InstantSource clock, BooleanSupplier closed, SlotBinding slots) {
        this.settings = settings;
        this.clock = clock;
        this.closed = closed;
        this.slots = slots;
        this.timer = Executors.newSingleThreadScheduledExecutor(new ClientThreads("mailslot-jms-timer"));
        this.deadLetters = new DeadLetterQueue(settings.redelivery(), this::queueOf);
        this.topics = new TopicRouter(this::newQueue);
    }

    TopicRouter topics() {
        return topics;
    }

    /** The queue behind a destination of this host, created on first use. */
    MessageQueue queue(MailslotDestination queue) throws JMSException {
        checkOpen();
        String key = ProviderRuntime.key(queue);
        if (queue.isTemporary() && !temporaryQueues.contains(key)) {
            throw JmsExceptions.create(ErrorKind.INVALID_DESTINATION, "Temporary queue " + queue
                    + " was deleted or never existed here; create a new one with Session.createTemporaryQueue()");
        }
        MessageQueue known = queues.get(key);
        return known != null ? known : queueOf(queue.mailslotName());
    }

    /** The queue of a slot of this host, its slot opened and the queue created on first use. */
    MessageQueue queueOf(MailslotName slot) throws JMSException {
        MessageQueue known = queues.get(slot.pathKey());
        if (known != null) {
            return known;
        }
        slots.openSlot(slot);
        return queues.computeIfAbsent(slot.pathKey(), k -> newQueue(slot.toLocal().toString()));
    }

    /**
     * The queue of a slot of this host if it exists (someone consumed from it or sent to it), else null; never
     * creates one.
     */
    MessageQueue existingQueue(MailslotName slot) {
        return queues.get(slot.pathKey());
    }

    /** Makes sure group datagrams for this topic reach its subscriptions. */
    void openTopic(MailslotDestination topic) throws JMSException {
        slots.openSlot(topic.mailslotName());
    }

    boolean isTemporaryTopic(String key) {
        return temporaryTopics.contains(key);
    }

    void registerTemporaryQueue(MailslotDestination queue) throws JMSException {
        temporaryQueues.add(ProviderRuntime.key(queue));
        // Open its slot now: a reply from another computer may come before any consumer exists.
        queueOf(queue.mailslotName());
    }

    void deleteTemporaryQueue(MailslotDestination queue) {
        String key = ProviderRuntime.key(queue);
        temporaryQueues.remove(key);
        MessageQueue removed = queues.remove(key);
        if (removed != null) {
            removed.close();
        }
        slots.closeSlot(queue.mailslotName());
    }

    void registerTemporaryTopic(MailslotDestination topic) throws JMSException {
        temporaryTopics.add(ProviderRuntime.key(topic));
        openTopic(topic);
    }

    void deleteTemporaryTopic(MailslotDestination topic) {
        temporaryTopics.remove(ProviderRuntime.key(topic));
        slots.closeSlot(topic.mailslotName());
    }

    void checkOpen() throws JMSException {
        if (closed.getAsBoolean()) {
            throw JmsExceptions.create(ErrorKind.ILLEGAL_STATE, "The connection factory's host is closed; create a"
                    + " new MailslotConnectionFactory");
        }
    }

    /** Closes every queue and subscription and stops the timer. */
    void close() {
        queues.values().forEach(MessageQueue::close);
        queues.clear();
        topics.close();
        timer.shutdownNow();
    }

    private MessageQueue newQueue(String name) {
        DeliveryScheduler wake = (delay, task) -> {
            try {
                // Never cancelled one by one: close shuts the timer down with every pending wake-up.
                ScheduledFuture<?> unused = timer.schedule(task, delay, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                // The host is closing; nobody is left to wake.
            }
        };
        // The dead-letter queue itself keeps redelivering: there is nowhere further to send its messages.
        return new MessageQueue(name, clock::millis, wake, settings.queueQuotaBytes(), settings.redelivery(),
                deadLetters.is(name) ? null : deadLetters);
    }
}
