/**
 * Egress: messages sent to the egress address go out as mailslot datagrams. Consumes with the Artemis core
 * client on a connection kept in the background (it starts without a broker and reconnects), maps with
 * {@code .mapping}, hands accepted datagrams to a {@link org.mailslot.bridge.egress.DatagramSender} (the mailslot
 * host's UDP endpoint) and dead-letters the rest with the reason, including unresolvable targets and failed sends.
 * Depends on Artemis, {@code .mapping}, {@code .metrics}, {@code .artemis} (endpoint, connector, backoff) and the
 * provider's message model, payload codec and slot exceptions; never on sockets itself.
 */
package org.mailslot.bridge.egress;
