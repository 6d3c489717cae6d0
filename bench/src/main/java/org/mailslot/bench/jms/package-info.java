/**
 * Benchmarks of the JMS provider against Artemis in the same run: message rates ({@code JmsComparison}) and the
 * time to the first message in a fresh JVM ({@code FirstMessage}).
 */
package org.mailslot.bench.jms;
