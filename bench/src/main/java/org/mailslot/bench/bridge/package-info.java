/**
 * End-to-end bridge benchmark: the embedded broker's own ceiling (Artemis core producer, one consumer draining)
 * against the bridge ingesting mailslot datagrams that a separate process sends on loopback, non-durable and
 * durable, plus heap under overload. Depends on the bridge, the provider's wire codec and Artemis's core client.
 */
package org.mailslot.bench.bridge;
