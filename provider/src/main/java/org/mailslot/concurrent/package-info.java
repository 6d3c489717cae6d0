/**
 * Waiting strategies shared by the host's readers ({@code org.mailslot.slot}) and the JMS session threads: not part
 * of the provider's API.
 *
 * <p>May depend on the JDK only.
 */
package org.mailslot.concurrent;
