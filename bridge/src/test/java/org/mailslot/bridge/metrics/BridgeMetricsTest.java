package org.mailslot.bridge.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.Map;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class BridgeMetricsTest {

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();

    @Test
    void countersAreReadableOverJmxUntilClosed() throws Exception {
        BridgeCounters counters = new BridgeCounters();
        ObjectName name = new ObjectName(BridgeMetrics.OBJECT_NAME);
        try (BridgeMetrics ignored = BridgeMetrics.register(counters)) {
            counters.received();
            counters.dropped(DropReason.DISALLOWED_SLOT);
            counters.ingressLinks().add().state(ConnectionState.DISCONNECTED);

            assertThat(server.getAttribute(name, "Received")).isEqualTo(1L);
            assertThat(server.getAttribute(name, "Dropped")).isEqualTo(1L);
            assertThat(server.getAttribute(name, "BrokerConnectionState")).isEqualTo("DISCONNECTED");
            assertThat(server.getAttribute(name, "BrokerConnected")).isEqualTo(0);
            assertThat(server.getAttribute(name, "EgressBrokerConnectionState")).isEqualTo("CLOSED");
            assertThat(server.getAttribute(name, "EgressBrokerConnected")).isEqualTo(0);
            assertThat(server.getAttribute(name, "DuplicateWindowOverflow")).isEqualTo(0L);
            @SuppressWarnings("unchecked")
            Map<String, Long> byReason = (Map<String, Long>) server.getAttribute(name, "DroppedByReason");
            assertThat(byReason).containsEntry("DISALLOWED_SLOT", 1L).containsKeys("MALFORMED", "BUFFER_FULL");
        }
        assertThat(server.isRegistered(name)).isFalse();
    }

    @Test
    void connectionStatesAreNumbersToAlertOn() throws Exception {
        BridgeCounters counters = new BridgeCounters();
        ObjectName name = new ObjectName(BridgeMetrics.OBJECT_NAME);
        try (BridgeMetrics ignored = BridgeMetrics.register(counters)) {
            BrokerLinks.Link ingress = counters.ingressLinks().add();
            BrokerLinks.Link egress = counters.egressLinks().add();
            ingress.state(ConnectionState.CONNECTED);
            egress.state(ConnectionState.CONNECTED);
            assertThat(server.getAttribute(name, "BrokerConnected")).isEqualTo(1);
            assertThat(server.getAttribute(name, "EgressBrokerConnected")).isEqualTo(1);

            ingress.state(ConnectionState.DISCONNECTED);
            egress.state(ConnectionState.DISCONNECTED);
            assertThat(server.getAttribute(name, "BrokerConnected")).isEqualTo(0);
            assertThat(server.getAttribute(name, "EgressBrokerConnectionState")).isEqualTo("DISCONNECTED");
            assertThat(server.getAttribute(name, "BrokerReconnects")).isEqualTo(0L);

            ingress.state(ConnectionState.CONNECTED);
            egress.state(ConnectionState.CONNECTED);
            assertThat(server.getAttribute(name, "BrokerConnected")).isEqualTo(1);
            assertThat(server.getAttribute(name, "BrokerReconnects")).isEqualTo(1L);
            assertThat(server.getAttribute(name, "EgressBrokerReconnects")).isEqualTo(1L);
        }
    }

    @Test
    void aSecondBridgeInOneJvmIsRefusedClearly() {
        try (BridgeMetrics ignored = BridgeMetrics.register(new BridgeCounters())) {
            assertThatThrownBy(() -> BridgeMetrics.register(new BridgeCounters()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("one bridge per JVM");
        }
    }
}
