/**
 * The bridge's lifecycle: starts metrics, the broker (embedded or remote), the publisher, the ingress pipeline
 * and, when a datagram sender is given, the egress loop; logs the summary line when it changed (looked at once a
 * minute); stops everything in order. Depends on every other bridge package except {@code .cli}.
 */
package org.mailslot.bridge;
