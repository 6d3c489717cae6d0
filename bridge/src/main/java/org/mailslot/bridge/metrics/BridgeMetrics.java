package org.mailslot.bridge.metrics;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;
import javax.management.InstanceAlreadyExistsException;
import javax.management.InstanceNotFoundException;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;

/** Publishes {@link BridgeCounters} over JMX. One per bridge; {@link #close()} unregisters it. */
public final class BridgeMetrics implements BridgeMetricsMBean, AutoCloseable {

    public static final String OBJECT_NAME = "org.mailslot.bridge:type=Bridge";

    private final BridgeCounters counters;
    private final MBeanServer server;
    private final ObjectName name;

    private BridgeMetrics(BridgeCounters counters, MBeanServer server, ObjectName name) {
        this.counters = counters;
        this.server = server;
        this.name = name;
    }

    /**
     * Registers the MBean on the platform server.
     *
     * @throws IllegalStateException if another bridge in this JVM already registered it
     */
    public static BridgeMetrics register(BridgeCounters counters) {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        ObjectName name = objectName();
        BridgeMetrics metrics = new BridgeMetrics(counters, server, name);
        try {
            server.registerMBean(metrics, name);
        } catch (InstanceAlreadyExistsException e) {
            throw new IllegalStateException(OBJECT_NAME + " is already registered: one bridge per JVM", e);
        } catch (JMException e) {
            throw new IllegalStateException("cannot register " + OBJECT_NAME + ": " + e.getMessage(), e);
        }
        return metrics;
    }

    static ObjectName objectName() {
        try {
            return new ObjectName(OBJECT_NAME);
        } catch (MalformedObjectNameException e) {
            throw new AssertionError("constant object name is well-formed", e);
        }
    }

    @Override
    public long getReceived() {
        return counters.snapshot().received();
    }

    @Override
    public long getForwarded() {
        return counters.snapshot().forwarded();
    }

    @Override
    public long getDropped() {
        return counters.snapshot().droppedTotal();
    }

    @Override
    public Map<String, Long> getDroppedByReason() {
        Map<String, Long> byName = new TreeMap<>();
        counters.snapshot().dropped().forEach((reason, count) -> byName.put(reason.name(), count));
        return byName;
    }

    @Override
    public long getBuffered() {
        return counters.snapshot().buffered();
    }

    @Override
    public long getSent() {
        return counters.snapshot().sent();
    }

    @Override
    public long getSendFailures() {
        return counters.snapshot().sendFailures();
    }

    @Override
    public long getEgressRejected() {
        return counters.snapshot().egressRejected();
    }

    @Override
    public long getDuplicateWindowOverflow() {
        return counters.snapshot().duplicateWindowOverflow();
    }

    @Override
    public String getBrokerConnectionState() {
        return counters.ingressLinks().state().name();
    }

    @Override
    public int getBrokerConnected() {
        return isConnected(counters.ingressLinks());
    }

    @Override
    public long getBrokerReconnects() {
        return counters.ingressLinks().reconnects();
    }

    @Override
    public String getEgressBrokerConnectionState() {
        return counters.egressLinks().state().name();
    }

    @Override
    public int getEgressBrokerConnected() {
        return isConnected(counters.egressLinks());
    }

    @Override
    public long getEgressBrokerReconnects() {
        return counters.egressLinks().reconnects();
    }

    private static int isConnected(BrokerLinks links) {
        return links.state() == ConnectionState.CONNECTED ? 1 : 0;
    }

    @Override
    public String getSummary() {
        return SummaryLine.format(counters.snapshot());
    }

    @Override
    public void close() {
        try {
            server.unregisterMBean(name);
        } catch (InstanceNotFoundException e) {
            // Already gone: closing twice is harmless.
        } catch (JMException e) {
            throw new IllegalStateException("cannot unregister " + OBJECT_NAME + ": " + e.getMessage(), e);
        }
    }
}
