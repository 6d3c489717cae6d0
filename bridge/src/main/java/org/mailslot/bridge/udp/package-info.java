/**
 * The bridge's UDP side: a mailslot host ({@code org.mailslot.slot}) bound to the {@code --listen} address feeds
 * the ingress pipeline and sends egress datagrams, and {@link org.mailslot.bridge.udp.UdpBridge} runs the whole
 * bridge. Depends on {@code org.mailslot.bridge} (broker side), {@code .config}, {@code .ingress}, {@code .egress},
 * {@code .mapping}, {@code .metrics} and the provider's slot, names, net and wire layers.
 */
package org.mailslot.bridge.udp;
