package org.mailslot.itests.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.slot.MailslotHost;

/**
 * A host whose network interface disappears under it (the veth pair of a namespace of our own, deleted) notices
 * without sending anything: every connection's ExceptionListener hears it, a receive-only one included, the factory
 * drops the dead host, and once the interface is back the next connection runs on a fresh host.
 */
@Timeout(90)
class InterfaceLossIT {

    @Test
    void aVanishedInterfaceReachesEveryConnectionAndTheNextConnectionStartsAFreshHost() throws Exception {
        VethNamespace.assumeCreatable();
        VethNamespace namespace = VethNamespace.create();
        MailslotConnectionFactory factory = null;
        try {
            int port;
            try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(namespace.hostInetAddress(), 0))) {
                port = probe.getLocalPort();
            }
            factory = new MailslotConnectionFactory("mailslot://" + namespace.hostAddress() + ":" + port
                    + "?computerName=VANISHING&broadcast=" + namespace.broadcastAddress() + "&nameLookup=none");
            Connection receiveOnly = factory.createConnection();
            Session session = receiveOnly.createSession();
            session.createConsumer(session.createQueue("inbox")).setMessageListener(message -> { });
            receiveOnly.start();
            Connection idle = factory.createConnection();
            CompletableFuture<JMSException> heardByReceiver = new CompletableFuture<>();
            CompletableFuture<JMSException> heardByIdle = new CompletableFuture<>();
            receiveOnly.setExceptionListener(heardByReceiver::complete);
            idle.setExceptionListener(heardByIdle::complete);
            MailslotHost dead = factory.host().orElseThrow();

            namespace.deleteLink();

            for (CompletableFuture<JMSException> heard : List.of(heardByReceiver, heardByIdle)) {
                assertThat(heard.get(20, TimeUnit.SECONDS)).hasMessageContaining("VANISHING")
                        .hasMessageContaining(namespace.hostAddress()).hasMessageContaining("no interface");
            }
            assertThat(dead.isOpen()).isFalse();
            assertThat(factory.host()).isEmpty();
            MailslotConnectionFactory failing = factory;
            assertThatThrownBy(failing::createConnection).isInstanceOf(JMSException.class)
                    .hasMessageContaining(namespace.hostAddress());
            receiveOnly.close();
            idle.close();

            namespace.close();
            namespace = VethNamespace.create();
            try (Connection fresh = factory.createConnection()) {
                MailslotHost next = factory.host().orElseThrow();
                assertThat(next).isNotSameAs(dead);
                assertThat(next.isOpen()).isTrue();
                assertThat(next.localAddress().orElseThrow().getAddress()).isEqualTo(namespace.hostInetAddress());
                Session again = fresh.createSession();
                fresh.start();
                again.createProducer(again.createQueue("inbox")).send(again.createTextMessage("after"));
                assertThat(again.createConsumer(again.createQueue("inbox")).receive(5_000)).isNotNull();
            }
        } finally {
            if (factory != null) {
                factory.close();
            }
            namespace.close();
        }
    }
}
