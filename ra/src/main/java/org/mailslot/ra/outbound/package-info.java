/**
 * Outbound side: the managed connection factory the server pools, the {@code jakarta.jms} connection factory and
 * connection/session handles applications get, and local transactions. XA is refused: mailslot delivery is at
 * most once, so there is nothing a two-phase commit could make durable.
 */
package org.mailslot.ra.outbound;
