/**
 * Publishes a connection factory's counters through Micrometer, for applications that have Micrometer on their
 * class path ({@code io.micrometer:micrometer-core} is an optional dependency of the provider). Nothing else in
 * the provider refers to this package, so without Micrometer it is never loaded.
 */
package org.mailslot.jms.micrometer;
