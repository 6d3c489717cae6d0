/**
 * Waiting and scheduling shared by the host's readers ({@code org.mailslot.slot}) and the JMS sessions: the
 * adaptive spin before a park, and the bounded worker pool whose serial lanes run each session's callbacks. Not
 * part of the provider's API.
 *
 * <p>May depend on the JDK only.
 */
package org.mailslot.concurrent;
