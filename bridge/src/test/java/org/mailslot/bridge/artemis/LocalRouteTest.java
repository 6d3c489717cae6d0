package org.mailslot.bridge.artemis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Optional;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.core.message.impl.CoreMessage;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.settings.impl.AddressFullMessagePolicy;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailslot.bridge.config.BrokerCredentials;
import org.mailslot.bridge.testing.FreePort;

/** Direct routing into a real embedded broker: what a core client's send would have done, and nothing less. */
class LocalRouteTest {

    private static final long WAIT_MILLIS = 10_000;

    @TempDir
    Path dataDir;

    private EmbeddedBrokerSpec spec;
    private EmbeddedBroker broker;
    private ActiveMQServer server;
    private ServerLocator locator;
    private ClientSessionFactory factory;
    private ClientSession session;
    private LocalRoute route;

    @BeforeEach
    void start() throws Exception {
        BrokerCredentials credentials = BrokerCredentials.generate(new SecureRandom());
        spec = new EmbeddedBrokerSpec("local-route", InetAddress.getLoopbackAddress(), FreePort.onLoopback(), dataDir,
                Optional.of(credentials), 1_000, true, "mailslot");
        reconnect(EmbeddedBroker.start(spec));
    }

    private void reconnect(EmbeddedBroker started) throws Exception {
        broker = started;
        server = broker.endpoint().local().orElseThrow();
        locator = ActiveMQClient.createServerLocator(broker.inVmUrl());
        factory = locator.createSessionFactory();
        BrokerCredentials credentials = broker.credentials().orElseThrow();
        session = factory.createSession(credentials.user(), credentials.password(), false, true, true, false,
                locator.getAckBatchSize());
        session.start();
        route = new LocalRoute(server, false, WAIT_MILLIS);
    }

    @AfterEach
    void stop() throws Exception {
        session.close();
        factory.close();
        locator.close();
        broker.close();
    }

    @Test
    void aUniqueWriteToANewAddressCreatesTheQueueNamedAsTheAddress() throws Exception {
        route.route(SimpleString.of("mailslot.orders"), message("order 1", RoutingType.ANYCAST, "d-1"));

        try (ClientConsumer consumer = session.createConsumer("mailslot.orders")) {
            ClientMessage received = consumer.receive(WAIT_MILLIS);
            assertThat(received).isNotNull();
            assertThat(received.getBodyBuffer().readString()).isEqualTo("order 1");
            assertThat(received.getMessageID()).isPositive();
        }
        assertThat(server.locateQueue("mailslot.orders").getRoutingType()).isEqualTo(RoutingType.ANYCAST);
    }

    @Test
    void anAnycastQueueTheOperatorMadeUnderAnotherNameGetsTheMessageAndNoSecondQueueAppears() throws Exception {
        session.createQueue(QueueConfiguration.of("ops-inbox").setAddress("mailslot.ops")
                .setRoutingType(RoutingType.ANYCAST).setDurable(false));

        route.route(SimpleString.of("mailslot.ops"), message("to the operator's queue", RoutingType.ANYCAST, "d-2"));

        assertThat(server.locateQueue("mailslot.ops")).isNull();
        try (ClientConsumer consumer = session.createConsumer("ops-inbox")) {
            assertThat(consumer.receive(WAIT_MILLIS).getBodyBuffer().readString()).isEqualTo("to the operator's queue");
        }
    }

    @Test
    void aSecondCopyWithTheSameDuplicateIdIsDropped() throws Exception {
        SimpleString address = SimpleString.of("mailslot.dup");
        route.route(address, message("first copy", RoutingType.ANYCAST, "same-id"));
        route.route(address, message("second copy", RoutingType.ANYCAST, "same-id"));
        route.route(address, message("another write", RoutingType.ANYCAST, "other-id"));

        try (ClientConsumer consumer = session.createConsumer(address)) {
            assertThat(consumer.receive(WAIT_MILLIS).getBodyBuffer().readString()).isEqualTo("first copy");
            assertThat(consumer.receive(WAIT_MILLIS).getBodyBuffer().readString()).isEqualTo("another write");
        }
        assertThat(server.locateQueue(address).getMessagesAdded()).isEqualTo(2);
    }

    @Test
    void aGroupWriteCreatesAMulticastAddressAndReachesEverySubscriptionOnly() throws Exception {
        SimpleString address = SimpleString.of("mailslot.news");
        route.route(address, message("nobody listens yet", RoutingType.MULTICAST, "n-1"));
        assertThat(server.getAddressInfo(address).getRoutingTypes()).containsExactly(RoutingType.MULTICAST);
        assertThat(server.getPostOffice().getBindingsForAddress(address).getBindings()).isEmpty();

        session.createQueue(QueueConfiguration.of("sub-a").setAddress(address).setRoutingType(RoutingType.MULTICAST)
                .setDurable(false));
        session.createQueue(QueueConfiguration.of("sub-b").setAddress(address).setRoutingType(RoutingType.MULTICAST)
                .setDurable(false));
        route.route(address, message("to all", RoutingType.MULTICAST, "n-2"));

        for (String subscription : new String[] {"sub-a", "sub-b"}) {
            try (ClientConsumer consumer = session.createConsumer(subscription)) {
                assertThat(consumer.receive(WAIT_MILLIS).getBodyBuffer().readString()).isEqualTo("to all");
            }
        }
    }

    @Test
    void aMessageTheBrokerRefusesFailsWithTheAddressAndTheBrokersReason() throws Exception {
        server.getAddressSettingsRepository().addMatch("mailslot.full", new AddressSettings().setMaxSizeBytes(1)
                .setAddressFullMessagePolicy(AddressFullMessagePolicy.FAIL));
        SimpleString address = SimpleString.of("mailslot.full");
        route.route(address, message("fills the address", RoutingType.ANYCAST, "f-1"));

        assertThatThrownBy(() -> route.route(address, message("one too many", RoutingType.ANYCAST, "f-2")))
                .isInstanceOf(ActiveMQException.class)
                .hasMessageContaining("mailslot.full")
                .satisfies(e -> assertThat(BrokerLink.isConnectionFailure((ActiveMQException) e)).isFalse());
    }

    @Test
    void aDurableMessageSurvivesABrokerRestart() throws Exception {
        LocalRoute durable = new LocalRoute(server, true, WAIT_MILLIS);
        CoreMessage message = message("kept", RoutingType.ANYCAST, "j-1");
        message.setDurable(true);

        durable.route(SimpleString.of("mailslot.kept"), message);
        assertThat(durable.isActive()).isTrue();
        stop();
        assertThat(durable.isActive()).isFalse();
        reconnect(EmbeddedBroker.start(spec));

        try (ClientConsumer consumer = session.createConsumer("mailslot.kept")) {
            assertThat(consumer.receive(WAIT_MILLIS).getBodyBuffer().readString()).isEqualTo("kept");
        }
    }

    private CoreMessage message(String text, RoutingType routing, String duplicateId) {
        ClientMessage message = session.createMessage(Message.TEXT_TYPE, false);
        message.getBodyBuffer().writeString(text);
        message.setRoutingType(routing);
        message.putStringProperty(Message.HDR_DUPLICATE_DETECTION_ID, duplicateId);
        return (CoreMessage) message;
    }
}
