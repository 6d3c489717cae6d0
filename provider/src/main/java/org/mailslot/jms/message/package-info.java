/**
 * The JMS message model: {@link org.mailslot.jms.message.MailslotMessage} and its Text, Bytes, Map, Stream and
 * Object forms with every body-state, header and property rule of Jakarta Messaging 3.1, the typing rules they share,
 * the safe ObjectMessage deserialisation policy and the copy of foreign messages. Knows nothing of the wire: the
 * payload package reads and builds messages through their public methods. May depend on {@code jakarta.jms},
 * {@code org.mailslot.jms} (destinations) and {@code org.mailslot.jms.exceptions}.
 */
package org.mailslot.jms.message;
