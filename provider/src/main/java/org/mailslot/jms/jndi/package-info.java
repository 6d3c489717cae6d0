/**
 * JNDI support: the {@link javax.naming.spi.ObjectFactory} that rebuilds mailslot JMS objects from the
 * {@link javax.naming.Reference}s they bind as. May depend on {@code org.mailslot.jms} and {@code javax.naming}.
 */
package org.mailslot.jms.jndi;
