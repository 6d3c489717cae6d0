/**
 * The one place where provider errors become JMS exceptions: an internal {@link org.mailslot.jms.exceptions.ErrorKind}
 * is mapped to the exact {@code JMSException} subclass the specification names, and each checked exception to its
 * {@code JMSRuntimeException} twin for {@code JMSContext}. May depend on {@code jakarta.jms} only.
 */
package org.mailslot.jms.exceptions;
