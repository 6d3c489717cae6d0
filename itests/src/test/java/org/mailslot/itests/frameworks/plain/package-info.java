/**
 * A JMS application written against the Jakarta Messaging API and JNDI only: it names no class of the provider,
 * and {@code PlainJndiIT} proves it compiles with nothing but {@code jakarta.jms-api} on the class path. May depend
 * on {@code jakarta.jms} and {@code javax.naming} only.
 */
package org.mailslot.itests.frameworks.plain;
