/**
 * What the bridge counts: datagrams received, forwarded, dropped (by reason) and sent, send failures, the
 * broker connection state; exposed as the JMX MBean {@code org.mailslot.bridge:type=Bridge} and as a one-line
 * log summary. Shared by ingress, egress and the broker link, so it depends on the JDK only.
 */
package org.mailslot.bridge.metrics;
