/**
 * The mailslot model, a Java analogue of the Win32 mailslot API: {@link org.mailslot.slot.MailslotName} (all UNC
 * forms), {@link org.mailslot.slot.MailslotHost} (a node with a computer name, a domain, an optional UDP endpoint
 * and its local slots), {@link org.mailslot.slot.Mailslot} (the owner's read side) and
 * {@link org.mailslot.slot.MailslotWriter} (writes to a local slot, one computer or a whole domain). Windows
 * semantics, limits enforced, duplicates suppressed, every drop counted.
 *
 * <p>May depend on the JDK, slf4j-api, {@code org.mailslot.concurrent}, {@code org.mailslot.wire} and
 * {@code org.mailslot.net}; never on JMS.
 */
package org.mailslot.slot;
