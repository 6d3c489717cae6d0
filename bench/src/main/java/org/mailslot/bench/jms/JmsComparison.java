package org.mailslot.bench.jms;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Runs the same JMS scenarios against every provider in one JVM and prints messages/s with the ratio to the
 * Artemis baseline of the same scenario. Usage: {@code java -cp bench/target/benchmarks.jar
 * org.mailslot.bench.jms.JmsComparison [messagesPerRun]}.
 */
public final class JmsComparison {

    private record Scenario(String name, boolean topic, int consumers, int ackMode, int size) {
    }

    private JmsComparison() {
    }

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        List<Scenario> scenarios = List.of(
                new Scenario("queue 100B auto", false, 1, Session.AUTO_ACKNOWLEDGE, 100),
                new Scenario("queue 100B dups-ok", false, 1, Session.DUPS_OK_ACKNOWLEDGE, 100),
                new Scenario("queue 424B auto", false, 1, Session.AUTO_ACKNOWLEDGE, 424),
                new Scenario("queue 424B dups-ok", false, 1, Session.DUPS_OK_ACKNOWLEDGE, 424),
                new Scenario("topic 100B x1", true, 1, Session.AUTO_ACKNOWLEDGE, 100),
                new Scenario("topic 100B x4", true, 4, Session.AUTO_ACKNOWLEDGE, 100));
        Map<String, ConnectionFactory> providers = new LinkedHashMap<>();
        try (EmbeddedArtemis artemis = new EmbeddedArtemis(61699)) {
            providers.put("artemis-invm", new ActiveMQConnectionFactory(artemis.inVmUrl()));
            providers.put("artemis-tcp", new ActiveMQConnectionFactory(artemis.tcpUrl()));
            List<String> rows = new ArrayList<>();
            for (Scenario scenario : scenarios) {
                Double baseline = null;
                for (Map.Entry<String, ConnectionFactory> provider : providers.entrySet()) {
                    JmsThroughput bench = new JmsThroughput(provider.getValue(), 1_000);
                    String label = provider.getKey() + " " + scenario.name();
                    // Warm-up run of the same size: the JIT needs >= 10 s on 2 cores before a figure means much.
                    bench.run(label, destination(scenario), scenario.consumers(), scenario.ackMode(), scenario.size(),
                            messages);
                    double rate = bench.run(label, destination(scenario), scenario.consumers(), scenario.ackMode(),
                            scenario.size(), messages).messagesPerSecond();
                    if (baseline == null) {
                        baseline = rate;
                    }
                    rows.add(String.format("%-14s %-20s %12.0f msg/s  %5.2fx", provider.getKey(), scenario.name(),
                            rate, rate / baseline));
                    System.out.println(rows.get(rows.size() - 1));
                }
            }
            System.out.println();
            System.out.println("provider       scenario             rate            ratio to artemis-invm");
            rows.forEach(System.out::println);
        }
    }

    private static Function<Session, Destination> destination(Scenario scenario) {
        String name = "bench." + scenario.name().replace(' ', '.');
        return session -> {
            try {
                return scenario.topic() ? session.createTopic(name) : session.createQueue(name);
            } catch (JMSException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
