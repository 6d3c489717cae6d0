/**
 * End-to-end benchmarks of the mailslot host: UDP host-to-host writes and reads against a raw
 * {@link java.nio.channels.DatagramChannel} baseline on loopback, and the in-JVM local path. Plain main programs
 * (run by hand, see bench/README.md). May depend on the provider only.
 */
package org.mailslot.bench.host;
