/**
 * The application the tests deploy next to the mailslot resource adapter: message-driven beans on queues and a
 * topic, a stateless bean sending through an injected connection factory, and a servlet that reports what the
 * beans saw.
 */
package org.mailslot.raitests.app;
