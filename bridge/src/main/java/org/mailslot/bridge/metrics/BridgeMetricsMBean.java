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

    /** A {@link ConnectionState} name. */
    String getBrokerConnectionState();

    /** The same line the bridge logs every minute. */
    String getSummary();
}
