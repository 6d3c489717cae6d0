/**
 * JNDI support: the {@link javax.naming.spi.InitialContextFactory} that binds connection factories, queues and
 * topics from {@code jndi.properties} or the environment into a read-only context, and the
 * {@link javax.naming.spi.ObjectFactory} that rebuilds mailslot JMS objects from the {@link javax.naming.Reference}s
 * they bind as in any other JNDI tree. May depend on {@code org.mailslot.jms} and {@code javax.naming}.
 */
package org.mailslot.jms.jndi;
