package org.mailslot.raitests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.jms.Connection;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.mailslot.jms.MailslotConnectionFactory;
import org.mailslot.slot.LoopbackHosts;

/**
 * The adapter in Payara Micro, a separate process on loopback, with real mailslot peers outside it. There is no
 * skip: a server that cannot start or deploy fails the suite.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PayaraMicroAdapterIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    private final int udpPort = LoopbackHosts.freePort();
    private final Path workDir = Path.of("target", "payara-it").toAbsolutePath();
    private ListenProcess listener;
    private DeployedAdapter deployed;
    private WindowsSender windows;

    @BeforeAll
    void deploy() throws Exception {
        listener = ListenProcess.start(workDir, DeployedAdapter.LISTENER_ADDRESS, udpPort, "LISTENER", "out");
        deployed = DeployedAdapter.start(workDir, udpPort);
        System.out.println("ra: .rar deployed in " + deployed.rarDeployMillis + " ms, application in "
                + deployed.appDeployMillis + " ms");
        windows = new WindowsSender("PEER", DeployedAdapter.PEER_ADDRESS, udpPort);
    }

    @AfterAll
    void shutDown() throws Exception {
        if (windows != null) {
            windows.close();
        }
        if (deployed != null) {
            deployed.close();
        }
        if (listener != null) {
            listener.close();
        }
    }

    private List<String> journal(String key) throws Exception {
        String body = deployed.server.get("journal?key=" + key);
        return body.isBlank() ? List.of() : Arrays.asList(body.strip().split("\\R"));
    }

    @Test
    @Order(0)
    void serverListensOnLoopbackOnly() throws Exception {
        // The mailslot host's group socket binds the wildcard address on the mailslot port to hear broadcasts,
        // as everywhere the provider runs; everything else (HTTP, the data grid) must be on 127.0.0.0/8.
        assertThat(ProcessSockets.offLoopback(deployed.server.pid(), udpPort)).isEmpty();
    }

    @Test
    @Order(1)
    void windowsDatagramReachesTheMessageDrivenBeanAsBytesWithItsSource() throws Exception {
        windows.unique("APPSRV", DeployedAdapter.SERVER_ADDRESS, 101, "inbox",
                "hello from windows".getBytes(StandardCharsets.US_ASCII));

        await().atMost(DELIVERY).until(() -> !journal("inbox").isEmpty());
        String[] seen = journal("inbox").get(0).split("\\|");
        assertThat(seen[0]).isEqualTo("BytesMessage");
        assertThat(seen[1]).isEqualTo("hello from windows");
        assertThat(seen[2]).isEqualTo("PEER");
        assertThat(seen[3]).isEqualTo(DeployedAdapter.PEER_ADDRESS + ":" + udpPort);
        assertThat(seen[4]).containsIgnoringCase("inbox");
        // Delivered on a server (WorkManager) thread, not on one of the provider's own threads.
        assertThat(seen[5]).doesNotContainIgnoringCase("mailslot");
    }

    @Test
    @Order(2)
    void topicBeanReceivesABroadcastOnce() throws Exception {
        windows.broadcast("WORKGROUP", 201, "status", "tick-1".getBytes(StandardCharsets.US_ASCII));
        await().atMost(DELIVERY).until(() -> journal("status").contains("tick-1"));
        // A second broadcast behind the first: once it is in, any copy of the first would have been too.
        windows.broadcast("WORKGROUP", 202, "status", "tick-2".getBytes(StandardCharsets.US_ASCII));
        await().atMost(DELIVERY).until(() -> journal("status").contains("tick-2"));

        assertThat(journal("status")).containsExactly("tick-1", "tick-2");
    }

    @Test
    @Order(3)
    void beanSendsThroughTheInjectedFactoryToAListenerOutsideTheServer() throws Exception {
        sendsFromABeanToTheListener("send?", "from-the-server");
    }

    @Test
    @Order(4)
    void beanSendsThroughAJmsContextOfTheInjectedFactoryToAListenerOutsideTheServer() throws Exception {
        sendsFromABeanToTheListener("send?via=context&", "from-a-context");
    }

    @Test
    @Order(5)
    void beanSendsThroughAnInjectedJmsContextToAListenerOutsideTheServer() throws Exception {
        sendsFromABeanToTheListener("send?via=inject&", "from-an-injected-context");
    }

    private void sendsFromABeanToTheListener(String request, String text) throws Exception {
        String to = URLEncoder.encode("\\\\LISTENER\\mailslot\\out?payload=raw", StandardCharsets.UTF_8);
        assertThat(deployed.server.get(request + "to=" + to + "&text=" + text)).startsWith("sent");

        await().atMost(DELIVERY).until(() -> listener.output().contains(text));
        assertThat(listener.output()).contains("APPSRV").contains(DeployedAdapter.SERVER_ADDRESS);
    }

    @Test
    @Order(6)
    void failingTransactedBeanGetsRedeliveriesThenTheMessageIsDeadLettered() throws Exception {
        assertThat(deployed.server.get("send?to=fragile&text=doomed")).startsWith("sent");

        await().atMost(DELIVERY).until(() -> !journal("graveyard").isEmpty());
        assertThat(journal("fragile")).containsExactly("doomed|1|false", "doomed|2|true", "doomed|3|true");
        assertThat(journal("graveyard")).containsExactly("doomed|fragile|3");
    }

    @Test
    @Order(7)
    void undeployingFreesThePortAndLeavesNoAdapterThread() throws Exception {
        assertThat(deployed.server.command("threads", DELIVERY)).isNotEqualTo("threads []");

        assertThat(deployed.server.command("undeploy app", DeployedAdapter.SERVER_LIMIT)).doesNotContain("app,");
        assertThat(deployed.server.command("undeploy mailslot-ra", DeployedAdapter.SERVER_LIMIT))
                .doesNotContain("mailslot-ra");

        assertThat(deployed.server.command("threads", DELIVERY)).isEqualTo("threads []");
        try (MailslotConnectionFactory sameHost = new MailslotConnectionFactory(deployed.hostUri);
             Connection connection = sameHost.createConnection()) {
            assertThat(sameHost.host()).isPresent();
        }
    }
}
