package org.mailslot.bench.jms;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.Session;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.mailslot.bench.bridge.ProcessCpu;
import org.mailslot.jms.MailslotConnectionFactory;

/**
 * What a poison message costs: a listener in a transacted session that always throws (the
 * {@code DefaultMessageListenerContainer} with {@code sessionTransacted=true} case) against one that takes the
 * same messages normally, on the local factory with its default redelivery settings. For each, a number of messages
 * is sent and the process's CPU and the delivery attempts are counted over the following seconds; an idle period of
 * the same length, between the two, is the baseline.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.mailslot.bench.jms.PoisonMessageCost [seconds]
 * [messages]}; the default 30 s covers the default redelivery delays (100 ms doubling, about 23 s in all before a
 * message goes to the dead-letter queue).
 */
public final class PoisonMessageCost {

    private PoisonMessageCost() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int messages = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        try (MailslotConnectionFactory factory = new MailslotConnectionFactory("mailslot://local");
             Connection connection = factory.createConnection()) {
            connection.start();
            AtomicLong normalAttempts = new AtomicLong();
            long normal = run(connection, "normal", messages, seconds, m -> normalAttempts.incrementAndGet());
            long idle = cpuOver(seconds);
            AtomicLong poisonAttempts = new AtomicLong();
            long poison = run(connection, "poison", messages, seconds, m -> {
                poisonAttempts.incrementAndGet();
                throw new IllegalStateException("poison: this listener always fails");
            });
            long deadLetters = drain(connection, "DLQ");
            System.out.printf("%d messages, %d s each: idle %.1f ms CPU | normal listener %.1f ms CPU, %d deliveries"
                            + " | always-failing transacted listener %.1f ms CPU, %d delivery attempts, %d in the"
                            + " dead-letter queue (%.2fx the normal listener's CPU)%n", messages, seconds,
                    idle / 1e6, normal / 1e6, normalAttempts.get(), poison / 1e6, poisonAttempts.get(), deadLetters,
                    (double) poison / Math.max(1, normal));
        }
    }

    private static long run(Connection connection, String queueName, int messages, int seconds,
            MessageListener listener) throws JMSException {
        Session consuming = connection.createSession(true, Session.SESSION_TRANSACTED);
        Queue queue = consuming.createQueue(queueName);
        // As a transacted listener container does it: commit after the listener, roll back when it throws.
        consuming.createConsumer(queue).setMessageListener(message -> {
            try {
                listener.onMessage(message);
                consuming.commit();
            } catch (RuntimeException | JMSException e) {
                rollback(consuming);
            }
        });
        Session producing = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        long before = ProcessCpu.nanos();
        for (int i = 0; i < messages; i++) {
            producing.createProducer(queue).send(producing.createTextMessage("message " + i));
        }
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(seconds));
        long used = ProcessCpu.nanos() - before;
        consuming.close();
        producing.close();
        return used;
    }

    private static void rollback(Session session) {
        try {
            session.rollback();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long cpuOver(int seconds) {
        long before = ProcessCpu.nanos();
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(seconds));
        return ProcessCpu.nanos() - before;
    }

    private static long drain(Connection connection, String queueName) throws JMSException {
        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        var consumer = session.createConsumer(session.createQueue(queueName));
        long count = 0;
        while (consumer.receive(200) != null) {
            count++;
        }
        session.close();
        return count;
    }
}
