/**
 * The bridge's broker side: the embedded Artemis broker (in-VM acceptor for the bridge, authenticated TCP
 * acceptor for core, AMQP, STOMP and MQTT clients, persistence, dead-letter and expiry addresses, duplicate
 * detection, JMX) and the publisher that carries ingress messages to an embedded or remote broker or cluster (into
 * the embedded one it routes them directly, {@link org.mailslot.bridge.artemis.LocalRoute}; to a remote one it
 * sends asynchronously, confirmed, and resends what a lost connection never confirmed), connecting through one
 * long-lived topology-following {@link org.mailslot.bridge.artemis.BrokerConnector} per link, reconnecting with
 * backoff and buffering a bounded number of messages while the broker is away. Depends on Artemis, {@code .config},
 * {@code .mapping}, {@code .ingress} (the {@code IngressSink} it implements), {@code .metrics} and the provider's
 * message model ({@code org.mailslot.jms.message}, for envelope bodies).
 */
package org.mailslot.bridge.artemis;
