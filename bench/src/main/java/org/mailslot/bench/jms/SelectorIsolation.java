package org.mailslot.bench.jms;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.jms.client.MessageSelector;
import org.mailslot.jms.message.MailslotTextMessage;

/**
 * How much a consumer with a pathological selector slows another slot's traffic on the same host: one slot's
 * listener takes messages sent at full rate over UDP loopback while, in alternate rounds, either a consumer of a
 * second slot evaluates a backtracking {@code LIKE} (about 0.3 s per message) or a plain thread evaluates the same
 * selector in a loop (the same CPU load, no consumer). The figure is the fast slot's rate beside the slow consumer
 * as a share of its rate under the same load without it; the median of the rounds is printed.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.mailslot.bench.jms.SelectorIsolation [rounds]
 * [messages per round]}.
 */
public final class SelectorIsolation {

    private static final String PATHOLOGICAL = "p LIKE '%a%a%a%a%a%a%a%a%a%b'";
    private static final String NEVER_MATCHES = "a".repeat(28);
    private static final int SLOW_EVERY = 500;

    private SelectorIsolation() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        String names = "&nameLookup=none&names=ISORECV=127.0.0.61,ISOSEND=127.0.0.62&broadcast=127.255.255.255";
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicBoolean slowConsuming = new AtomicBoolean();
        AtomicBoolean burning = new AtomicBoolean();
        AtomicLong fastReceived = new AtomicLong();
        try (MailslotConnectionFactory receiving = new MailslotConnectionFactory(
                     "mailslot://127.0.0.61:13898?computerName=ISORECV" + names);
             MailslotConnectionFactory sending = new MailslotConnectionFactory(
                     "mailslot://127.0.0.62:13898?computerName=ISOSEND" + names);
             Connection receiver = receiving.createConnection();
             Connection sender = sending.createConnection()) {
            Session fastSession = receiver.createSession();
            fastSession.createConsumer(fastSession.createQueue("fast"))
                    .setMessageListener(m -> fastReceived.incrementAndGet());
            Session slowSession = receiver.createSession();
            MessageConsumer slow = slowSession.createConsumer(slowSession.createQueue("slow"), PATHOLOGICAL);
            receiver.start();
            daemon("sender", () -> sendAtFullRate(sender, running));
            daemon("slow-consumer", () -> {
                while (running.get()) {
                    if (slowConsuming.get()) {
                        slow.receive(50);
                    } else {
                        LockSupport.parkNanos(1_000_000);
                    }
                }
            });
            MessageSelector selector = MessageSelector.parse(PATHOLOGICAL);
            MailslotTextMessage sample = new MailslotTextMessage();
            sample.setStringProperty("p", NEVER_MATCHES);
            daemon("same-cpu-load", () -> {
                while (running.get()) {
                    if (burning.get()) {
                        selector.matches(sample);
                    } else {
                        LockSupport.parkNanos(1_000_000);
                    }
                }
            });

            rate(fastReceived, perRound); // warm-up
            double[] control = new double[rounds];
            double[] beside = new double[rounds];
            double[] share = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                burning.set(true);
                control[round] = rate(fastReceived, perRound);
                burning.set(false);
                slowConsuming.set(true);
                beside[round] = rate(fastReceived, perRound);
                slowConsuming.set(false);
                share[round] = beside[round] / control[round];
                System.out.printf("round %d: %,.0f msg/s with the same CPU load, %,.0f beside the slow consumer"
                        + " (%.1f %%)%n", round + 1, control[round], beside[round], 100 * share[round]);
            }
            running.set(false);
            Arrays.sort(control);
            Arrays.sort(beside);
            Arrays.sort(share);
            System.out.printf("median of %d rounds of %,d messages: %,.0f msg/s under the same load, %,.0f beside"
                            + " the slow consumer: %.1f %% (rounds %.1f-%.1f %%)%n", rounds, perRound,
                    control[rounds / 2], beside[rounds / 2], 100 * share[rounds / 2], 100 * share[0],
                    100 * share[rounds - 1]);
        }
    }

    private static double rate(AtomicLong received, int messages) {
        long target = received.get() + messages;
        long started = System.nanoTime();
        while (received.get() < target) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        return messages * 1e9 / (System.nanoTime() - started);
    }

    private static void sendAtFullRate(Connection connection, AtomicBoolean running) throws JMSException {
        Session session = connection.createSession();
        MessageProducer toFast = session.createProducer(session.createQueue("\\\\ISORECV\\mailslot\\fast"));
        MessageProducer toSlow = session.createProducer(session.createQueue("\\\\ISORECV\\mailslot\\slow"));
        TextMessage fast = session.createTextMessage("fast");
        TextMessage slowOne = session.createTextMessage("slow");
        slowOne.setStringProperty("p", NEVER_MATCHES);
        for (long n = 0; running.get(); n++) {
            toFast.send(fast);
            if (n % SLOW_EVERY == 0) {
                toSlow.send(slowOne);
            }
        }
    }

    private static void daemon(String name, Body body) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } catch (Exception e) {
                throw new IllegalStateException(name + " failed", e);
            }
        }, "isolation-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    @FunctionalInterface
    private interface Body {
        void run() throws Exception;
    }
}
