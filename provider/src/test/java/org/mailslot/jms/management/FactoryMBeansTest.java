package org.mailslot.jms.management;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.management.Attribute;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.slot.DropReason;
import org.mailslot.slot.LoopbackHosts;
import org.mailslot.wire.WireFormatException;

/**
 * A factory's counters read through the platform MBeanServer, as a JMX console reads them, after real traffic
 * between two factories on loopback (127.0.0.41 sends to 127.0.0.42) and a malformed datagram from a raw socket.
 */
@Timeout(60)
class FactoryMBeansTest {

    private static final MBeanServer SERVER = ManagementFactory.getPlatformMBeanServer();

    private final List<MailslotConnectionFactory> factories = new ArrayList<>();

    @AfterEach
    void close() {
        factories.forEach(MailslotConnectionFactory::close);
    }

    private MailslotConnectionFactory factory(String uri) {
        MailslotConnectionFactory factory = new MailslotConnectionFactory(uri);
        factories.add(factory);
        return factory;
    }

    @Test
    void attributesCountRealTrafficAndDropsAndTheMBeanGoesWithTheFactory() throws Exception {
        int port = LoopbackHosts.freePort();
        String names = "&nameLookup=none&broadcast=127.255.255.255&names=JMX1=127.0.0.41,JMX2=127.0.0.42";
        MailslotConnectionFactory sender = factory("mailslot://127.0.0.41:" + port + "?computerName=JMX1"
                + "&jms.metricsName=jmx-sender" + names);
        MailslotConnectionFactory receiver = factory("mailslot://127.0.0.42:" + port + "?computerName=JMX2"
                + "&jms.metricsName=jmx-receiver" + names);
        ObjectName name = FactoryMBeans.objectName("jmx-receiver");
        assertThat(SERVER.isRegistered(name)).as("not before the host starts").isFalse();

        try (Connection in = receiver.createConnection(); Connection out = sender.createConnection()) {
            in.start();
            Session inSession = in.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = inSession.createConsumer(inSession.createQueue("metrics"));
            Session outSession = out.createSession(false, Session.AUTO_ACKNOWLEDGE);
            outSession.createProducer(outSession.createQueue("\\\\JMX2\\mailslot\\metrics"))
                    .send(outSession.createTextMessage("counted"));
            assertThat(((TextMessage) consumer.receive(10_000)).getText()).isEqualTo("counted");
            try (DatagramChannel raw = DatagramChannel.open()
                    .bind(new InetSocketAddress(LoopbackHosts.loopback(43), 0))) {
                raw.send(ByteBuffer.wrap(new byte[] {0x11, 0x02, 0x00}),
                        new InetSocketAddress(LoopbackHosts.loopback(42), port));
            }
            await().until(() -> SERVER.isRegistered(name)
                    && (Long) SERVER.getAttribute(name, "Drops_" + DropReason.MALFORMED) == 1);

            assertThat(SERVER.getAttribute(name, "Received")).isEqualTo(2L);
            assertThat(SERVER.getAttribute(name, "RemoteDelivered")).isEqualTo(1L);
            assertThat(SERVER.getAttribute(name, "Malformed_" + WireFormatException.Reason.TRUNCATED_HEADER))
                    .isEqualTo(1L);
            assertThat(SERVER.getAttribute(name, "DropsTotal")).isEqualTo(1L);
            ObjectName senderName = FactoryMBeans.objectName("jmx-sender");
            await().until(() -> SERVER.isRegistered(senderName));
            assertThat(SERVER.getAttribute(senderName, "Sent")).isEqualTo(1L);

            // One snapshot for all attributes asked at once, and one attribute per drop reason of every layer.
            Map<String, Object> all = SERVER.getAttributes(name, attributeNames(name)).asList().stream()
                    .collect(Collectors.toMap(Attribute::getName, Attribute::getValue));
            for (DropReason reason : DropReason.values()) {
                assertThat(all).containsKey("Drops_" + reason);
            }
            assertThat(all).containsEntry("Drops_QUEUE_FULL", 0L).containsEntry("Drops_UNREADABLE", 0L)
                    .containsEntry("Received", 2L);
            assertThat(receiver.statistics().received()).isEqualTo(2L);
        }
        receiver.close();
        assertThat(SERVER.isRegistered(name)).as("unregistered by close()").isFalse();
    }

    private static String[] attributeNames(ObjectName name) throws Exception {
        return java.util.Arrays.stream(SERVER.getMBeanInfo(name).getAttributes()).map(MBeanAttributeInfo::getName)
                .toArray(String[]::new);
    }

    @Test
    void aLocalFactoryIsPublishedOnFirstUseAndTwoOnOneNameGetDistinctNames() throws Exception {
        MailslotConnectionFactory first = factory("mailslot://local?jms.metricsName=jmx-twin");
        MailslotConnectionFactory second = factory("mailslot://local?jms.metricsName=jmx-twin");
        first.createConnection().close();
        await().until(() -> SERVER.isRegistered(FactoryMBeans.objectName("jmx-twin")));
        second.createConnection().close();
        await().until(() -> SERVER.isRegistered(FactoryMBeans.objectName("jmx-twin-2")));
        assertThat(SERVER.getAttribute(FactoryMBeans.objectName("jmx-twin"), "LocalWrites")).isEqualTo(0L);
        first.close();
        second.close();
        assertThat(SERVER.queryNames(new ObjectName("org.mailslot:type=ConnectionFactory,name=jmx-twin*"), null))
                .isEmpty();
    }

    @Test
    void theOptionTurnsItOffAndAWrongNameIsRefusedWhenTheUriIsRead() throws Exception {
        MailslotConnectionFactory off = factory("mailslot://local?jms.jmx=false&jms.metricsName=jmx-off");
        off.createConnection().close();
        // jms.jmx=false starts no registration at all; the factory next to it shows JMX works in this JVM.
        MailslotConnectionFactory on = factory("mailslot://local?jms.metricsName=jmx-on");
        on.createConnection().close();
        await().until(() -> SERVER.isRegistered(FactoryMBeans.objectName("jmx-on")));
        assertThat(SERVER.isRegistered(FactoryMBeans.objectName("jmx-off"))).isFalse();

        assertThatThrownBy(() -> new MailslotConnectionFactory("mailslot://local?jms.metricsName=a,b=c"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jms.metricsName");
        assertThatThrownBy(() -> new MailslotConnectionFactory("mailslot://local?jms.jmx=maybe"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jms.jmx");
    }

    @Test
    void aNameIsDerivedFromTheUriWhenNoneIsGiven() {
        assertThat(new MailslotConnectionFactory().getOptions().metricsName()).isEqualTo("local");
        assertThat(new MailslotConnectionFactory("mailslot://127.0.0.44:1138").getOptions().metricsName())
                .isEqualTo("127.0.0.44-1138");
    }
}
