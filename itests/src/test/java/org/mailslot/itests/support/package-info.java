/**
 * Helpers the end-to-end tests share: finding real peer tools (tshark, ...) under the skip-or-fail rule of
 * {@code MAILSLOT_REQUIRE_PEERS}, and writing pcap files. May depend on the JDK, JUnit and the provider.
 */
package org.mailslot.itests.support;
