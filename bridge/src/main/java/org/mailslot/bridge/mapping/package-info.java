/**
 * Pure mapping between mailslot datagrams and broker messages, in both directions: a received datagram becomes
 * an {@link org.mailslot.bridge.mapping.IngressMessage} (address, routing, properties, duplicate id, body); an
 * egress message's target property and body become a send or a rejection with its reason. No broker, no
 * sockets, no logging. Depends on {@code org.mailslot.wire}, the provider's name rules ({@code org.mailslot.slot}
 * {@code MailslotName}), payload codec and message model ({@code org.mailslot.jms.payload}, {@code .message})
 * and the JDK only.
 * A network ObjectMessage's classes are read by name only, never loaded ({@code SerializedClassNames}).
 */
package org.mailslot.bridge.mapping;
