/**
 * Management views of a connection factory's counters: a JMX MBean per factory
 * ({@code org.mailslot:type=ConnectionFactory,name=...}), registered while the factory's host runs, and the name
 * rules shared with the Micrometer binder in {@code org.mailslot.jms.micrometer}. Reads only the public counter
 * snapshot {@code MailslotConnectionFactory#statistics()}; never changes what it observes.
 */
package org.mailslot.jms.management;
