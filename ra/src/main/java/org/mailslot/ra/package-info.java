/**
 * The Jakarta Connectors 2.1 resource adapter of the mailslot JMS provider: the adapter bean, its configuration
 * and the mailslot hosts it shares between outbound connection factories and inbound endpoints. Builds on the
 * provider's public API ({@code MailslotConnectionFactory}, its settings URI and the {@code jakarta.jms} interfaces)
 * and, for the exceptions its handles throw, the provider's translator {@code org.mailslot.jms.exceptions}.
 */
package org.mailslot.ra;
