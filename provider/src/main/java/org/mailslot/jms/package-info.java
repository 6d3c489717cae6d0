/**
 * What users of the mailslot JMS provider touch: destinations ({@link org.mailslot.jms.MailslotQueue},
 * {@link org.mailslot.jms.MailslotTopic} and their temporary forms), destination name parsing and, later, the
 * connection factory and its options. May depend on {@code jakarta.jms}, {@code javax.naming} and
 * {@code org.mailslot.jms.exceptions}; the implementation packages below it depend on this one, never the reverse.
 */
package org.mailslot.jms;
