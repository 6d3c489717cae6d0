/**
 * In-memory destinations of one factory host: queues and topic subscriptions, held for the life of the host as a
 * broker without persistence would hold them (DESIGN §3). Knows JMS delivery rules (priority, delivery time,
 * expiry, redelivery, selectors through a predicate) but nothing of sessions, sockets or the wire. May depend on
 * {@code jakarta.jms} and the error kinds of {@code org.mailslot.jms.exceptions} only.
 */
package org.mailslot.jms.engine;
