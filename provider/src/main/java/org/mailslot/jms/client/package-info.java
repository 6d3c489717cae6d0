/**
 * The provider's implementation of the JMS client objects (connection, session, producer, consumer and their
 * helpers). Users never name these classes; they reach them through {@code org.mailslot.jms}. May depend on the
 * slot layer, the message model, the payload codec and {@code org.mailslot.concurrent}.
 */
package org.mailslot.jms.client;
