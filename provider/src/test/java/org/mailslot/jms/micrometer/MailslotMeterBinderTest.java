package org.mailslot.jms.micrometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.slot.DropReason;
import org.mailslot.slot.LoopbackHosts;

/**
 * The factory's counters in a Micrometer {@link SimpleMeterRegistry} after real traffic: a datagram delivered
 * from another host on loopback (127.0.0.46 to 127.0.0.47), one for a slot nobody opened, and a malformed one.
 */
@Timeout(60)
class MailslotMeterBinderTest {

    @Test
    void countersFollowTheFactoryWithOneMeterPerDropReason() throws Exception {
        int port = LoopbackHosts.freePort();
        String common = "&nameLookup=none&broadcast=127.255.255.255&jms.jmx=false"
                + "&names=METER1=127.0.0.46,METER2=127.0.0.47";
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (MailslotConnectionFactory sender = new MailslotConnectionFactory("mailslot://127.0.0.46:" + port
                + "?computerName=METER1" + common);
                MailslotConnectionFactory receiver = new MailslotConnectionFactory("mailslot://127.0.0.47:" + port
                        + "?computerName=METER2&jms.metricsName=orders" + common)) {
            new MailslotMeterBinder(receiver).bindTo(registry);
            assertThat(count(registry, "mailslot.received")).as("zero before the host runs").isZero();
            try (Connection in = receiver.createConnection(); Connection out = sender.createConnection()) {
                in.start();
                Session inSession = in.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageConsumer consumer = inSession.createConsumer(inSession.createQueue("meters"));
                Session outSession = out.createSession(false, Session.AUTO_ACKNOWLEDGE);
                outSession.createProducer(outSession.createQueue("\\\\METER2\\mailslot\\meters"))
                        .send(outSession.createTextMessage("one"));
                outSession.createProducer(outSession.createQueue("\\\\METER2\\mailslot\\nobody"))
                        .send(outSession.createTextMessage("lost"));
                assertThat(consumer.receive(10_000)).isNotNull();
                try (DatagramChannel raw = DatagramChannel.open()
                        .bind(new InetSocketAddress(LoopbackHosts.loopback(48), 0))) {
                    raw.send(ByteBuffer.wrap(new byte[] {0x11}), new InetSocketAddress(LoopbackHosts.loopback(47),
                            port));
                }
                await().until(() -> count(registry, "mailslot.received") == 3);

                assertThat(registry.get("mailslot.delivered").tags("factory", "orders", "origin", "network")
                        .functionCounter().count()).isEqualTo(1);
                assertThat(registry.get("mailslot.dropped").tag("reason", "unknown_slot").functionCounter().count())
                        .isEqualTo(1);
                assertThat(registry.get("mailslot.dropped").tag("reason", "malformed").functionCounter().count())
                        .isEqualTo(1);
                assertThat(registry.get("mailslot.malformed").tag("reason", "truncated_header").functionCounter()
                        .count()).isEqualTo(1);
                assertThat(registry.get("mailslot.dropped").functionCounters()).hasSize(DropReason.values().length);
            }
        }
    }

    private static double count(SimpleMeterRegistry registry, String name) {
        FunctionCounter counter = registry.get(name).tag("factory", "orders").functionCounter();
        return counter.count();
    }
}
