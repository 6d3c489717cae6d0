package org.mailslot.bench.jms;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.mailslot.jms.MailslotConnectionFactory;

/**
 * Runs the same JMS scenarios through Artemis (in-VM and TCP, persistence off) and through the mailslot provider
 * (in-JVM, and two hosts over UDP on loopback) in one JVM, and prints messages/s with ratios to the matching
 * Artemis figure and, for UDP, to plain DatagramChannel throughput of the same payload size.
 *
 * <p>Usage: {@code java -jar bench/target/benchmarks.jar} is JMH; this runs with
 * {@code java -cp bench/target/benchmarks.jar org.mailslot.bench.jms.JmsComparison [messagesPerRun]}.
 */
public final class JmsComparison {

    private record Scenario(String name, boolean topic, int consumers, int ackMode, int size) {
    }

    /** One way of moving messages: which factories produce and consume, and how each side names the target. */
    private record Setup(String name, ConnectionFactory producer, ConnectionFactory consumer, String remotePrefix) {
        Function<Session, Destination> producerSide(Scenario scenario, String slot) {
            return destination(scenario, scenario.topic() ? slot : remotePrefix + slot);
        }

        Function<Session, Destination> consumerSide(Scenario scenario, String slot) {
            return destination(scenario, slot);
        }
    }

    /** {@code -Dbench.only=mailslot-udp} runs one setup (for profiling); ratios then read NaN. */
    private static final String ONLY = System.getProperty("bench.only", "");

    private JmsComparison() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        String scenarioFilter = System.getProperty("bench.scenario", "");
        List<Scenario> all = List.of(
                new Scenario("queue 100B auto", false, 1, Session.AUTO_ACKNOWLEDGE, 100),
                new Scenario("queue 100B dups-ok", false, 1, Session.DUPS_OK_ACKNOWLEDGE, 100),
                new Scenario("queue 424B auto", false, 1, Session.AUTO_ACKNOWLEDGE, 424),
                new Scenario("queue 424B dups-ok", false, 1, Session.DUPS_OK_ACKNOWLEDGE, 424),
                new Scenario("topic 100B x1", true, 1, Session.AUTO_ACKNOWLEDGE, 100),
                new Scenario("topic 100B x4", true, 4, Session.AUTO_ACKNOWLEDGE, 100));
        List<Scenario> scenarios = all.stream().filter(s -> s.name().contains(scenarioFilter)).toList();
        // Java-to-Java hosts: a 424-character text plus its envelope is above the Windows 424-byte limit.
        String hostOptions = "&broadcast=127.255.255.255&nameLookup=none&names=BENCHA=127.0.0.41,BENCHB=127.0.0.42"
                + "&wire.maxDatagram=65000&jms.persistentDelivery=accept";
        int port = 13899;
        try (EmbeddedArtemis artemis = new EmbeddedArtemis(61699);
             MailslotConnectionFactory local = new MailslotConnectionFactory();
             MailslotConnectionFactory hostA = new MailslotConnectionFactory(
                     "mailslot://127.0.0.41:" + port + "?computerName=BENCHA" + hostOptions);
             MailslotConnectionFactory hostB = new MailslotConnectionFactory(
                     "mailslot://127.0.0.42:" + port + "?computerName=BENCHB" + hostOptions)) {
            ActiveMQConnectionFactory artemisInVm = new ActiveMQConnectionFactory(artemis.inVmUrl());
            ActiveMQConnectionFactory artemisTcp = new ActiveMQConnectionFactory(artemis.tcpUrl());
            List<Setup> setups = List.of(
                    new Setup("artemis-invm", artemisInVm, artemisInVm, ""),
                    new Setup("artemis-tcp", artemisTcp, artemisTcp, ""),
                    new Setup("mailslot-jvm", local, local, ""),
                    new Setup("mailslot-udp", hostA, hostB, "\\\\BENCHB\\mailslot\\"));
            List<String> rows = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                double[] rates = new double[setups.size()];
                for (int i = 0; i < setups.size(); i++) {
                    Setup setup = setups.get(i);
                    if (!ONLY.isEmpty() && !setup.name().equals(ONLY)) {
                        rates[i] = Double.NaN;
                        continue;
                    }
                    JmsThroughput bench = new JmsThroughput(setup.producer(), setup.consumer(), 1_000);
                    String slot = "bench." + scenario.name().replace(' ', '.') + "." + i;
                    String label = setup.name() + " " + scenario.name();
                    // Same-size warm-up run first: on 2 cores the JIT needs >= 10 s before figures settle.
                    bench.run(label, setup.producerSide(scenario, slot), setup.consumerSide(scenario, slot),
                            scenario.consumers(), scenario.ackMode(), scenario.size(), messages);
                    rates[i] = bench.run(label, setup.producerSide(scenario, slot), setup.consumerSide(scenario, slot),
                            scenario.consumers(), scenario.ackMode(), scenario.size(), messages).messagesPerSecond();
                }
                double raw = RawDatagramThroughput.run(scenario.size(), messages, 1_000);
                rows.add(String.format("%-20s raw-udp %9.0f/s | artemis-invm %8.0f | artemis-tcp %8.0f |"
                                + " mailslot-jvm %9.0f (%5.1fx invm) | mailslot-udp %8.0f (%4.1fx tcp, %3.0f%% raw)",
                        scenario.name(), raw, rates[0], rates[1], rates[2], rates[2] / rates[0], rates[3],
                        rates[3] / rates[1], 100 * rates[3] / raw));
                System.out.println(rows.get(rows.size() - 1));
            }
            System.out.println();
            System.out.println("messages per run: " + messages + " (after a warm-up run of the same size)");
            rows.forEach(System.out::println);
        }
    }

    private static Function<Session, Destination> destination(Scenario scenario, String name) {
        return session -> {
            try {
                return scenario.topic() ? session.createTopic(name) : session.createQueue(name);
            } catch (JMSException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
