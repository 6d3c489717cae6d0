/**
 * What users of the mailslot JMS provider touch: {@link org.mailslot.jms.MailslotConnectionFactory} and its
 * {@link org.mailslot.jms.MailslotOptions}, the destinations ({@link org.mailslot.jms.MailslotQueue},
 * {@link org.mailslot.jms.MailslotTopic} and their temporary forms), destination name parsing (by
 * {@link org.mailslot.slot.MailslotName}, whose parsed form every destination holds) and the counter snapshot
 * {@link org.mailslot.jms.MailslotConnectionFactory#statistics()}. The factory is the one class here that reaches
 * into the implementation ({@code org.mailslot.jms.client}); destinations depend only on {@code jakarta.jms},
 * {@code javax.naming}, {@code org.mailslot.slot.MailslotName}, {@code org.mailslot.jms.exceptions}, the payload
 * choice ({@code org.mailslot.jms.payload.PayloadFormat}) and the NetBIOS name type
 * ({@code org.mailslot.names.NameType}).
 */
package org.mailslot.jms;
