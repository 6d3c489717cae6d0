/**
 * What the bridge counts: datagrams received, forwarded, dropped (by reason) and buffered, sent, send failures,
 * the broker connection state; exposed as the JMX MBean {@code org.mailslot.bridge:type=Bridge}, as a one-line
 * log summary, and (with {@code --durable}) in a small state file so that a restart after a crash can say what
 * was lost ({@link org.mailslot.bridge.metrics.IngressLedger}). Shared by ingress, egress and the broker link, so
 * it depends on the JDK and SLF4J only.
 */
package org.mailslot.bridge.metrics;
