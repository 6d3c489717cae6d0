package org.mailslot.bridge.metrics;

import java.util.Map;

/** The bridge's JMX view, registered as {@code org.mailslot.bridge:type=Bridge}. */
public interface BridgeMetricsMBean {

    long getReceived();

    long getForwarded();

    long getDropped();

    /** Drops by {@link DropReason} name; every reason is present, zero or not. */
    Map<String, Long> getDroppedByReason();

    /** Received and waiting for the broker (neither forwarded nor dropped yet). */
    long getBuffered();

    long getSent();

    long getSendFailures();

    long getEgressRejected();

    /** Duplicate-window sightings forgotten before their window ended because the window was full. */
    long getDuplicateWindowOverflow();

    /** The ingress side's connection to the broker, a {@link ConnectionState} name. */
    String getBrokerConnectionState();

    /** 1 while every ingress connection to the broker is up, else 0: the number to alert on. */
    int getBrokerConnected();

    /** Times ingress became connected again after losing the broker (one broker restart counts once). */
    long getBrokerReconnects();

    /** The egress consumer's connection to the broker, a {@link ConnectionState} name. */
    String getEgressBrokerConnectionState();

    /** 1 while the egress consumer is connected to the broker, else 0. */
    int getEgressBrokerConnected();

    /** Times the egress consumer became connected again after losing the broker. */
    long getEgressBrokerReconnects();

    /** The same line the bridge logs every minute. */
    String getSummary();
}
