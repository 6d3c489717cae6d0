/**
 * The one place where provider errors become JMS exceptions: an internal {@link org.mailslot.jms.exceptions.ErrorKind}
 * is mapped to the exact {@code JMSException} subclass the specification names, and each checked exception to its
 * {@code JMSRuntimeException} twin for {@code JMSContext}. Failures of the slot and wire layers (name, bad net path,
 * too large, full, closed, I/O) are typed here too, so no other class translates. Depends on {@code jakarta.jms}
 * and the exception types of {@code org.mailslot.slot} and {@code org.mailslot.wire}.
 */
package org.mailslot.jms.exceptions;
