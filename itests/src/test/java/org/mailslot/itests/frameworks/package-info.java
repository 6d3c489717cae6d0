/**
 * End-to-end tests of the frameworks real JMS applications use (Spring JMS, Apache Camel, plain JNDI lookups)
 * against the mailslot provider alone, with the frameworks' defaults (PERSISTENT delivery, the default
 * persistent-delivery policy). May depend on the provider, its test helpers, Spring and Camel.
 */
package org.mailslot.itests.frameworks;
